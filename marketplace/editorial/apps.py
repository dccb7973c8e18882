from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """How CMS pages are written, translated, reviewed and published (issue 16, parts 2 and 3)."""

    name = "marketplace.editorial"
    label = "editorial"
    verbose_name = _("Editorial workflow")
