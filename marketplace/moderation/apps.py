from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    """Listing moderation: prohibited goods are refused, unverified sellers' listings wait for review."""

    name = "marketplace.moderation"
    label = "moderation"
    verbose_name = _("Listing moderation")
