from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig

# Oscar's permission notation: a tuple of alternatives. Staff, or a seller with dashboard
# access; the views then narrow a seller to its own enterprises' filings and batches.
SELLERS_AND_STAFF = (["is_staff"], ["partner.dashboard_access"])


class InspectionConfig(OscarDashboardConfig):
    """Inspection and quarantine: enterprise and commodity filings, and batch declarations of
    exports (centralised declaration, batch release) from the order data.

    A dashboard config so that OSCAR_DASHBOARD_NAVIGATION can list its pages (Oscar's menu
    finds a URL's permissions through the config whose URLs include it). The URLs are
    mounted at /dashboard/inspection/ by marketplace.urls and guard themselves.
    """

    # Chosen for "marketplace.inspection" although this module also holds the imported
    # OscarDashboardConfig (Django picks a module's only AppConfig otherwise).
    default = True
    name = "marketplace.inspection"
    label = "inspection"
    verbose_name = _("Inspection and quarantine")
    namespace = "inspection"
    default_permissions = SELLERS_AND_STAFF

    def get_urls(self):
        from .urls import urlpatterns

        return urlpatterns
