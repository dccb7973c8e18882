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
