from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VocabularyConfig(AppConfig):
    """Names of the platform's controlled terms in the ten site languages, kept as data."""

    name = "marketplace.vocabulary"
    label = "vocabulary"
    verbose_name = _("Controlled vocabulary")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import receivers

        receivers.connect()
