"""Decimal money arithmetic and Babel formatting for the active locale."""

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
    return format_currency(Decimal(amount), currency, locale=locale)
