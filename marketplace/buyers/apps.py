from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BuyersConfig(AppConfig):
    """Overseas buyers: individuals and companies with their users, roles and address books."""

    name = "marketplace.buyers"
    label = "buyers"
    verbose_name = _("Buyer accounts")
