from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock


class HomePage(Page):
    """The localized front page: a welcome, the five industrial clusters and editorial blocks."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    max_count_per_parent = 1
    subpage_types = ["content.ContentPage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        Category = get_model("catalogue", "Category")
        clusters = list(Category.objects.filter(depth=1, is_public=True).order_by("path"))
        children = Category.objects.filter(depth=2, is_public=True).order_by("path")
        by_parent = {}
        for child in children:
            by_parent.setdefault(child.path[: Category.steplen], []).append(child)
        for cluster in clusters:
            cluster.subcategories = by_parent.get(cluster.path, [])
        context["clusters"] = clusters
        return context


class ContentPage(Page):
    """An editorial page: about the platform, buying guides, trade-service explanations."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    subpage_types = ["content.ContentPage"]

    class Meta:
        verbose_name = _("content page")
