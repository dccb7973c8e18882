"""Goods shipped into mainland China are a cross-border retail import: the buyer's real name
and resident ID are required and checked, the tax computed per seller's order and an order
over the limits refused with the reason; nothing is ordered then."""

import pytest
from oscar.core.loading import get_model

from marketplace.cbec_tax.models import CbecPurchase

from .conftest import add, choose_payment, choose_terms, give_address, listing, place

pytestmark = pytest.mark.django_db
Order = get_model("order", "Order")

VALID_ID = "441702199001011233"  # DOMAIN.md §7's synthetic example


@pytest.fixture
def knife_set(sellers):
    product = listing(sellers[0], price="100.00", moq=1)
    product.hs_code_id = "8211100000"
    product.save()
    return product


def checkout_to_china(client, buyer, product, quantity, seller):
    client.force_login(buyer)
    client.cookies["display_currency"] = "CNY"
    add(client, product, quantity)
    assert give_address(client, country="CN", line4="Shanghai", postcode="200000").status_code == 302
    assert choose_terms(client, {seller: ("EXW", "", "")}).status_code == 302
    assert choose_payment(client, "card").status_code == 302


def test_the_review_asks_for_the_buyers_identity(client, buyer, knife_set, sellers):
    checkout_to_china(client, buyer, knife_set, 10, sellers[0])
    page = client.get("/en/checkout/preview/").content.decode()
    assert "Resident ID number" in page and "Cross-border import into China" in page


def test_a_malformed_id_number_is_refused_and_nothing_is_ordered(client, buyer, knife_set, sellers):
    checkout_to_china(client, buyer, knife_set, 10, sellers[0])
    response = place(client, name="张三", id_number="441702199001011234")
    assert response.status_code == 400
    assert "check digit" in response.content.decode().lower() or "ID number" in response.content.decode()
    assert not Order.objects.exists() and not CbecPurchase.objects.exists()


def test_a_valid_identity_places_the_order_and_counts_it(client, buyer, knife_set, sellers):
    checkout_to_china(client, buyer, knife_set, 10, sellers[0])
    response = place(client, name="张三", id_number=VALID_ID)
    assert response.status_code == 302
    order = Order.objects.get()
    record = CbecPurchase.objects.get(order_number=order.number)
    assert record.customs_value == order.lines.get().line_price_cny


def test_an_order_over_the_single_purchase_limit_is_refused_with_the_reason(client, buyer, knife_set, sellers):
    checkout_to_china(client, buyer, knife_set, 60, sellers[0])  # CN¥6,000 > CN¥5,000
    response = place(client, name="张三", id_number=VALID_ID)
    assert response.status_code == 400
    assert "over the limit" in response.content.decode()
    assert not Order.objects.exists() and not CbecPurchase.objects.exists()
    # The basket is not lost: the buyer may lower the quantity and try again.
    assert buyer.baskets.get().status == "Open"
