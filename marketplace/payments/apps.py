from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PaymentsConfig(AppConfig):
    """Card payments through a payment gateway (Stripe), with its webhook events recorded once."""

    name = "marketplace.payments"
    label = "payments"
    verbose_name = _("Card payments")
