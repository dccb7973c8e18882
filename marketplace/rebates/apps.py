from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RebatesConfig(AppConfig):
    """Export VAT rebates: the dated rebate-rate table admins load and the monthly rebate report
per order line; retail import tax reconciled with the e-tax slips (CEB816)."""

    name = "marketplace.rebates"
    label = "rebates"
    verbose_name = _("Export VAT rebates")
