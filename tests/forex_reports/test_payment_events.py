"""Each payment received writes its balance-of-payments record (outbox, kind forex) in the
transaction that records the payment: a card payment marked paid by the gateway's webhook,
a bank transfer recorded by staff."""

import json
from datetime import date
from decimal import Decimal

import pytest

from marketplace.bank_transfer.services import PlanError, create_plan, record_receipt
from marketplace.outbox.models import OutboxMessage
from marketplace.payments.services import handle_webhook, start_card_payment
from tests.factories import rate
from tests.payments.conftest import gateway, intent_object, signed, stripe_event  # noqa: F401
from tests.rebates.conftest import export_order, seller

from .conftest import card_purchase

pytestmark = pytest.mark.django_db


def fx_messages():
    return list(OutboxMessage.objects.filter(kind="forex", message_type="FX_RECEIPT"))


def succeed(payment, event_id="evt_1"):
    event = stripe_event(event_id, "payment_intent.succeeded",
                         intent_object(payment.intent_id, amount=100000, currency="usd", reference=payment.reference))
    return handle_webhook(*signed(event))


def test_a_card_payment_marked_paid_writes_one_bop_record(gateway):  # noqa: F811
    rate("USD", "CNY", "7.1", on=date(2026, 1, 1), source="PBOC central parity")
    card_purchase("P700", currency="USD", amount="1000.00", country="US", paid_on=date(2026, 11, 20),
                  partner=seller(), status="processing")
    payment = start_card_payment(reference="P700", amount=Decimal("1000.00"), currency="USD").payment

    succeed(payment)
    succeed(payment, event_id="evt_2")  # a replayed success changes nothing

    [message] = fx_messages()
    body = json.loads(message.payload)
    assert message.subject == "P700" and message.status == "pending"
    assert body["channel"] == "card" and body["bop_code"] == "122030"
    assert body["currency"] == "USD" and body["amount"] == "1000.00" and body["amount_cny"] == "7100.00"
    assert body["payer_country"] == "US" and body["category"] == "fx"


def test_a_failed_card_payment_writes_nothing(gateway):  # noqa: F811
    payment = start_card_payment(reference="P701", amount=Decimal("10.00"), currency="USD").payment
    event = stripe_event("evt_9", "payment_intent.payment_failed",
                         intent_object(payment.intent_id, amount=1000, currency="usd", reference="P701",
                                       status="requires_payment_method"))
    handle_webhook(*signed(event))
    assert fx_messages() == []


def test_a_bank_transfer_writes_its_bop_record_once_and_rolls_back_with_it():
    rate("CNY", "EUR", "0.13", on=date(2026, 11, 5), source="BOC")
    order = export_order("BT-9", [("Wok", "7323990000", "300.00", 1, "piece")], partner=seller(),
                         currency="EUR", country="ES")
    create_plan(order, deposit_percent=0)

    record_receipt(order, amount=Decimal("300.00"), received_on=date(2026, 11, 20), bank_reference="FT9", by=None)
    record_receipt(order, amount=Decimal("300.00"), received_on=date(2026, 11, 20), bank_reference="FT9", by=None)

    [message] = fx_messages()
    body = json.loads(message.payload)
    assert body["channel"] == "bank_transfer" and body["bop_code"] == "121010"
    assert body["currency"] == "EUR" and body["amount"] == "300.00" and body["orders"] == "BT-9"
    assert message.idempotency_key.startswith("forex:FX_RECEIPT:tt:")


def test_a_receipt_that_fails_leaves_no_bop_record():
    order = export_order("BT-10", [("Wok", "7323990000", "300.00", 1, "piece")], partner=seller(),
                         currency="EUR", country="ES")
    create_plan(order, deposit_percent=0)
    with pytest.raises(PlanError):
        record_receipt(order, amount=Decimal("0.001"), received_on=date(2026, 11, 20), bank_reference="FT10", by=None)
    assert fx_messages() == []
