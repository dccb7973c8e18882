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


def to_review(client, sellers, *, method="card", deposit=30, knife_terms=None, wok_terms=None):
    knives, kitchen = sellers
    assert give_address(client).status_code == 302
    response = choose_terms(client, {knives: knife_terms or ("FOB|Yangjiang Port", "", ""),
                                     kitchen: wok_terms or ("EXW", "", "")})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert choose_payment(client, method, deposit).status_code == 302


def test_a_card_payment_pays_every_order_of_the_purchase_once(
        basket_of_two, sellers, gateway, django_capture_on_commit_callbacks):
    client = basket_of_two
    to_review(client, sellers)
    place(client)
    purchase = Purchase.objects.get()
    page = client.get(f"/en/checkout/pay/{purchase.reference}/")
    assert page.status_code == 200
    assert 'id="payment-element"' in page.content.decode()
    policy = page["Content-Security-Policy"]
    assert "script-src 'self' https://js.stripe.com" in policy and "https://api.stripe.com" in policy
    secret = page.context["client_secret"]
    # A reload keeps the same payment: two tabs cannot charge the buyer twice.
    assert client.get(f"/en/checkout/pay/{purchase.reference}/").context["client_secret"] == secret

    intent_id = secret.split("_secret_")[0]
    gateway.mark_succeeded(intent_id)  # what Stripe's Payment Element does in the browser
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(f"/en/checkout/paid/{purchase.reference}/")
    assert response["Location"] == f"/en/checkout/purchases/{purchase.reference}/"
    orders = list(purchase.orders.all())
    assert {order.status for order in orders} == {statuses.PAID}
    for order in orders:
        [source] = order.sources.all()
        assert (source.amount_debited, source.reference) == (order.total_incl_tax, intent_id)
    summary = client.get(response["Location"]).content.decode()
    assert "paid" in summary and purchase.orders.first().number in summary
    # Paid: the pay page sends the buyer to the summary instead of charging again.
    assert client.get(f"/en/checkout/pay/{purchase.reference}/").status_code == 302


def test_a_bank_transfer_order_gets_a_deposit_plan_per_seller(basket_of_two, sellers):
    client = basket_of_two
    to_review(client, sellers, method="bank_transfer", deposit=30)
    response = place(client)
    purchase = Purchase.objects.get()
    assert response["Location"] == f"/en/checkout/purchases/{purchase.reference}/"
    for order in purchase.orders.all():
        assert order.status == statuses.AWAITING_PAYMENT
        plan = order.payment_plan
        assert plan.deposit_amount + plan.balance_amount == order.total_incl_tax
    summary = client.get(response["Location"]).content.decode()
    assert "proforma-invoice.pdf" in summary


def test_another_buyers_purchase_is_not_found(basket_of_two, sellers, client, django_user_model):
    to_review(basket_of_two, sellers, method="bank_transfer")
    place(basket_of_two)
    reference = Purchase.objects.get().reference
    other = django_user_model.objects.create_user(username="eve", email="eve@example.com", password="x")
    client.force_login(other)
    for url in (f"/en/checkout/purchases/{reference}/", f"/en/checkout/pay/{reference}/",
                f"/en/checkout/paid/{reference}/"):
        assert client.get(url).status_code == 404


def test_a_country_the_seller_does_not_ship_to_is_refused_and_nothing_is_ordered(basket_of_two, sellers):
    from marketplace.freight.models import SellerShippingProfile

    client = basket_of_two
    knives, kitchen = sellers
    profile = SellerShippingProfile.objects.get(partner=kitchen)
    profile.countries = ["FR", "DE"]
    profile.save()
    give_address(client)
    response = choose_terms(client, {knives: ("FOB|Yangjiang Port", "", ""), kitchen: ("DAP", "Madrid", "")})
    assert response.status_code == 400
    assert "Hailing Kitchenware does not ship to Spain." in response.content.decode()
    assert client.get("/en/checkout/preview/").status_code == 302
    assert not Order.objects.exists()


def test_a_term_the_seller_does_not_offer_is_refused(basket_of_two, sellers):
    client = basket_of_two
    knives, kitchen = sellers
    give_address(client)
    response = choose_terms(client, {knives: ("CIF|Valencia", "", ""), kitchen: ("EXW", "", "")})
    assert response.status_code == 400
    assert "Select a valid choice. CIF|Valencia is not one of the available choices." in response.content.decode()


def test_a_named_place_is_plain_bounded_text(basket_of_two, sellers):
    client = basket_of_two
    knives, kitchen = sellers
    give_address(client)
    response = choose_terms(client, {knives: ("FOB|Yangjiang Port", "", ""),
                                     kitchen: ("EXW", "x" * 150, "")})
    assert response.status_code == 400
    assert "Keep the named place within 100 characters." in response.content.decode()
    response = choose_terms(client, {knives: ("FOB|Yangjiang Port", "", ""),
                                     kitchen: ("EXW", "<script>alert(1)</script>", "")})
    assert response.status_code == 302
    assert choose_payment(client).status_code == 302
    page = client.get("/en/checkout/preview/").content.decode()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_a_basket_under_the_moq_cannot_check_out(client, buyer, knife):
    client.force_login(buyer)
    add(client, knife, 10)
    line = buyer.baskets.get().lines.get()
    line.quantity = 5  # as if the MOQ had been raised since
    line.save()
    response = client.get("/en/checkout/shipping-method/")
    assert response.status_code == 302
    assert not Order.objects.exists()


def test_buyer_and_each_seller_see_the_order_under_its_terms(basket_of_two, sellers, client, django_user_model):
    to_review(basket_of_two, sellers, method="bank_transfer", deposit=30)
    place(basket_of_two)
    knives, kitchen = sellers
    fob = Order.objects.get(lines__partner=knives)
    other = Order.objects.get(lines__partner=kitchen)

    page = basket_of_two.get(f"/en/accounts/orders/{fob.number}/").content.decode()
    assert "FOB Yangjiang Port" in page and "Who pays under FOB" in page
    assert fob.payment_plan.reference in page

    seller = django_user_model.objects.create_user(username="blades", email="s@example.cn", password="x")
    knives.users.add(seller)
    from django.contrib.auth.models import Permission

    seller.user_permissions.add(Permission.objects.get(codename="dashboard_access"))
    client.force_login(seller)
    own = client.get(f"/dashboard/orders/{fob.number}/")
    assert own.status_code == 200
    text = own.content.decode()
    assert "Goods in CNY" in text and "CN¥1,000.00" in text and "FOB Yangjiang Port" in text
    assert client.get(f"/dashboard/orders/{other.number}/", follow=True).status_code == 404
