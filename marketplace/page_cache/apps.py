from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "marketplace.page_cache"
    label = "page_cache"
    verbose_name = "Page cache"

    def ready(self):
        from .versions import connect_signals

        connect_signals()
