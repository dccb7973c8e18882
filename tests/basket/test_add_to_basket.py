"""Adding from the product page: the quantity already in the basket counts towards the MOQ."""

import pytest
from oscar.core.loading import get_model

from .conftest import MOQ, REFUSAL, STOCK, add, the_line

Basket = get_model("basket", "Basket")

pytestmark = pytest.mark.django_db


def test_adding_exactly_the_moq_is_accepted(client, wok):
    response = add(client, wok, MOQ)

    assert REFUSAL not in response.content.decode()
    assert the_line().quantity == MOQ


def test_adding_one_unit_below_the_moq_is_refused_and_nothing_is_added(client, wok):
    response = add(client, wok, MOQ - 1)

    assert REFUSAL in response.content.decode()
    assert not Basket.objects.filter(lines__isnull=False).exists()


def test_a_top_up_that_completes_the_moq_is_accepted(client, wok):
    # A line below the MOQ can only come from a minimum raised after it was added.
    add(client, wok, MOQ)
    line = the_line()
    line.quantity = 30
    line.save()

    response = add(client, wok, MOQ - 30)

    assert REFUSAL not in response.content.decode()
    assert the_line().quantity == MOQ


def test_a_top_up_beyond_the_stock_is_refused_with_the_stock_named(client, wok):
    add(client, wok, 1500)

    response = add(client, wok, STOCK - 1499)

    assert f"a maximum of {STOCK} can be bought" in response.content.decode()
    assert the_line().quantity == 1500
