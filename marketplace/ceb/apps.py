from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CebConfig(AppConfig):
    """The China Customs cross-border e-commerce (CEB) messages: built from the platform's trade
data with lxml, checked by the platform's field rules and the official schemas, signed by a
pluggable signer, wrapped in the DxpMsg envelope; receipts parsed back."""

    name = "marketplace.ceb"
    label = "ceb"
    verbose_name = _("China Customs CEB messages")
