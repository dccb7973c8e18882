from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RiskConfig(AppConfig):
    """Risk monitoring: watch lists, alerts, stop-sale and forced recalls."""

    name = "marketplace.risk"
    label = "risk"
    verbose_name = _("Risk monitoring and recalls")
