from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import GuideSectionsBlock
from ..restrictions import PrivacyCheckedWhenNeeded


class BuyerGuidePage(PrivacyCheckedWhenNeeded, Page):
    """How buying here works, one section per topic, with a table of contents."""

    intro = models.TextField(_("introduction"), blank=True)
    sections = StreamField(GuideSectionsBlock(), blank=True, verbose_name=_("sections"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("sections")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("sections")]
    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("buyer guide page")
