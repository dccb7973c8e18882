from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig

# Oscar's permission notation: a tuple of alternatives, each a list that must all hold.
REVIEWERS = (["is_staff"], ["sellers.review_enterprise"])


class SellersDashboardConfig(OscarDashboardConfig):
    """Review of manufacturer filings in Oscar's dashboard.

    The views are mounted at /dashboard/sellers/ by marketplace.sellers.dashboard.urls,
    which guards them itself, so they are protected however they are mounted.
    Installing this config is what lets OSCAR_DASHBOARD_NAVIGATION show them: Oscar's
    menu finds a URL's permissions through the dashboard config that lists it.
    """

    label = "sellers_dashboard"
    name = "marketplace.sellers.dashboard"
    verbose_name = _("Manufacturer filings dashboard")
    namespace = "sellers_dashboard"
    default_permissions = REVIEWERS

    def get_urls(self):
        from .urls import urlpatterns

        return urlpatterns
