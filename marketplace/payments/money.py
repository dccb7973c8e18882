"""Amounts in a currency's minor unit, as payment gateways count them.

Stripe (like most gateways) takes integers in the currency's smallest unit: cents for EUR
and USD, but whole yen for JPY and whole won for KRW. The number of decimals per currency
comes from Babel's CLDR data, not from a list kept here, so a currency added to the
display list is converted right without a change in this module.
"""

from decimal import Decimal

from babel.numbers import get_currency_precision, is_currency


class InvalidAmount(ValueError):
    """An amount a card payment cannot be made or refunded for."""


def currency_code(currency: str) -> str:
    """The ISO 4217 code in capitals, or InvalidAmount for something that is not one."""
    if not isinstance(currency, str) or len(currency) != 3 or not is_currency(currency.upper()):
        raise InvalidAmount(f"Not an ISO 4217 currency code: {currency!r}")
    return currency.upper()


def to_minor_units(amount: Decimal, currency: str) -> int:
    """`amount` in the minor unit of `currency`: Decimal("12.34") EUR -> 1234, Decimal("1500") JPY -> 1500.

    Refuses floats and ints (money is a Decimal with its currency), amounts of zero or
    less, and amounts finer than the currency's minor unit (12.345 EUR, 10.5 JPY): rounding
    is the order's business, done once where the total is computed, never silently here.
    """
    if not isinstance(amount, Decimal) or isinstance(amount, bool):
        raise InvalidAmount(f"Amounts are Decimals, not {type(amount).__name__}")
    if not amount.is_finite() or amount <= 0:
        raise InvalidAmount(f"A payment amount must be more than zero: {amount}")
    code = currency_code(currency)
    scaled = amount.scaleb(get_currency_precision(code))
    if scaled != scaled.to_integral_value():
        raise InvalidAmount(f"{amount} {code} is finer than the currency's minor unit")
    return int(scaled)


def from_minor_units(units: int, currency: str) -> Decimal:
    """The Decimal amount for `units` of `currency`'s minor unit: 1234 EUR -> Decimal("12.34")."""
    if not isinstance(units, int) or isinstance(units, bool):
        raise InvalidAmount(f"Minor units are integers, not {type(units).__name__}")
    precision = get_currency_precision(currency_code(currency))
    return Decimal(units).scaleb(-precision).quantize(Decimal(1).scaleb(-precision))
