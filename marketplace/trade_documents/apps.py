from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TradeDocumentsConfig(AppConfig):
    """The documents of an export order: proforma and commercial invoices, packing lists."""

    name = "marketplace.trade_documents"
    label = "trade_documents"
    verbose_name = _("Trade documents")
