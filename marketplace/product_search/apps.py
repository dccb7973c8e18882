from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProductSearchConfig(AppConfig):
    # Not "search": Oscar owns that label (its forked search app serves the pages).
    name = "marketplace.product_search"
    label = "product_search"
    verbose_name = _("Product search")

    def ready(self):
        from . import signals

        signals.connect()
