"""The seller moves its order on from the dashboard's order page: production, shipment
(carrier and tracking number) and delivery once paid; the page shows the order's history
and only the moves the seller may make; another seller's order stays a 404."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from marketplace.order_lifecycle import statuses
from marketplace.order_lifecycle.models import Role, StatusChangeDetail

from .conftest import place_order

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")

ORDERS = "/dashboard/orders/"


def pay(order, amount=None):
    source_type, _created = SourceType.objects.get_or_create(name="Bank transfer")
    amount = order.total_incl_tax if amount is None else Decimal(amount)
    Source.objects.create(order=order, source_type=source_type, currency=order.currency,
                          amount_allocated=amount, amount_debited=amount)


@pytest.fixture
def a_order(seller_a):
    return place_order("A-ONLY-300", seller_a.product)


def offered(page):
    """The statuses offered in the order page's move form."""
    form = page.split('id="order_moves"', 1)[1].split("</form>", 1)[0]
    return [status for status in statuses.LABELS if f'<option value="{status}"' in form]


def status_of(order):
    return Order.objects.get(pk=order.pk).status


def test_a_paid_order_offers_production_and_shipment(seller_a, a_order):
    pay(a_order)
    a_order.set_status(statuses.PAID)
    page = seller_a.client.get(f"{ORDERS}{a_order.number}/").text
    assert offered(page) == [statuses.IN_PRODUCTION, statuses.SHIPPED]
    assert "can&#x27;t have its status changed" not in page
    assert 'name="tracking_number"' in page and 'name="carrier"' in page
    history = page.split('id="order_history"', 1)[1]
    assert "Paid" in history and "System" in history


def test_an_unpaid_order_offers_nothing_and_says_why(seller_a, a_order):
    page = seller_a.client.get(f"{ORDERS}{a_order.number}/").text
    assert offered(page) == []
    assert "Waiting for the buyer&#x27;s payment" in page


def test_in_production_on_a_deposit_shipping_waits_for_the_balance(seller_a, a_order):
    a_order.set_status(statuses.AWAITING_PAYMENT)
    pay(a_order, "50.00")
    a_order.set_status(statuses.DEPOSIT_PAID)
    page = seller_a.client.get(f"{ORDERS}{a_order.number}/").text
    assert offered(page) == [statuses.IN_PRODUCTION]
    assert "not fully paid yet" in page  # why shipping is not offered

    seller_a.client.post(f"{ORDERS}{a_order.number}/", {
        "order_action": "move_order", "new_status": statuses.IN_PRODUCTION})
    assert status_of(a_order) == statuses.IN_PRODUCTION
    page = seller_a.client.get(f"{ORDERS}{a_order.number}/").text
    assert offered(page) == []
    assert "not fully paid yet" in page
    response = seller_a.client.post(f"{ORDERS}{a_order.number}/", {
        "order_action": "move_order", "new_status": statuses.SHIPPED, "carrier": "DHL",
        "tracking_number": "JD0001"})
    assert response.status_code == 200
    assert status_of(a_order) == statuses.IN_PRODUCTION


def test_the_seller_ships_with_a_tracking_number(seller_a, a_order):
    pay(a_order)
    a_order.set_status(statuses.PAID)
    url = f"{ORDERS}{a_order.number}/"

    response = seller_a.client.post(url, {"order_action": "move_order", "new_status": statuses.SHIPPED,
                                          "carrier": "COSCO", "tracking_number": ""})
    assert response.status_code == 200
    assert "Give the shipment&#x27;s tracking number." in response.text
    assert status_of(a_order) == statuses.PAID

    response = seller_a.client.post(url, {"order_action": "move_order", "new_status": statuses.SHIPPED,
                                          "carrier": "COSCO", "tracking_number": "<b>x</b>"})
    assert "Enter the tracking number as the carrier gives it" in response.text
    assert status_of(a_order) == statuses.PAID

    response = seller_a.client.post(url, {"order_action": "move_order", "new_status": statuses.SHIPPED,
                                          "carrier": "COSCO", "tracking_number": "COSU6123456780"},
                                    follow=True)
    assert "is now: Shipped" in response.text
    assert status_of(a_order) == statuses.SHIPPED
    detail = StatusChangeDetail.objects.get(status_change__new_status=statuses.SHIPPED)
    assert (detail.role, detail.changed_by, detail.tracking_number) == (
        Role.SELLER, seller_a.user, "COSU6123456780")
    assert "COSCO, tracking number COSU6123456780" in response.text
    assert offered(response.text) == [statuses.DELIVERED]


def test_a_move_the_seller_may_not_make_changes_nothing(seller_a, a_order):
    for status in (statuses.CANCELLED, statuses.PAID, statuses.IN_PRODUCTION):
        response = seller_a.client.post(f"{ORDERS}{a_order.number}/", {
            "order_action": "move_order", "new_status": status})
        assert response.status_code == 200
        assert status_of(a_order) == statuses.PLACED


def test_another_sellers_order_is_a_404(seller_a, seller_b, orders):
    order = orders["b_only"]
    pay(order)
    order.set_status(statuses.PAID)
    response = seller_a.client.post(f"{ORDERS}{order.number}/", {
        "order_action": "move_order", "new_status": statuses.IN_PRODUCTION}, follow=True)
    assert response.status_code == 404
    assert status_of(order) == statuses.PAID
    assert seller_a.client.get(f"{ORDERS}{order.number}/messages/", follow=True).status_code == 404


def test_an_order_of_two_sellers_is_moved_by_staff(seller_a, orders, staff_client):
    order = orders["shared"]
    pay(order)
    order.set_status(statuses.PAID)
    page = seller_a.client.get(f"{ORDERS}{order.number}/").text
    assert offered(page) == []
    assert "holds other sellers&#x27; goods" in page

    staff_page = staff_client.get(f"{ORDERS}{order.number}/").text
    assert statuses.REFUNDED in offered(staff_page)
    staff_client.post(f"{ORDERS}{order.number}/", {"order_action": "move_order",
                                                   "new_status": statuses.IN_PRODUCTION})
    assert status_of(order) == statuses.IN_PRODUCTION
    detail = StatusChangeDetail.objects.get(status_change__new_status=statuses.IN_PRODUCTION)
    assert detail.role == Role.STAFF


def test_staffs_status_form_logs_staff_and_still_needs_tracking_to_ship(a_order, staff_client):
    pay(a_order)
    a_order.set_status(statuses.PAID)
    url = f"{ORDERS}{a_order.number}/"
    staff_client.post(url, {"order_action": "change_order_status", "new_status": statuses.SHIPPED})
    assert status_of(a_order) == statuses.PAID
    staff_client.post(url, {"order_action": "change_order_status", "new_status": statuses.IN_PRODUCTION})
    assert status_of(a_order) == statuses.IN_PRODUCTION
    detail = StatusChangeDetail.objects.get(status_change__new_status=statuses.IN_PRODUCTION)
    assert detail.role == Role.STAFF


def test_staffs_bulk_change_goes_through_the_lifecycle(a_order, staff_client):
    staff_client.post(ORDERS, {"action": "change_order_statuses", "selected_order": [a_order.pk],
                               "new_status": statuses.CANCELLED})
    assert status_of(a_order) == statuses.CANCELLED
    assert StatusChangeDetail.objects.get().role == Role.STAFF
