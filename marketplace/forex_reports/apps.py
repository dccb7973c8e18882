from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig

#: Oscar's permission notation: staff only.
STAFF_ONLY = (["is_staff"],)


class ForexReportsConfig(OscarDashboardConfig):
    """Forex settlement reports per payment, daily and monthly, with cross-border RMB kept apart.

    A dashboard config so that OSCAR_DASHBOARD_NAVIGATION can list its pages; the URLs are
    mounted at /dashboard/forex/ by marketplace.urls and guard themselves.
    """

    default = True
    name = "marketplace.forex_reports"
    label = "forex_reports"
    verbose_name = _("Forex settlement reports")
    namespace = "forex_reports"
    default_permissions = STAFF_ONLY

    def ready(self):
        super().ready()
        from . import events  # noqa: F401  (connects the per-payment BOP records)

    def get_urls(self):
        from .urls import urlpatterns

        return urlpatterns
