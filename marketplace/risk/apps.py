from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig

# Oscar's permission notation: a tuple of alternatives, each a list that must all hold.
RISK_OFFICERS = (["is_staff"], ["risk.manage_alerts"], ["risk.recall_batches"],
                 ["risk.manage_watch_lists"])


class RiskConfig(OscarDashboardConfig):
    """Risk monitoring: watch lists, alerts, stop-sale and forced recalls.

    A dashboard config as well as the app with the models, so OSCAR_DASHBOARD_NAVIGATION
    finds the pages' permissions through it. The views are mounted at /dashboard/risk/
    by marketplace.urls (namespace "risk_dashboard") and guard themselves.
    """

    # Chosen for "marketplace.risk" although this module also holds the imported
    # OscarDashboardConfig (Django picks a module's only AppConfig otherwise).
    default = True
    name = "marketplace.risk"
    label = "risk"
    verbose_name = _("Risk monitoring and recalls")
    namespace = "risk_dashboard"
    default_permissions = RISK_OFFICERS

    def ready(self):
        from . import receivers

        receivers.connect()

    def get_urls(self):
        from .dashboard_urls import urlpatterns

        return urlpatterns
