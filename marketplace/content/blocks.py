from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"))
    url = blocks.CharBlock(label=_("link"), help_text=_("A path such as /catalogue/ or a full URL"))

    class Meta:
        icon = "link"
        template = "content/blocks/call_to_action.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(form_classname="title", label=_("heading"),
                               template="content/blocks/heading.html")
    paragraph = blocks.RichTextBlock(label=_("paragraph"))
    image = ImageChooserBlock(label=_("image"), template="content/blocks/image.html")
    call_to_action = CallToActionBlock(label=_("call to action"))


class GuideSectionBlock(blocks.StructBlock):
    """One topic of the buyer guide; the topic gives the section its anchor in the contents."""

    topic = blocks.ChoiceBlock(choices=[
        ("ordering", _("Ordering")), ("trade-terms", _("Trade terms")),
        ("shipping", _("Shipping")), ("customs", _("Customs")),
        ("payment", _("Payment")), ("returns", _("Returns")),
    ], label=_("topic"))
    heading = blocks.CharBlock(label=_("heading"))
    text = blocks.RichTextBlock(label=_("text"))

    class Meta:
        icon = "doc-full"
        template = "content/blocks/guide_section.html"


class GuideSectionsBlock(blocks.StreamBlock):
    section = GuideSectionBlock(label=_("section"))
