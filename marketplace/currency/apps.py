from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CurrencyConfig(AppConfig):
    name = "marketplace.currency"
    label = "currency"
    verbose_name = _("Currencies and exchange rates")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .models import ExchangeRate
        from .selectors import forget_latest_rates

        post_save.connect(forget_latest_rates, sender=ExchangeRate, dispatch_uid="rates-saved")
        post_delete.connect(forget_latest_rates, sender=ExchangeRate, dispatch_uid="rates-deleted")
