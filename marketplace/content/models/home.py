from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from marketplace.core.chrome import cached_chrome

from ..blocks import BodyBlock
from ..cache import lazy_list
from ..restrictions import PrivacyCheckedWhenNeeded
from ..selectors import featured_products, leading_sellers
from .picks import picked_ids, products_panel, sellers_panel

#: The sections a home page holds, one of each per locale.
SECTION_PAGES = [
    "content.ClusterPage", "content.IndustrialParkPage", "content.NewsIndexPage",
    "content.BuyerGuidePage", "content.EventIndexPage", "content.ContactPage",
]


class HomePage(PrivacyCheckedWhenNeeded, Page):
    """The localized front page: a hero, the five industrial clusters, goods and sellers
    drawn live from the catalogue, and the latest news."""

    intro = models.TextField(_("introduction"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("hero image"),
    )
    hero_cta_text = models.CharField(_("call to action"), max_length=80, blank=True)
    hero_cta_url = models.CharField(
        _("call-to-action link"), max_length=255, blank=True,
        help_text=_("A path such as /catalogue/ or a full URL"),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("intro"), FieldPanel("hero_image"),
                         FieldPanel("hero_cta_text"), FieldPanel("hero_cta_url")],
                        heading=_("hero")),
        products_panel(),
        sellers_panel("featured_seller_picks", _("featured sellers"),
                      _("Leave empty to show approved sellers with verified listings.")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    max_count_per_parent = 1
    subpage_types = ["content.ContentPage", *SECTION_PAGES]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from .cluster import ClusterPage
        from .news import NewsPage

        context = super().get_context(request, *args, **kwargs)
        # The same for every home page of a language until a category changes.
        context["clusters"] = cached_chrome("home-clusters", _clusters, get_language())
        context["cluster_pages"] = lazy_list(
            lambda: ClusterPage.objects.child_of(self).live().order_by("path"))
        context["products"] = lazy_list(lambda: featured_products(
            picked_ids(self, "featured_product_picks", "product_id")))
        context["sellers"] = lazy_list(lambda: leading_sellers(
            picked_ids(self, "featured_seller_picks", "enterprise_id")))
        context["latest_news"] = lazy_list(
            lambda: NewsPage.objects.descendant_of(self).live().order_by("-date", "-pk")[:3])
        return context


def _clusters():
    """[{name, url, subcategories: [{name, url}]}] of the public clusters, in one query."""
    Category = get_model("catalogue", "Category")
    clusters, by_parent = [], {}
    for category in Category.objects.filter(depth__lte=2, is_public=True).order_by("path"):
        if category.depth == 1:
            clusters.append(category)
        else:
            by_parent.setdefault(category.path[: Category.steplen], []).append(category)
    result = []
    for cluster in clusters:
        subcategories = by_parent.get(cluster.path, [])
        for child in subcategories:
            # treebeard's get_parent() reads this instead of a query per subcategory
            # (a subcategory's URL holds its parent's slug: 20 queries on a cold home).
            child._cached_parent_obj = cluster
        result.append({"name": cluster.name, "url": cluster.get_absolute_url(),
                       "subcategories": [{"name": child.name, "url": child.get_absolute_url()}
                                         for child in subcategories]})
    return result


class ContentPage(PrivacyCheckedWhenNeeded, Page):
    """An editorial page: about the platform, buying guides, trade-service explanations."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    subpage_types = ["content.ContentPage"]

    class Meta:
        verbose_name = _("content page")
