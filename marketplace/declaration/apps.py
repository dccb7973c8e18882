from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeclarationConfig(AppConfig):
    """One declaration: shipping an order (or a batch) produces every customs, inspection, tax
and forex message it needs through the outbox, or nothing with a list of what to fix."""

    name = "marketplace.declaration"
    label = "declaration"
    verbose_name = _("Declarations")
