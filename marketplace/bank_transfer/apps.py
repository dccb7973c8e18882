from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig

# Oscar's permission notation: a tuple of alternatives. Staff, or a seller with dashboard
# access; the views then narrow a seller to the orders holding its goods.
SELLERS_AND_STAFF = (["is_staff"], ["partner.dashboard_access"])


class BankTransferConfig(OscarDashboardConfig):
    """Bank transfer (T/T): deposit and balance due per order, receipts recorded by staff or the seller.

    A dashboard config so that OSCAR_DASHBOARD_NAVIGATION can list its pages (Oscar's menu
    finds a URL's permissions through the config whose URLs include it). The URLs are
    mounted at /dashboard/bank-transfers/ by marketplace.urls and guard themselves.
    """

    # Chosen for "marketplace.bank_transfer" although this module also holds the imported
    # OscarDashboardConfig (Django picks a module's only AppConfig otherwise).
    default = True
    name = "marketplace.bank_transfer"
    label = "bank_transfer"
    verbose_name = _("Bank transfer")
    namespace = "bank_transfer"
    default_permissions = SELLERS_AND_STAFF

    def get_urls(self):
        from .urls import urlpatterns

        return urlpatterns
