from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeoConfig(AppConfig):
    """What search engines and link previews read: hreflang, canonical URLs, sitemaps,
    robots.txt, OpenGraph/Twitter tags and schema.org JSON-LD."""

    name = "marketplace.seo"
    verbose_name = _("Search engines and sharing")
