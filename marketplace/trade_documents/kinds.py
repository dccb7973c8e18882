"""The documents an export order has."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentKind(models.TextChoices):
    """Each kind's value is the last part of its URL (`<kind>.pdf`)."""

    PROFORMA_INVOICE = "proforma-invoice", _("Proforma invoice")
    COMMERCIAL_INVOICE = "commercial-invoice", _("Commercial invoice")
    PACKING_LIST = "packing-list", _("Packing list")

    @property
    def number_prefix(self) -> str:
        return {"proforma-invoice": "PI", "commercial-invoice": "CI", "packing-list": "PL"}[self.value]

    @property
    def template_name(self) -> str:
        return f"trade_documents/{self.value.replace('-', '_')}.html"
