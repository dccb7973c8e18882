from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CbecTaxConfig(AppConfig):
    """China's cross-border e-commerce retail import: the buyer's identity and the comprehensive tax."""

    name = "marketplace.cbec_tax"
    label = "cbec_tax"
    verbose_name = _("Cross-border retail import tax")
