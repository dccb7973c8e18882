from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProductImportConfig(AppConfig):
    """Bulk product import and export for sellers (CSV and XLSX)."""

    name = "marketplace.product_import"
    label = "product_import"
    verbose_name = _("Product import")
