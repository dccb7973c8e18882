"""The buyer's order page: the order's history (status, when, who by role, the shipment's
carrier and tracking number) and buttons for what the buyer may do next, posted to
/<lang>/orders/<number>/move/."""

import pytest
from oscar.core.loading import get_model

from marketplace.order_lifecycle import statuses
from marketplace.order_lifecycle.services import move_order
from tests.order_lifecycle.conftest import login, pay
from tests.sellers.factories import UserFactory

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")


def page_url(order):
    return f"/en/accounts/orders/{order.number}/"


def move_url(order):
    return f"/en/orders/{order.number}/move/"


def buttons(page):
    return [button for button in ("Cancel the order", "Confirm the goods arrived") if button in page]


def test_a_placed_order_offers_only_cancelling(order, buyer_client):
    page = buyer_client.get(page_url(order)).text
    assert buttons(page) == ["Cancel the order"]
    assert 'id="order_history"' in page and "No status change yet." in page
    assert f'action="{move_url(order)}"' in page


def test_the_history_says_who_moved_the_order_and_how_it_travels(order, seller, buyer_client):
    pay(order)
    order.set_status(statuses.PAID)
    move_order(order, statuses.SHIPPED, by=seller.user, carrier="COSCO",
               tracking_number="COSU6123456780", note="Two cartons <b>fragile</b>")

    page = buyer_client.get(page_url(order)).text
    rows = page.split('class="status-change"')[1:]
    assert "Placed" in rows[0] and "Paid" in rows[0] and "System" in rows[0]
    assert "Shipped" in rows[1] and "Seller" in rows[1]
    assert "COSCO, tracking number COSU6123456780" in rows[1]
    assert "&lt;b&gt;" not in rows[1] and "<b>" not in rows[1]  # stored as plain text
    assert buttons(page) == ["Confirm the goods arrived"]


def test_a_paid_order_offers_the_buyer_nothing(order, buyer_client):
    pay(order)
    order.set_status(statuses.PAID)
    assert buttons(buyer_client.get(page_url(order)).text) == []


def test_the_buyer_cancels_from_its_order_page(order, buyer_client):
    response = buyer_client.post(move_url(order), {"new_status": statuses.CANCELLED}, follow=True)
    assert response.redirect_chain[-1][0] == page_url(order)
    assert "Your order is now: Cancelled." in response.text
    assert Order.objects.get(pk=order.pk).status == statuses.CANCELLED
    assert buttons(response.text) == []
    assert "Buyer" in response.text.split('class="status-change"')[1]


def test_the_buyer_confirms_delivery_from_its_order_page(order, seller, buyer_client):
    pay(order)
    order.set_status(statuses.PAID)
    move_order(order, statuses.SHIPPED, by=seller.user, carrier="DHL", tracking_number="JD0001")
    buyer_client.post(move_url(order), {"new_status": statuses.COMPLETED})
    assert Order.objects.get(pk=order.pk).status == statuses.COMPLETED


@pytest.mark.parametrize("status", [statuses.COMPLETED, statuses.SHIPPED, statuses.PAID, "", "Nope"])
def test_a_move_not_offered_changes_nothing(order, buyer_client, status):
    response = buyer_client.post(move_url(order), {"new_status": status}, follow=True)
    assert response.status_code == 200
    assert "This order cannot be moved that way now." in response.text
    assert Order.objects.get(pk=order.pk).status == statuses.PLACED


def test_a_cancellation_once_paid_is_refused(order, buyer_client):
    page = buyer_client.get(page_url(order)).text  # the buyer looked before paying
    assert buttons(page) == ["Cancel the order"]
    pay(order)
    order.set_status(statuses.PAID)
    response = buyer_client.post(move_url(order), {"new_status": statuses.CANCELLED}, follow=True)
    assert "This order cannot be moved that way now." in response.text
    assert Order.objects.get(pk=order.pk).status == statuses.PAID


def test_nobody_else_moves_or_sees_the_buyers_order(order, seller):
    for client in (login(UserFactory()), seller.client):
        assert client.post(move_url(order), {"new_status": statuses.CANCELLED}).status_code == 404
        assert client.get(page_url(order)).status_code == 404
    assert Order.objects.get(pk=order.pk).status == statuses.PLACED


def test_moving_is_a_post_by_a_signed_in_buyer(order, buyer_client, client):
    assert buyer_client.get(move_url(order)).status_code == 405
    response = client.post(move_url(order), {"new_status": statuses.CANCELLED})
    assert response.status_code == 302 and "login" in response["Location"]
    assert Order.objects.get(pk=order.pk).status == statuses.PLACED
