from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TraceabilityConfig(AppConfig):
    """Production batches, GS1 Digital Link trace codes and the public trace page."""

    name = "marketplace.traceability"
    label = "traceability"
    verbose_name = _("Batches and traceability")
