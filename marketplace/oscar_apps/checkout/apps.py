import oscar.apps.checkout.apps as apps


class CheckoutConfig(apps.CheckoutConfig):
    name = "marketplace.oscar_apps.checkout"

    def ready(self):
        super().ready()
        from . import payment  # noqa: F401  (a purchase's card payment pays its orders)

    def get_urls(self):
        from django.urls import path

        from . import views

        urls = super().get_urls()
        urls += self.post_process_urls([
            path("pay/<str:reference>/", views.PayView.as_view(), name="pay"),
            path("paid/<str:reference>/", views.paid, name="paid"),
            path("purchases/<str:reference>/", views.PurchaseView.as_view(), name="purchase"),
            path("purchases/<str:reference>/<str:decision>/",
                 views.decide, name="decide"),
            path("approvals/", views.ApprovalsView.as_view(), name="approvals"),
        ])
        return urls
