from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FreightConfig(AppConfig):
    """Shipping services by trade mode (postal, express, sea, air, overseas warehouse) and their charges."""

    name = "marketplace.freight"
    label = "freight"
    verbose_name = _("Freight")
