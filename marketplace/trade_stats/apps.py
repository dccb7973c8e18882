from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TradeStatsConfig(AppConfig):
    """Trade statistics for the city: export and import value by month, cluster, destination and
customs mode, growth against the plan, enterprises by tier; CSV for the statistics bureau."""

    name = "marketplace.trade_stats"
    label = "trade_stats"
    verbose_name = _("Trade statistics")
