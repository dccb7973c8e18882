"""Two deliveries of one event at the same moment (Stripe retries while the first is slow)."""

import threading
from decimal import Decimal

import pytest
from django.db import connection, connections

from marketplace.payments.models import CardPayment, CardPaymentStatus, GatewayEvent
from marketplace.payments.services import handle_webhook, start_card_payment
from marketplace.payments.signals import payment_succeeded

from .conftest import intent_object, signed, stripe_event


@pytest.mark.django_db
def test_an_event_recorded_by_a_delivery_that_has_not_processed_it_yet_is_processed_once(gateway):
    """What the second of two concurrent deliveries finds once it holds the row lock: the row
    exists (get_or_create found it) and its processed_at says whether the first finished."""
    payment = start_card_payment(reference="100501", amount=Decimal("5.00"), currency="EUR").payment
    event = stripe_event("evt_half", "payment_intent.succeeded", intent_object(payment.intent_id))
    GatewayEvent.objects.create(event_id="evt_half", type=event["type"], payload=event)
    assert handle_webhook(*signed(event)).value == "applied"
    assert handle_webhook(*signed(event)).value == "replay"
    assert GatewayEvent.objects.filter(event_id="evt_half").count() == 1


# SQLite's in-memory test database (shared cache) answers a second writer with "table is
# locked" at once instead of waiting: real concurrency is tested on a database that waits
# (PostgreSQL in CI, or a file SQLite).
@pytest.mark.django_db(transaction=True)
def test_concurrent_deliveries_of_one_event_record_it_once_and_succeed_once(gateway):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("in-memory SQLite cannot hold two writers")
    payment = start_card_payment(reference="100500", amount=Decimal("99.00"), currency="USD").payment
    body, signature = signed(stripe_event("evt_race", "payment_intent.succeeded", intent_object(payment.intent_id)))
    calls, outcomes, errors = [], [], []
    payment_succeeded.connect(lambda sender, payment, **kw: calls.append(payment.pk), dispatch_uid="race", weak=False)
    start = threading.Barrier(4)

    def deliver():
        try:
            start.wait()
            outcomes.append(handle_webhook(body, signature).value)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        payment_succeeded.disconnect(dispatch_uid="race")
    assert errors == []
    assert sorted(outcomes) == ["applied", "replay", "replay", "replay"]
    assert GatewayEvent.objects.filter(event_id="evt_race").count() == 1
    assert CardPayment.objects.get(pk=payment.pk).status == CardPaymentStatus.SUCCEEDED
    assert calls == [payment.pk]
