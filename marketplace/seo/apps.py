from django.apps import AppConfig


class SeoConfig(AppConfig):
    """What search engines and link previews read: hreflang, canonical URLs, sitemaps,
    robots.txt, OpenGraph/Twitter tags and schema.org JSON-LD. No models, no admin."""

    name = "marketplace.seo"
