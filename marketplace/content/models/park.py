from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock
from ..cache import lazy_list
from ..restrictions import PrivacyCheckedWhenNeeded
from ..selectors import approved_sellers
from .picks import picked_ids, sellers_panel


class IndustrialParkPage(PrivacyCheckedWhenNeeded, Page):
    """A cross-border e-commerce park of the city: what it offers, where it is, who is there.

    The map is a link to openstreetmap.org rather than an embedded map: the public pages'
    Content-Security-Policy allows no third-party frames or tiles, and a link needs none.
    """

    intro = models.TextField(_("introduction"), blank=True)
    services = StreamField(BodyBlock(), blank=True, verbose_name=_("services"))
    address = models.CharField(_("address"), max_length=255)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6,
        validators=[MinValueValidator(-90), MaxValueValidator(90)])
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6,
        validators=[MinValueValidator(-180), MaxValueValidator(180)])
    content_panels = Page.content_panels + [
        FieldPanel("intro"), FieldPanel("services"),
        MultiFieldPanel([FieldPanel("address"), FieldPanel("latitude"), FieldPanel("longitude")],
                        heading=_("location")),
        sellers_panel("tenant_picks", _("tenant sellers")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"), index.SearchField("services"), index.SearchField("address")]
    parent_page_types = ["content.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("industrial park page")

    @property
    def map_url(self):
        return (f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
                f"#map=16/{self.latitude}/{self.longitude}")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tenants"] = lazy_list(
            lambda: approved_sellers(picked_ids(self, "tenant_picks", "enterprise_id")))
        return context
