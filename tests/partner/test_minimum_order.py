"""No purchase below the minimum order: Oscar's availability policy refuses it where it asks."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_class, get_model

from tests.factories import add_category, product_in_category

from .conftest import choose_currency

Basket = get_model("basket", "Basket")
Selector = get_class("partner.strategy", "Selector")

pytestmark = pytest.mark.django_db

REFUSAL = "The minimum order for this product is 100 units."


def availability(product):
    return Selector().strategy(display_currency="EUR").fetch_for_product(product).availability


def test_a_purchase_below_the_moq_is_refused_with_the_minimum_named(knife):
    assert availability(knife).is_purchase_permitted(99) == (False, REFUSAL)
    assert availability(knife).is_purchase_permitted(100) == (True, "")


def test_the_stock_is_still_checked_above_the_moq(knife):
    permitted, reason = availability(knife).is_purchase_permitted(8001)

    assert not permitted
    assert reason == "a maximum of 8000 can be bought"


def test_a_product_with_less_stock_than_its_moq_cannot_be_bought(knife):
    record = knife.stockrecords.get()
    record.num_in_stock = 60
    record.save()

    policy = availability(knife)

    assert not policy.is_available_to_buy
    assert policy.num_available == 60


def test_adding_below_the_moq_is_refused_with_the_message_and_the_basket_stays_empty(
    client, knife
):
    choose_currency(client, "EUR")

    response = client.post(f"/en/basket/add/{knife.pk}/", {"quantity": 50}, follow=True)

    assert REFUSAL in response.content.decode()
    assert not Basket.objects.filter(lines__isnull=False).exists()


def test_adding_the_moq_then_a_smaller_top_up_is_accepted(client, knife):
    client.post(f"/en/basket/add/{knife.pk}/", {"quantity": 100})
    client.post(f"/en/basket/add/{knife.pk}/", {"quantity": 20})

    assert Basket.objects.get().lines.get().quantity == 120


def basket_update(client, line, quantity):
    return client.post("/en/basket/", {
        "form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1",
        "form-MIN_NUM_FORMS": "0", "form-MAX_NUM_FORMS": "1000",
        "form-0-id": str(line.pk), "form-0-quantity": str(quantity),
    }, follow=True)


def test_lowering_a_basket_line_below_the_moq_is_refused(client, knife):
    client.post(f"/en/basket/add/{knife.pk}/", {"quantity": 150})
    line = Basket.objects.get().lines.get()

    basket_update(client, line, 60)

    line.refresh_from_db()
    assert line.quantity == 150


def test_lowering_a_basket_line_below_the_moq_names_the_minimum(client, knife):
    client.post(f"/en/basket/add/{knife.pk}/", {"quantity": 150})
    line = Basket.objects.get().lines.get()

    response = basket_update(client, line, 60)

    assert REFUSAL in response.content.decode()


def test_raising_a_basket_line_by_less_than_the_moq_is_accepted(client, knife):
    client.post(f"/en/basket/add/{knife.pk}/", {"quantity": 100})
    line = Basket.objects.get().lines.get()

    basket_update(client, line, 150)

    line.refresh_from_db()
    assert line.quantity == 150


def test_lowering_a_line_below_the_moq_of_an_untracked_product_names_the_minimum(
    client, knife
):
    product_class = knife.get_product_class()
    product_class.track_stock = False
    product_class.save()
    client.post(f"/en/basket/add/{knife.pk}/", {"quantity": 150})
    line = Basket.objects.get().lines.get()

    # Oscar's own form words this refusal as "Available stock is only %(max)d ...", with
    # no stock number to give: a TypeError.
    response = basket_update(client, line, 60)

    assert REFUSAL in response.content.decode()


def test_lowering_a_line_of_a_product_without_minimum_still_works(client, rates):
    product = product_in_category(add_category(["Kitchenware"]), price=Decimal("20.00"))
    client.post(f"/en/basket/add/{product.pk}/", {"quantity": 5})
    line = Basket.objects.get().lines.get()

    basket_update(client, line, 3)

    line.refresh_from_db()
    assert line.quantity == 3
