from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig

# Oscar's permission notation: a tuple of alternatives. Staff, or a seller with dashboard
# access; the views then narrow a seller to their own partner.
SELLERS_AND_STAFF = (["is_staff"], ["partner.dashboard_access"])


class ProductImportConfig(OscarDashboardConfig):
    """Bulk product import and export for sellers (CSV and XLSX).

    A dashboard config so that OSCAR_DASHBOARD_NAVIGATION can list its pages: Oscar's
    menu finds a URL's permissions through the dashboard config whose URLs include it.
    The URLs are mounted at /dashboard/imports/ by marketplace.urls and guard themselves.
    """

    # Django takes a module's AppConfig only when it is the sole one or marked default, and
    # this module also holds the imported OscarDashboardConfig.
    default = True
    name = "marketplace.product_import"
    label = "product_import"
    verbose_name = _("Product import")
    namespace = "product_import"
    default_permissions = SELLERS_AND_STAFF

    def get_urls(self):
        from .urls import urlpatterns

        return urlpatterns
