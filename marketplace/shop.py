from oscar.config import Shop


class MarketplaceShop(Shop):
    """Oscar's shop without its own home page and dashboard URLs.

    Oscar maps "" to a redirect to the catalogue, which would shadow Wagtail's home
    page inside the language prefix, and it mounts the dashboard there too; the
    marketplace serves the dashboard once, outside the language prefix, at /dashboard/.
    """

    def get_urls(self):
        dropped = {"", "dashboard/"}
        return [url for url in super().get_urls() if str(url.pattern) not in dropped]
