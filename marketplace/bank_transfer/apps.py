from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BankTransferConfig(AppConfig):
    """Bank transfer (T/T): deposit and balance due per order, receipts recorded by staff or the seller."""

    name = "marketplace.bank_transfer"
    label = "bank_transfer"
    verbose_name = _("Bank transfer")
