from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from marketplace.core.chrome import cached_chrome

from ..blocks import BodyBlock
from ..cache import lazy_list
from ..restrictions import PrivacyCheckedWhenNeeded
from ..selectors import featured_products, leading_sellers
from .picks import picked_ids, products_panel, sellers_panel


class ClusterPage(PrivacyCheckedWhenNeeded, Page):
    """One of Yangjiang's industrial clusters: its story, leading manufacturers and goods,
    and the way into its part of the catalogue."""

    cluster = models.ForeignKey(
        "sellers.Cluster", on_delete=models.PROTECT, related_name="+",
        verbose_name=_("industrial cluster"),
    )
    category = models.ForeignKey(
        "catalogue.Category", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("catalogue category"),
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    content_panels = Page.content_panels + [
        FieldPanel("cluster"), FieldPanel("category"), FieldPanel("intro"), FieldPanel("body"),
        products_panel(),
        sellers_panel("leading_seller_picks", _("leading manufacturers"),
                      _("Leave empty to show approved sellers of this cluster.")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["content.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("cluster page")

    def catalogue_links(self):
        """(label, URL) of the cluster's category and a few filters buyers ask for first:
        the same on every request in a language until a category changes."""
        return cached_chrome("cluster-links", self._catalogue_links, self.category_id,
                             get_language())

    def _catalogue_links(self):
        if self.category is None or not self.category.is_public:
            return []
        url = self.category.get_absolute_url()
        return [
            (str(_("All products of this cluster")), url),
            (str(_("In stock")), f"{url}?in_stock=1"),
            (str(_("Minimum order up to 100")), f"{url}?moq_max=100"),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["catalogue_links"] = self.catalogue_links()
        context["products"] = lazy_list(lambda: featured_products(
            picked_ids(self, "featured_product_picks", "product_id"), category=self.category))
        context["sellers"] = lazy_list(lambda: leading_sellers(
            picked_ids(self, "leading_seller_picks", "enterprise_id"),
            cluster_code=self.cluster_id))
        context["rfq_url"] = reverse("rfq:create")
        return context
