from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "marketplace.content"
    label = "content"
    verbose_name = _("Site content")

    def ready(self):
        from .cache import connect_signals

        connect_signals()
