from django.urls import path
from oscar.apps.dashboard.catalogue import apps
from oscar.core.loading import get_class


class CatalogueDashboardConfig(apps.CatalogueDashboardConfig):
    """Oscar's catalogue dashboard with the marketplace's product views and a page for
    each stock record's trade terms."""

    name = "marketplace.oscar_apps.dashboard.catalogue"

    def configure_permissions(self):
        super().configure_permissions()
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        # Like the product pages: staff with the model permissions, or a partner user,
        # whom the view then limits to their own stock records.
        self.permissions_map["catalogue-stockrecord-trade-terms"] = (
            DashboardPermission.get("partner", "view_stockrecord", "change_stockrecord"),
            DashboardPermission.partner_dashboard_access,
        )

    def ready(self):
        super().ready()
        # Named directly: Oscar's get_class("dashboard.catalogue.views", ...) looks in
        # the app labelled "dashboard", which is Oscar's own (not forked), so it would
        # never find this package's modules.
        from . import views

        self.product_list_view = views.ProductListView
        self.product_bulk_action_confirm_view = views.ProductBulkActionConfirmView
        self.product_createupdate_view = views.ProductCreateUpdateView
        self.stockrecord_trade_terms_view = views.StockRecordTradeTermsView

    def get_urls(self):
        urls = super().get_urls()
        urls += self.post_process_urls([
            path("stock-records/<int:pk>/trade-terms/",
                 self.stockrecord_trade_terms_view.as_view(),
                 name="catalogue-stockrecord-trade-terms"),
        ])
        return urls
