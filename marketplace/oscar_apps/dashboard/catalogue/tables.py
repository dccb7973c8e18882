"""Oscar's product table with what a seller must act on: missing languages and review."""

from django.utils.translation import gettext_lazy as _
from django_tables2 import TemplateColumn
from oscar.apps.dashboard.catalogue import tables as oscar_tables


class ProductTable(oscar_tables.ProductTable):
    missing_translations = TemplateColumn(
        verbose_name=_("Missing languages"),
        template_name="oscar/dashboard/catalogue/product_row_missing_translations.html",
        orderable=False,
    )
    review = TemplateColumn(
        verbose_name=_("Review"),
        template_name="oscar/dashboard/catalogue/product_row_review.html",
        orderable=False,
    )

    class Meta(oscar_tables.ProductTable.Meta):
        sequence = (
            "checkbox", "title", "upc", "image", "product_class", "variants", "stock_records",
            "missing_translations", "...", "is_public", "review", "date_updated", "actions",
        )
