"""Staff's bulk price change (Oscar's "Update product prices") within the price bounds.

Every price it would write is checked before anything is written: a price of zero or less,
or above the ceiling, is refused on the form with the products named, and no stock record
changes (the database's CHECK constraints used to answer with a server error).
"""

import html
import re
from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from marketplace.oscar_apps.partner.validators import MAX_UNIT_PRICE

pytestmark = pytest.mark.django_db

StockRecord = get_model("partner", "StockRecord")

PRODUCTS = "/dashboard/catalogue/"


def bulk_form(client, *sellers):
    """Starts the action on the product list; returns the confirmation page's URL."""
    response = client.post(PRODUCTS, {"action": "set_product_price",
                                      "selected_product": [s.product.pk for s in sellers]})
    assert response.status_code == 302
    return response["Location"]


def change(client, sellers, **fields):
    url = bulk_form(client, *sellers)
    data = {"selected_products": [s.product.pk for s in sellers],
            "partners": [s.partner.pk for s in sellers], "confirm_irreversible": "on",
            **{name: str(value) for name, value in fields.items()}}
    return client.post(url, data)


def error(response):
    """The form's error sentence (the page also lists the selected products)."""
    found = re.search(r"This change would [^<]*", response.text)
    assert found, "no error on the form"
    return html.unescape(found.group(0))


def prices(*sellers):
    return [StockRecord.objects.get(pk=s.stockrecord.pk).price for s in sellers]


@pytest.mark.parametrize("fields", [
    {"new_price": "0"}, {"new_price": "-5"}, {"new_price": MAX_UNIT_PRICE + 1},
])
def test_a_new_price_out_of_bounds_is_refused_on_the_form(staff_client, seller_a, seller_b,
                                                          fields):
    before = prices(seller_a, seller_b)

    response = change(staff_client, [seller_a, seller_b], **fields)

    assert response.status_code == 200
    assert ("A price must be more than zero." in response.text
            or "A unit price may be at most" in response.text)
    assert prices(seller_a, seller_b) == before


def test_a_decrease_to_zero_names_the_products_and_changes_nothing(staff_client, seller_a,
                                                                   seller_b):
    StockRecord.objects.filter(pk=seller_a.stockrecord.pk).update(price=Decimal("3.00"))
    StockRecord.objects.filter(pk=seller_b.stockrecord.pk).update(price=Decimal("90.00"))

    response = change(staff_client, [seller_a, seller_b], increase_by_amount="-3.00")

    assert response.status_code == 200
    assert error(response) == (
        "This change would bring the price of “Eighteen Chef Knife 8in” to zero or below; "
        "a price must be more than zero. Nothing was changed.")  # 90.00 - 3.00 is fine
    assert prices(seller_a, seller_b) == [Decimal("3.00"), Decimal("90.00")]


@pytest.mark.parametrize("percentage", ["-100", "-150", "-99.99"])
def test_a_percentage_cut_to_nothing_is_refused(staff_client, seller_a, percentage):
    StockRecord.objects.filter(pk=seller_a.stockrecord.pk).update(price=Decimal("0.20"))

    response = change(staff_client, [seller_a], increase_by_percentage=percentage)

    assert "would bring the price of “Eighteen Chef Knife 8in”" in error(response)
    assert prices(seller_a) == [Decimal("0.20")]


def test_a_rise_above_the_ceiling_is_refused(staff_client, seller_a, seller_b):
    StockRecord.objects.filter(pk=seller_a.stockrecord.pk).update(price=MAX_UNIT_PRICE - 10)
    before = prices(seller_a, seller_b)

    for fields in ({"increase_by_amount": "10.01"}, {"increase_by_percentage": "1"}):
        response = change(staff_client, [seller_a, seller_b], **fields)
        assert error(response) == (
            "This change would raise the price of “Eighteen Chef Knife 8in” above "
            "1000000.00, the most a unit price may be. Nothing was changed."), fields
        assert prices(seller_a, seller_b) == before


def test_a_change_within_the_bounds_is_made(staff_client, seller_a, seller_b):
    StockRecord.objects.filter(pk=seller_a.stockrecord.pk).update(price=Decimal("3.00"))
    StockRecord.objects.filter(pk=seller_b.stockrecord.pk).update(price=Decimal("90.00"))

    response = change(staff_client, [seller_a, seller_b], increase_by_amount="-2.99")
    assert response.status_code == 302
    assert prices(seller_a, seller_b) == [Decimal("0.01"), Decimal("87.01")]

    response = change(staff_client, [seller_a, seller_b], new_price="12.50")
    assert response.status_code == 302
    assert prices(seller_a, seller_b) == [Decimal("12.50"), Decimal("12.50")]


def test_a_product_title_in_the_error_is_escaped(staff_client, seller_a):
    from oscar.core.loading import get_model

    get_model("catalogue", "Product").objects.filter(pk=seller_a.product.pk).update(
        title_en="<img src=x onerror=alert(1)>")
    StockRecord.objects.filter(pk=seller_a.stockrecord.pk).update(price=Decimal("1.00"))

    response = change(staff_client, [seller_a], increase_by_amount="-1")

    assert "would bring the price of" in response.text
    assert "<img src=x" not in response.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in response.text
