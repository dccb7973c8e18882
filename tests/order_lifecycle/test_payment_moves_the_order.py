"""A card payment confirmed by the gateway's webhook moves the order to Paid, once; refunds
are recorded and a full refund moves it to Refunded. Orders follow the marketplace's
pipeline (placed, awaiting payment, paid, in production, shipped, delivered, completed)."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from marketplace.order_lifecycle import statuses
from marketplace.payments.services import refund_card_payment, start_card_payment
from tests.payments.conftest import intent_object, signed, stripe_event

pytestmark = pytest.mark.django_db

OrderStatusChange = get_model("order", "OrderStatusChange")
Source = get_model("payment", "Source")

WEBHOOK = "/payments/webhooks/stripe/"


@pytest.fixture
def order():
    return create_order(number="200077")


@pytest.fixture
def payment(gateway, order):
    return start_card_payment(reference=order.number, amount=Decimal("123.45"), currency="EUR").payment


def deliver(client, payment, event_id, event_type="payment_intent.succeeded"):
    event = stripe_event(event_id, event_type, intent_object(
        payment.intent_id, amount=12345, currency="eur", reference=payment.reference))
    body, signature = signed(event)
    return client.post(WEBHOOK, data=body, content_type="application/json", HTTP_STRIPE_SIGNATURE=signature)


def test_a_new_order_is_placed_and_may_only_move_along_the_pipeline(order):
    assert order.status == statuses.PLACED
    assert list(order.available_statuses()) == [statuses.AWAITING_PAYMENT, statuses.PAID, statuses.CANCELLED]
    assert all(line.status == statuses.PLACED for line in order.lines.all())


def test_the_webhook_of_a_paid_intent_moves_the_order_to_paid_once(
        client, order, payment, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for event_id in ("evt_1", "evt_1", "evt_2"):  # a replay, and a second event of the same payment
            assert deliver(client, payment, event_id).status_code == 200

    order.refresh_from_db()
    assert order.status == statuses.PAID
    assert OrderStatusChange.objects.filter(order=order).count() == 1
    [source] = Source.objects.filter(order=order)
    assert (source.reference, source.currency, source.amount_debited) == (
        payment.intent_id, "EUR", Decimal("123.45"))


def test_a_payment_after_cancellation_leaves_the_order_cancelled(
        client, order, payment, django_capture_on_commit_callbacks):
    order.set_status(statuses.CANCELLED)

    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, payment, "evt_late")

    order.refresh_from_db()
    assert order.status == statuses.CANCELLED
    assert Source.objects.filter(order=order).count() == 1  # recorded, for staff to refund


def test_refunds_are_recorded_and_a_full_refund_moves_the_order_and_its_lines(
        client, order, payment, gateway, django_capture_on_commit_callbacks):
    gateway.mark_succeeded(payment.intent_id)  # the card was charged at the gateway
    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, payment, "evt_paid")
        payment.refresh_from_db()
        refund_card_payment(payment, Decimal("23.45"))
    order.refresh_from_db()
    assert order.status == statuses.PAID
    assert Source.objects.get(order=order).amount_refunded == Decimal("23.45")

    with django_capture_on_commit_callbacks(execute=True):
        payment.refresh_from_db()
        refund_card_payment(payment)
    order.refresh_from_db()
    assert order.status == statuses.REFUNDED
    assert Source.objects.get(order=order).amount_refunded == Decimal("123.45")
    assert {line.status for line in order.lines.all()} == {statuses.REFUNDED}


def test_a_payment_for_an_unknown_order_changes_nothing(client, gateway, django_capture_on_commit_callbacks):
    payment = start_card_payment(reference="NO-SUCH-ORDER", amount=Decimal("5.00"), currency="EUR").payment
    with django_capture_on_commit_callbacks(execute=True):
        assert deliver(client, payment, "evt_x").status_code == 200
    assert not Source.objects.exists()


def test_staff_are_offered_the_next_statuses_on_the_order_page(order):
    from django.test import Client

    from tests.sellers.factories import UserFactory

    client = Client()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    page = client.get(f"/dashboard/orders/{order.number}/").content.decode()
    assert "can&#x27;t have its status changed" not in page and "can't have its status changed" not in page
    assert f'value="{statuses.AWAITING_PAYMENT}"' in page

    response = client.post(f"/dashboard/orders/{order.number}/",
                           {"order_action": "change_order_status", "new_status": statuses.SHIPPED})
    order.refresh_from_db()
    assert order.status == statuses.PLACED  # not a move the pipeline allows
    client.post(f"/dashboard/orders/{order.number}/",
                {"order_action": "change_order_status", "new_status": statuses.AWAITING_PAYMENT})
    order.refresh_from_db()
    assert order.status == statuses.AWAITING_PAYMENT
    assert response.status_code in (200, 302)
