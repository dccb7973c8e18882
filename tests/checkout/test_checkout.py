"""A basket of two sellers' goods is checked out once, under trade terms per seller, and
becomes one order per seller tied by one purchase, paid by card or by bank transfer."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from marketplace.order_lifecycle import statuses

from .conftest import add, choose_payment, choose_terms, give_address, place

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
Purchase = get_model("order", "Purchase")


@pytest.fixture
def basket_of_two(client, buyer, knife, wok, sellers):
    client.force_login(buyer)
    client.cookies["display_currency"] = "EUR"
    assert add(client, knife, 10).status_code == 302
    assert add(client, wok, 20).status_code == 302
    return client


def test_the_checkout_needs_an_account(client, knife):
    add(client, knife, 10)
    response = client.get("/en/checkout/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_each_seller_is_agreed_separately_and_becomes_an_order(basket_of_two, sellers):
    client = basket_of_two
    knives, kitchen = sellers
    assert give_address(client).status_code == 302
    page = client.get("/en/checkout/shipping-method/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Goods from Yangjiang Blades" in text and "Goods from Hailing Kitchenware" in text
    assert "FOB Yangjiang Port" in text

    express = next(option.code for option in page.context["terms_forms"][1].freight_choice.options
                   if not option.on_quote)
    response = choose_terms(client, {knives: ("FOB|Yangjiang Port", "", ""),
                                     kitchen: ("DAP", "Madrid", express)})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert choose_payment(client, "card").status_code == 302
    preview = client.get("/en/checkout/preview/")
    assert preview.status_code == 200
    assert "FOB Yangjiang Port" in preview.content.decode()
    assert "DAP Madrid" in preview.content.decode()

    response = place(client)
    assert response.status_code == 302, response.content.decode()[:3000]
    purchase = Purchase.objects.get()
    assert response["Location"] == f"/en/checkout/pay/{purchase.reference}/"
    orders = list(purchase.orders.order_by("number"))
    assert [order.number for order in orders] == [f"{purchase.reference}-1", f"{purchase.reference}-2"]
    by_seller = {order.lines.get().partner_id: order for order in orders}
    fob, dap = by_seller[knives.pk], by_seller[kitchen.pk]
    assert fob.trade_terms["incoterm"] == "FOB" and fob.trade_terms["named_place"] == "Yangjiang Port"
    assert fob.shipping_incl_tax == 0
    assert dap.trade_terms["incoterm"] == "DAP" and dap.trade_terms["named_place"] == "Madrid"
    assert dap.shipping_incl_tax > 0
    line = fob.lines.get()
    assert (line.unit_price_cny, line.line_price_cny) == (Decimal("100.00"), Decimal("1000.00"))
    assert line.unit_price_incl_tax == Decimal("13.00") and fob.currency == "EUR"
    assert purchase.total == fob.total_incl_tax + dap.total_incl_tax
    assert {order.status for order in orders} == {statuses.AWAITING_PAYMENT}
