from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig

# Oscar's permission notation: a tuple of alternatives, each a list that must all hold.
SELLERS_AND_STAFF = (["is_staff"], ["partner.dashboard_access"])


class TraceabilityConfig(OscarDashboardConfig):
    """Production batches, GS1 Digital Link trace codes and the public trace page.

    A dashboard config as well as the app with the models, so OSCAR_DASHBOARD_NAVIGATION
    finds the batch pages' permissions through it. The views are mounted at
    /dashboard/batches/ by marketplace.urls and guard themselves (dashboard_urls).
    """

    # Chosen for "marketplace.traceability" although this module also holds the imported
    # OscarDashboardConfig (Django picks a module's only AppConfig otherwise).
    default = True
    name = "marketplace.traceability"
    label = "traceability"
    verbose_name = _("Batches and traceability")
    namespace = "traceability_dashboard"
    default_permissions = SELLERS_AND_STAFF

    def get_urls(self):
        from .dashboard_urls import urlpatterns

        return urlpatterns
