from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig

# Oscar's permission notation: a tuple of alternatives, each a list that must all hold.
REVIEWERS = (["is_staff"], ["moderation.review_listing"])


class ModerationConfig(OscarDashboardConfig):
    """Listing moderation: prohibited goods refused, unverified sellers' listings held for review.

    A dashboard config as well as the app with the models, so OSCAR_DASHBOARD_NAVIGATION
    finds the queue's permissions through it (Oscar's menu looks a URL's permissions up
    in the dashboard config that lists it). The views are mounted at /dashboard/moderation/
    by marketplace.moderation.urls, which guards them itself.
    """

    # Chosen for "marketplace.moderation" in INSTALLED_APPS although this module also holds
    # the imported OscarDashboardConfig (Django picks a module's only AppConfig otherwise).
    default = True
    name = "marketplace.moderation"
    label = "moderation"
    verbose_name = _("Listing moderation")
    namespace = "moderation"
    default_permissions = REVIEWERS

    def get_urls(self):
        from .urls import urlpatterns

        return urlpatterns
