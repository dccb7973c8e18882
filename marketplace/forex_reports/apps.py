from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForexReportsConfig(AppConfig):
    """Forex settlement reports per payment, daily and monthly, with cross-border RMB kept apart."""

    name = "marketplace.forex_reports"
    label = "forex_reports"
    verbose_name = _("Forex settlement reports")
