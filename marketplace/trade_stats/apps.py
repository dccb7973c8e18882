from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig

# Oscar's permission notation: the city's figures are for platform staff only, never sellers
# (one seller must not read another's annual value in the tier table).
STAFF_ONLY = ["is_staff"]


class TradeStatsConfig(OscarDashboardConfig):
    """Trade statistics for the city: export and import value by month, cluster, destination and
    customs mode, growth against the plan, enterprises by tier; CSV for the statistics bureau.

    A dashboard config so that OSCAR_DASHBOARD_NAVIGATION can list the page (Oscar's menu finds
    a URL's permissions through the config whose URLs include it). The URLs are mounted at
    /dashboard/statistics/ by marketplace.urls and guard themselves.
    """

    # Chosen for "marketplace.trade_stats" although this module also holds the imported
    # OscarDashboardConfig (Django picks a module's only AppConfig otherwise).
    default = True
    name = "marketplace.trade_stats"
    label = "trade_stats"
    verbose_name = _("Trade statistics")
    namespace = "trade_stats"
    default_permissions = STAFF_ONLY

    def get_urls(self):
        from .urls import urlpatterns

        return urlpatterns
