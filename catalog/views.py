"""Oscar's product page, reading what its template shows in a fixed number of queries."""

from django.db.models import Exists, OuterRef, Prefetch
from oscar.apps.catalogue import views
from oscar.core.loading import get_model

Option = get_model("catalogue", "Option")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
StockRecord = get_model("partner", "StockRecord")

# Oscar's classes for the other catalogue pages (served by the forked search app).
CatalogueView = views.CatalogueView
ProductCategoryView = views.ProductCategoryView


class ProductDetailView(views.ProductDetailView):
    """Oscar's product page; its queries do not grow with breaks, Incoterms or attributes.

    The stock record comes with its quantity breaks and Incoterms (the pricing strategy
    finds them prefetched), the attribute values with their attributes and options, and
    the categories the breadcrumbs start from.
    """

    def get_queryset(self):
        values = ProductAttributeValue.objects.select_related(
            "attribute", "value_option", "value_option__group"
        ).prefetch_related("value_multi_option")
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
            .prefetch_related(
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
            )
            .prefetch_browsable_categories()
        )
