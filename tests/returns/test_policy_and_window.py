"""The seller's return commitment (or the platform's default) on the buyer's order page,
and the rules of who may ask: retail orders only, once delivered, within the period."""

from datetime import timedelta

import pytest
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.buyers.models import BuyerCompany
from marketplace.returns.models import ReturnPolicy, ReturnRequest

from .conftest import ask, deliver, pay, place_order, request_url

pytestmark = pytest.mark.django_db

OrderStatusChange = get_model("order", "OrderStatusChange")
Purchase = get_model("order", "Purchase")


def order_page(client, order):
    return client.get(f"/en/accounts/orders/{order.number}/").text


def test_the_default_commitment_is_shown_when_the_seller_stated_none(card_order, buyer_client, settings):
    settings.MARKETPLACE_RETURN_DAYS = 21
    page = order_page(buyer_client, card_order)
    assert "The seller accepts returns within 21 days of delivery." in page
    assert "Return shipping is paid by: The buyer." in page
    assert request_url(card_order) in page and "Request a return" in page


def test_the_seller_states_its_commitment_in_the_dashboard(card_order, seller, buyer_client):
    page = seller.client.get("/dashboard/returns/policy/")
    assert page.status_code == 200 and "the platform's default" in page.text
    response = seller.client.post("/dashboard/returns/policy/", {
        "days_after_delivery": 30, "return_shipping_paid_by": "seller",
        "conditions": "Unused <script>alert(1)</script><b>only</b>"})
    assert response.status_code == 302
    policy = ReturnPolicy.objects.get(enterprise=seller.partner.enterprise)
    assert (policy.days_after_delivery, policy.return_shipping_paid_by) == (30, "seller")
    page = order_page(buyer_client, card_order)
    assert "within 30 days of delivery" in page and "Return shipping is paid by: The seller." in page
    assert "Unused" in page and "<script>alert(1)" not in page and "<b>only" not in page


@pytest.mark.parametrize("days", [-1, 366, "many"])
def test_a_commitment_out_of_bounds_is_a_field_error(seller, days):
    response = seller.client.post("/dashboard/returns/policy/", {
        "days_after_delivery": days, "return_shipping_paid_by": "buyer", "conditions": ""})
    assert response.status_code == 200 and 'class="error-block"' in response.text
    assert not ReturnPolicy.objects.exists()


def test_a_buyer_without_a_seller_cannot_open_the_policy_page(buyer_client, buyer):
    from django.test import Client

    client = Client()
    client.force_login(buyer)
    # A 404 outside the language prefix is first redirected by LocaleMiddleware to /en/...
    assert client.get("/dashboard/returns/policy/", follow=True).status_code == 404
    assert Client().get("/dashboard/returns/policy/").url.startswith("/dashboard/login/")


def test_a_b2b_order_is_refused_with_a_clear_message(seller, buyer, buyer_client):
    company = BuyerCompany.objects.create(legal_name="Cocina Bonita S.L.", country="ES")
    order = place_order("YJ-3001", buyer, seller.product)
    purchase = Purchase.objects.create(reference="P-3001", user=buyer, currency=order.currency,
                                       total=order.total_incl_tax, payment_method="card", company=company)
    order.purchase = purchase
    order.save(update_fields=["purchase"])
    pay(order)
    deliver(order)
    page = order_page(buyer_client, order)
    assert "Request a return" not in page
    response = ask(buyer_client, order)
    assert response.status_code == 302
    follow = buyer_client.get(response.url).text
    assert "Returns through the platform are for retail orders" in follow
    assert not ReturnRequest.objects.exists()


def test_an_order_not_yet_delivered_cannot_be_returned(seller, buyer, buyer_client):
    order = place_order("YJ-3002", buyer, seller.product)
    pay(order)
    order.set_status("Paid")
    assert "once the goods have been delivered" in order_page(buyer_client, order)
    ask(buyer_client, order)
    assert not ReturnRequest.objects.exists()


def test_the_period_runs_from_delivery(card_order, buyer_client, settings):
    settings.MARKETPLACE_RETURN_DAYS = 14
    delivered = OrderStatusChange.objects.get(order=card_order, new_status="Delivered")
    delivered.date_created = timezone.now() - timedelta(days=13, hours=23)
    delivered.save(update_fields=["date_created"])
    assert ask(buyer_client, card_order).status_code == 302
    assert ReturnRequest.objects.count() == 1

    delivered.date_created = timezone.now() - timedelta(days=14, minutes=1)
    delivered.save(update_fields=["date_created"])
    page = order_page(buyer_client, card_order)
    assert "The seller&#x27;s return period for this order has ended." in page
    ask(buyer_client, card_order)
    assert ReturnRequest.objects.count() == 1


def test_a_seller_stating_no_returns_takes_none(card_order, seller, buyer_client):
    ReturnPolicy.objects.create(enterprise=seller.partner.enterprise, days_after_delivery=0)
    assert "The seller does not accept returns." in order_page(buyer_client, card_order)
    ask(buyer_client, card_order)
    assert not ReturnRequest.objects.exists()
