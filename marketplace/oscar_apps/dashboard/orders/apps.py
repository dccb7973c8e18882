import oscar.apps.dashboard.orders.apps as apps
from django.urls import path
from oscar.core.loading import get_class


class OrdersDashboardConfig(apps.OrdersDashboardConfig):
    """Oscar's orders dashboard with a seller kept to its own lines (see views)."""

    name = "marketplace.oscar_apps.dashboard.orders"

    def configure_permissions(self):
        super().configure_permissions()
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        # The delivery address belongs to the whole order, which may hold other sellers'
        # lines: only staff change it.
        self.permissions_map["order-shipping-address"] = (DashboardPermission.staff,)
        # Whoever may open the order may open its conversation (the view keeps a seller to
        # its own orders, and staff to reading).
        self.permissions_map["order-thread"] = self.permissions_map["order-detail"]

    def ready(self):
        super().ready()
        # Named directly, as in the catalogue dashboard: get_class would look in Oscar's
        # unforked "dashboard" app.
        from . import views

        self.order_list_view = views.OrderListView
        self.order_detail_view = views.OrderDetailView
        self.line_detail_view = views.LineDetailView
        self.order_stats_view = views.OrderStatsView
        self.order_thread_view = views.OrderThreadView

    def get_urls(self):
        urls = super().get_urls()
        urls += self.post_process_urls([
            path("<str:number>/messages/", self.order_thread_view.as_view(), name="order-thread"),
        ])
        return urls
