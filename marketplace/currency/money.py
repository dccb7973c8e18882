"""Decimal money arithmetic and Babel formatting for the active locale."""

import functools
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_currency, get_currency_precision
from django.utils.translation import get_language, to_locale


def quantize(amount, currency):
    """Round to the currency's minor unit (JPY and KRW have none, most have cents)."""
    exponent = Decimal(1).scaleb(-get_currency_precision(currency))
    return Decimal(amount).quantize(exponent, rounding=ROUND_HALF_UP)


def format_money(amount, currency, language=None):
    """Format like the visitor's locale writes money: "1.234,50 €" in Spanish, "€1,234.50" in English."""
    locale = to_locale(language or get_language() or "en")
    return _formatted(Decimal(amount), currency, locale)


# Babel parses the locale and the pattern again on every call: a listing page writes some
# fifty amounts (its cards, its price ranges), about a twentieth of its time on spread
# traffic. The same amounts come back (a product's price, the ranges' edges), so each
# process keeps the strings it wrote last. Equal amounts (10 and 10.00) are written alike:
# the currency's minor unit decides the digits.
@functools.lru_cache(maxsize=8192)
def _formatted(amount, currency, locale):
    return format_currency(amount, currency, locale=locale)
