from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrderLifecycleConfig(AppConfig):
    """Order statuses and what moves an order on (a payment received, a refund)."""

    name = "marketplace.order_lifecycle"
    label = "order_lifecycle"
    verbose_name = _("Order lifecycle")

    def ready(self):
        from . import receivers  # noqa: F401  (connects to the payments app's signals)
