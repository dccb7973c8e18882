from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


def currency_choices():
    codes = {settings.MARKETPLACE_BASE_CURRENCY, *settings.MARKETPLACE_DISPLAY_CURRENCIES}
    return [(code, code) for code in sorted(codes)]


class ExchangeRate(models.Model):
    """One unit of `base_currency` is worth `rate` units of `quote_currency` on `rate_date`.

    Rates are never overwritten by a later day: each day's rate is its own row, so
    an amount converted last month can still be explained with the rate it used.
    """

    base_currency = models.CharField(_("base currency"), max_length=3, choices=currency_choices)
    quote_currency = models.CharField(_("quote currency"), max_length=3, choices=currency_choices)
    rate = models.DecimalField(_("rate"), max_digits=20, decimal_places=10)
    rate_date = models.DateField(_("rate date"))
    source = models.CharField(_("source"), max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["-rate_date", "base_currency", "quote_currency"]
        constraints = [
            models.UniqueConstraint(
                fields=["base_currency", "quote_currency", "rate_date"],
                name="currency_one_rate_per_pair_and_day",
            ),
            models.CheckConstraint(condition=models.Q(rate__gt=0), name="currency_rate_positive"),
        ]
        indexes = [models.Index(fields=["base_currency", "quote_currency", "-rate_date"])]

    def __str__(self):
        return f"1 {self.base_currency} = {self.rate} {self.quote_currency} ({self.rate_date})"

    def clean(self):
        if self.base_currency and self.base_currency == self.quote_currency:
            raise ValidationError({"quote_currency": _("A rate needs two different currencies.")})
        if self.rate is not None and self.rate <= Decimal(0):
            raise ValidationError({"rate": _("A rate must be greater than zero.")})
