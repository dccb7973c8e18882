from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReturnsConfig(AppConfig):
    """Returns and disputes of retail orders, refunds through the original payment."""

    name = "marketplace.returns"
    label = "returns"
    verbose_name = _("Returns and disputes")
