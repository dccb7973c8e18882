"""Two deliveries of one event at the same moment (Stripe retries while the first is slow)."""

import threading
from decimal import Decimal

import pytest
from django.db import connections

from marketplace.payments.models import CardPayment, CardPaymentStatus, GatewayEvent
from marketplace.payments.services import handle_webhook, start_card_payment
from marketplace.payments.signals import payment_succeeded

from .conftest import intent_object, signed, stripe_event


@pytest.mark.django_db(transaction=True)
def test_concurrent_deliveries_of_one_event_record_it_once_and_succeed_once(gateway):
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
