"""Basket lines pay the unit price of the quantity break they reach, in the display currency."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_class, get_model

from .conftest import choose_currency

Basket = get_model("basket", "Basket")
Selector = get_class("partner.strategy", "Selector")

pytestmark = pytest.mark.django_db


def eur_strategy():
    return Selector().strategy(display_currency="EUR")


@pytest.mark.parametrize("quantity, unit_eur", [
    (100, Decimal("1234.50")),   # the MOQ: the stock record's price
    (199, Decimal("1234.50")),   # just below the first break
    (200, Decimal("1170.00")),   # on a break
    (500, Decimal("1105.00")),
    (1200, Decimal("1040.00")),  # between breaks: the last one reached
    (6000, Decimal("910.00")),   # past the last break
])
def test_a_basket_line_is_priced_at_the_break_its_quantity_reaches(knife, quantity, unit_eur):
    basket = Basket.objects.create()
    basket.strategy = eur_strategy()
    line, _created = basket.add_product(knife, quantity)

    assert line.unit_price_excl_tax == unit_eur
    assert line.purchase_info.price.currency == "EUR"
    assert basket.total_excl_tax == unit_eur * quantity


@pytest.mark.parametrize("quantity, shown_total", [
    (100, "€123,450.00"), (500, "€552,500.00"), (1200, "€1,248,000.00"),
])
def test_the_basket_page_totals_each_quantity_at_its_break(client, knife, quantity, shown_total):
    choose_currency(client, "EUR")

    client.post(f"/en/basket/add/{knife.pk}/", {"quantity": quantity})
    page = client.get("/en/basket/").content.decode()

    assert shown_total in page


def test_the_product_price_is_the_price_at_the_moq(knife):
    info = eur_strategy().fetch_for_product(knife)

    assert (info.price.excl_tax, info.price.currency) == (Decimal("1234.50"), "EUR")


def test_the_price_ladder_starts_at_the_moq_and_is_converted(knife):
    ladder = eur_strategy().price_ladder(knife)

    assert [(rung.min_quantity, rung.max_quantity) for rung in ladder] == [
        (100, 199), (200, 499), (500, 999), (1000, 1999), (2000, 4999), (5000, None),
    ]
    assert [rung.price.excl_tax for rung in ladder] == [
        Decimal("1234.50"), Decimal("1170.00"), Decimal("1105.00"),
        Decimal("1040.00"), Decimal("975.00"), Decimal("910.00"),
    ]
    assert {rung.price.currency for rung in ladder} == {"EUR"}


def test_without_a_rate_the_ladder_stays_in_the_sellers_currency(knife):
    ladder = Selector().strategy(display_currency="GBP").price_ladder(knife)

    assert ladder[1].price.currency == "CNY"
    assert ladder[1].price.excl_tax == Decimal("9000.00")


def test_switching_currency_reprices_lines_at_their_break(client, knife):
    choose_currency(client, "EUR")
    client.post(f"/en/basket/add/{knife.pk}/", {"quantity": 500})
    choose_currency(client, "USD")

    page = client.get("/en/basket/").content.decode()

    # 500 x 8,500 CNY x 0.14
    assert "$595,000.00" in page
    line = Basket.objects.get().lines.get()
    assert (line.price_currency, line.price_excl_tax) == ("USD", Decimal("1190.00"))


def test_a_line_at_a_quantity_break_brings_no_price_change_warning(client, knife):
    choose_currency(client, "EUR")
    client.post(f"/en/basket/add/{knife.pk}/", {"quantity": 500})

    page = client.get("/en/basket/").content.decode()

    assert "has decreased" not in page
