from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SingleWindowConfig(AppConfig):
    """Transport to the single window: outbox backends that write or post customs messages and
the inbox that reads their receipts back."""

    name = "marketplace.single_window"
    label = "single_window"
    verbose_name = _("Single window")
