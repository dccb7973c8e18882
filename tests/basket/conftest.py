"""A wok sold from 100 units, 2,000 in stock, in a basket the tests change through the pages."""

from decimal import Decimal

import pytest
from django.utils import translation
from oscar.core.loading import get_model

from marketplace.oscar_apps.partner.services import set_trade_terms
from tests.factories import add_category, product_in_category, rate

Basket = get_model("basket", "Basket")

MOQ = 100
STOCK = 2000
REFUSAL = "The minimum order for this product is 100 units."


@pytest.fixture(autouse=True)
def _english(db):
    # Messages are compared in English, whatever language an earlier test left active.
    with translation.override("en"):
        yield


@pytest.fixture
def wok(db):
    rate("CNY", "USD", "0.14")
    product = product_in_category(
        add_category(["Kitchenware", "Pots & pans"]), price=Decimal("85.00"), num_in_stock=STOCK
    )
    set_trade_terms(product.stockrecords.get(), moq=MOQ, tiers=[(500, Decimal("80.00"))])
    return product


def add(client, product, quantity):
    return client.post(f"/en/basket/add/{product.pk}/", {"quantity": quantity}, follow=True)


def update(client, *lines_and_quantities):
    """POST the basket page's formset, as its "Update" button does, with a quantity per line."""
    data = {
        "form-TOTAL_FORMS": str(len(lines_and_quantities)),
        "form-INITIAL_FORMS": str(len(lines_and_quantities)),
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
    }
    for index, (line, quantity) in enumerate(lines_and_quantities):
        data[f"form-{index}-id"] = str(line.pk)
        data[f"form-{index}-quantity"] = str(quantity)
    return client.post("/en/basket/", data, follow=True)


def the_line():
    return Basket.objects.get().lines.get()
