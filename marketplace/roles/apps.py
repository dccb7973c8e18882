from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RolesConfig(AppConfig):
    """The people who use the marketplace, as Django groups with their permissions."""

    name = "marketplace.roles"
    label = "roles"
    verbose_name = _("Roles")

    def ready(self):
        from .backends import connect_signals

        connect_signals()
