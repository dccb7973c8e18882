from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig

#: Oscar's permission notation: staff only.
STAFF_ONLY = (["is_staff"],)


class RebatesConfig(OscarDashboardConfig):
    """Export VAT rebates: the dated rebate-rate table admins load and the monthly rebate report
    per order line; retail import tax reconciled with the e-tax slips (CEB816).

    A dashboard config so that OSCAR_DASHBOARD_NAVIGATION can list its pages (Oscar's menu
    finds a URL's permissions through the config whose URLs include it). The URLs are
    mounted at /dashboard/tax/ by marketplace.urls and guard themselves.
    """

    # Chosen for "marketplace.rebates" although this module also holds the imported
    # OscarDashboardConfig (Django picks a module's only AppConfig otherwise).
    default = True
    name = "marketplace.rebates"
    label = "rebates"
    verbose_name = _("Export VAT rebates")
    namespace = "rebates"
    default_permissions = STAFF_ONLY

    def get_urls(self):
        from .urls import urlpatterns

        return urlpatterns
