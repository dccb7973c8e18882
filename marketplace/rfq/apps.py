from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RfqConfig(AppConfig):
    """Requests for quotation, sellers' quotes and the message threads around them."""

    name = "marketplace.rfq"
    label = "rfq"
    verbose_name = _("Requests for quotation")
