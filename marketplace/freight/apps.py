from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig

# Oscar's permission notation: a tuple of alternatives. Staff, or a seller with dashboard
# access; the views then narrow a seller to its own partner.
SELLERS_AND_STAFF = (["is_staff"], ["partner.dashboard_access"])


class FreightConfig(OscarDashboardConfig):
    """Shipping services by trade mode (postal, express, sea, air, overseas warehouse) and their charges.

    A dashboard config so that OSCAR_DASHBOARD_NAVIGATION can list its pages: Oscar's menu
    finds a URL's permissions through the dashboard config whose URLs include it. The URLs
    are mounted at /dashboard/freight/ by marketplace.urls and guard themselves.
    """

    # Django takes a module's AppConfig only when it is the sole one or marked default, and
    # this module also holds the imported OscarDashboardConfig.
    default = True
    name = "marketplace.freight"
    label = "freight"
    verbose_name = _("Freight")
    namespace = "freight"
    default_permissions = SELLERS_AND_STAFF

    def get_urls(self):
        from .urls import urlpatterns

        return urlpatterns

    def ready(self):
        super().ready()
        from django.db.models.signals import post_delete, post_save

        from . import models, selectors

        # The checkout keeps the freight tables in the cache; any change forgets them.
        for model in (models.FreightService, models.FreightRate, models.FreightZone,
                      models.SellerShippingProfile):
            for signal in (post_save, post_delete):
                signal.connect(selectors.forget_tables, sender=model,
                               dispatch_uid=f"freight.forget_tables.{signal}.{model.__name__}")
