from decimal import Decimal

import pytest

from marketplace.payments.money import InvalidAmount, from_minor_units, to_minor_units


@pytest.mark.parametrize(
    ("amount", "currency", "units"),
    [
        ("12.34", "EUR", 1234), ("0.01", "USD", 1), ("100", "usd", 10000), ("8.5", "CNY", 850),
        ("1500", "JPY", 1500), ("1500.00", "JPY", 1500), ("1", "JPY", 1), ("35000", "KRW", 35000),
    ],
)
def test_amounts_become_the_currencys_minor_unit_and_back(amount, currency, units):
    assert to_minor_units(Decimal(amount), currency) == units
    assert from_minor_units(units, currency) == Decimal(amount)


def test_zero_decimal_currencies_come_back_without_decimals():
    assert str(from_minor_units(1500, "JPY")) == "1500"
    assert str(from_minor_units(35000, "KRW")) == "35000"
    assert str(from_minor_units(1234, "EUR")) == "12.34"


@pytest.mark.parametrize(
    ("amount", "currency"),
    [
        (Decimal(0), "EUR"), (Decimal("-1"), "EUR"), (Decimal("NaN"), "USD"), (Decimal("Infinity"), "USD"),
        (12.34, "EUR"), (12, "EUR"), ("12.34", "EUR"), (True, "EUR"),
        (Decimal("10.005"), "EUR"), (Decimal("10.5"), "JPY"), (Decimal("0.1"), "KRW"),
        (Decimal("10"), "ZZZ"), (Decimal("10"), "EURO"), (Decimal("10"), ""),
    ],
)
def test_amounts_a_card_cannot_be_charged_are_refused(amount, currency):
    with pytest.raises(InvalidAmount):
        to_minor_units(amount, currency)


def test_minor_units_must_be_integers():
    with pytest.raises(InvalidAmount):
        from_minor_units(12.5, "EUR")
