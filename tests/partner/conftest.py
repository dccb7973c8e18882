"""A kitchen knife sold by the carton: MOQ 100, five quantity breaks, three Incoterms."""

from decimal import Decimal

import pytest
from django.utils import translation

from marketplace.oscar_apps.partner.services import set_trade_terms
from tests.factories import add_category, product_in_category, rate

# CNY unit prices; at 0.13 EUR per yuan the base price is 1.234,50 EUR.
BASE_PRICE = Decimal("9496.15")
TIERS = [
    (200, Decimal("9000.00")),   # 1.170,00 EUR
    (500, Decimal("8500.00")),   # 1.105,00 EUR
    (1000, Decimal("8000.00")),  # 1.040,00 EUR
    (2000, Decimal("7500.00")),  # 975,00 EUR
    (5000, Decimal("7000.00")),  # 910,00 EUR
]
INCOTERMS = [("EXW", ""), ("FOB", "Yangjiang Port"), ("CIF", "Hamburg")]


@pytest.fixture
def rates(db):
    rate("CNY", "EUR", "0.13")
    rate("CNY", "USD", "0.14")


@pytest.fixture
def knife(rates):
    category = add_category(["Knives & Scissors", "Kitchen knives"])
    product = product_in_category(category, price=BASE_PRICE, num_in_stock=8000)
    set_trade_terms(
        product.stockrecords.get(), moq=100, tiers=TIERS, incoterms=INCOTERMS,
        sample_price=Decimal("120.00"), sample_limit=3,
    )
    return product


@pytest.fixture
def stockrecord(knife):
    return knife.stockrecords.get()


def choose_currency(client, code):
    client.post("/currency/", {"currency": code, "next": "/en/"})


@pytest.fixture(autouse=True)
def _english(db):
    # Messages are compared in English, whatever language an earlier test left active.
    with translation.override("en"):
        yield
