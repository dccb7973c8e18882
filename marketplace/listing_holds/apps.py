from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ListingHoldsConfig(AppConfig):
    """Listings withdrawn from sale by the platform (IP takedown, risk stop-sale) and lifted again."""

    name = "marketplace.listing_holds"
    label = "listing_holds"
    verbose_name = _("Listings withdrawn from sale")
