"""A buyer changes quantities on the basket page: judged by the order they lead to."""

import pytest
from oscar.core.loading import get_class, get_model

from .conftest import MOQ, REFUSAL, STOCK, add, the_line, update

Basket = get_model("basket", "Basket")
Option = get_model("catalogue", "Option")
Selector = get_class("partner.strategy", "Selector")

pytestmark = pytest.mark.django_db

STOCK_REFUSAL = f"a maximum of {STOCK} can be bought"


def test_raising_a_line_at_the_moq_by_a_few_units_is_accepted(client, wok):
    add(client, wok, MOQ)

    response = update(client, (the_line(), MOQ + 1))

    assert response.status_code == 200
    assert the_line().quantity == MOQ + 1
    assert REFUSAL not in response.content.decode()


def test_lowering_a_line_to_exactly_the_moq_is_accepted(client, wok):
    add(client, wok, 300)

    update(client, (the_line(), MOQ))

    assert the_line().quantity == MOQ


def test_lowering_a_line_that_stays_above_the_moq_is_accepted(client, wok):
    add(client, wok, 900)

    update(client, (the_line(), 250))

    assert the_line().quantity == 250


def test_lowering_a_line_one_unit_below_the_moq_is_refused_on_the_basket_page(client, wok):
    add(client, wok, 300)

    response = update(client, (the_line(), MOQ - 1))

    assert REFUSAL in response.content.decode()
    assert the_line().quantity == 300


def test_a_line_below_a_raised_moq_must_be_raised_to_the_moq(client, wok):
    # The seller raised the minimum after the buyer filled the basket.
    add(client, wok, MOQ)
    line = the_line()
    line.quantity = 40
    line.save()

    refused = update(client, (line, 70))
    accepted = update(client, (line, MOQ))

    assert REFUSAL in refused.content.decode()
    assert REFUSAL not in accepted.content.decode()
    assert the_line().quantity == MOQ


def test_raising_a_line_beyond_the_stock_is_refused_with_the_stock_named(client, wok):
    add(client, wok, 500)

    response = update(client, (the_line(), STOCK + 1))

    assert STOCK_REFUSAL in response.content.decode()
    assert the_line().quantity == 500


def test_raising_a_line_to_exactly_the_stock_is_accepted(client, wok):
    add(client, wok, 500)

    update(client, (the_line(), STOCK))

    assert the_line().quantity == STOCK


def test_the_basket_size_cap_still_applies_to_the_units_added(client, wok, settings):
    settings.OSCAR_MAX_BASKET_QUANTITY_THRESHOLD = 1000
    add(client, wok, 800)

    refused = update(client, (the_line(), 1001))
    accepted = update(client, (the_line(), 1000))

    assert "not able to ship more than 1000 items in one order" in refused.content.decode()
    assert the_line().quantity == 1000
    assert accepted.status_code == 200


def test_removing_a_line_is_not_judged_by_the_moq(client, wok):
    add(client, wok, 300)

    update(client, (the_line(), 0))

    assert not Basket.objects.get().lines.exists()


@pytest.fixture
def two_lines(client, wok):
    """The same wok twice in the basket, 60 units engraved and 80 plain: 140 of one stock record."""
    add(client, wok, MOQ)
    basket = Basket.objects.get()
    basket.lines.update(quantity=80)
    basket.strategy = Selector().strategy(display_currency=basket.currency)
    engraving = Option.objects.create(name="Engraving", code="engraving")
    basket.add_product(wok, 60, options=[{"option": engraving, "value": "ACME"}])
    plain, engraved = basket.lines.order_by("pk")
    return plain, engraved


def test_a_line_below_the_moq_is_accepted_when_lines_of_the_same_goods_reach_it(
    client, two_lines
):
    plain, engraved = two_lines

    response = update(client, (plain, 70), (engraved, 50))

    assert REFUSAL not in response.content.decode()
    plain.refresh_from_db()
    engraved.refresh_from_db()
    assert (plain.quantity, engraved.quantity) == (70, 50)


def test_lines_of_the_same_goods_are_refused_together_below_the_moq(client, two_lines):
    plain, engraved = two_lines

    response = update(client, (plain, 80), (engraved, 10))

    assert REFUSAL in response.content.decode()
    engraved.refresh_from_db()
    assert engraved.quantity == 60


def test_lines_of_the_same_goods_share_the_stock(client, two_lines):
    plain, engraved = two_lines

    response = update(client, (plain, 80), (engraved, STOCK - 79))

    assert STOCK_REFUSAL in response.content.decode()
    engraved.refresh_from_db()
    assert engraved.quantity == 60
