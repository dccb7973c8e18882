from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InspectionConfig(AppConfig):
    """Inspection and quarantine: enterprise and commodity filings, and batch declarations of
exports (centralised declaration, batch release) from the order data."""

    name = "marketplace.inspection"
    label = "inspection"
    verbose_name = _("Inspection and quarantine")
