import oscar.apps.analytics.apps as apps


class AnalyticsConfig(apps.AnalyticsConfig):
    name = "marketplace.oscar_apps.analytics"

    def ready(self):
        # Oscar's receivers (searches, basket additions, orders) stay; its product-view
        # receiver, a database write inside every product page, gives way to a counter that
        # writes in batches (product_views).
        super().ready()
        from oscar.apps.analytics.receivers import receive_product_view
        from oscar.apps.catalogue.signals import product_viewed

        from .product_views import count_product_view

        product_viewed.disconnect(receive_product_view)
        product_viewed.connect(count_product_view, dispatch_uid="marketplace-product-views")
