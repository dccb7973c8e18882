from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SellerRatingConfig(AppConfig):
    """Seller credit rating (信用评价): a documented score and its breakdown."""

    name = "marketplace.seller_rating"
    label = "seller_rating"
    verbose_name = _("Seller credit rating")

    def ready(self):
        from . import receivers

        receivers.connect_inspection()
