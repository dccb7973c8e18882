"""Oscar's product page, reading what its template shows in a fixed number of queries."""

from django.db.models import Exists, OuterRef, Prefetch, prefetch_related_objects
from django.utils.translation import get_language
from oscar.apps.catalogue import views
from oscar.core.loading import get_model

from marketplace.core.chrome import cache_version

Option = get_model("catalogue", "Option")
Category = get_model("catalogue", "Category")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
StockRecord = get_model("partner", "StockRecord")

# Oscar's classes for the other catalogue pages (served by the forked search app).
CatalogueView = views.CatalogueView
ProductCategoryView = views.ProductCategoryView


class ProductPage:
    """What the product page template needs to cache its body: a key and a loader.

    The body (pictures, prices, breaks, Incoterms, attributes, basket form) is the same
    for every anonymous visitor of a language and display currency; it is cached under
    the "listing" version, which every save of the product, its stock record, breaks,
    Incoterms, attributes, pictures or a rate bumps (marketplace/core/apps.py). On a
    hit the page costs the product row only; `load()` fetches the rest on a miss.
    """

    timeout = 60  # as long as the rate table is cached (currency.selectors)

    def __init__(self, request, product, lookups):
        self.product, self.lookups = product, lookups
        self.key = ":".join(map(str, (
            "product", cache_version("listing"), product.pk, get_language(),
            getattr(request, "display_currency", ""),
        )))
        self.loaded = False

    def load(self):
        if not self.loaded:
            prefetch_related_objects([self.product], *self.lookups)
            self.loaded = True


class ProductDetailView(views.ProductDetailView):
    """Oscar's product page; its queries do not grow with breaks, Incoterms or attributes.

    The stock record comes with its quantity breaks and Incoterms (the pricing strategy
    finds them prefetched), the attribute values with their attributes and options, and
    the categories the breadcrumbs start from.
    """

    def get_queryset(self):
        # The product row only; what the body reads is prefetched by ProductPage.load()
        # when the body is not cached.
        return (
            super()
            .get_queryset()
            .select_related("product_class", "parent__product_class")
            # Oscar's has_options reads these instead of asking the database again.
            .annotate(
                has_product_class_options=Exists(
                    Option.objects.filter(productclass=OuterRef("product_class"))
                ),
                has_product_options=Exists(Option.objects.filter(product=OuterRef("pk"))),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["product_page"] = ProductPage(self.request, self.object, self.body_lookups())
        return context

    def body_lookups(self):
        values = ProductAttributeValue.objects.select_related(
            "attribute", "value_option", "value_option__group"
        ).prefetch_related("value_multi_option")
        categories = Category.objects.browsable()
        return (
            "images",
            Prefetch(
                "stockrecords",
                queryset=StockRecord.objects.prefetch_related("price_tiers", "incoterms"),
            ),
            # The attributes Oscar's get_attribute_values lists, a child's merged with its
            # parent's (both prefetches are needed for a child, the second costs nothing otherwise).
            Prefetch("attribute_values", queryset=values, to_attr="_prefetched_attribute_values"),
            Prefetch(
                "parent__attribute_values",
                queryset=values,
                to_attr="_prefetched_parent_attribute_values",
            ),
            # Oscar's prefetch_browsable_categories(), read by get_categories() (breadcrumbs).
            Prefetch("categories", queryset=categories, to_attr="_prefetched_browsable_categories"),
            Prefetch(
                "parent__categories", queryset=categories, to_attr="_prefetched_browsable_categories"
            ),
        )
