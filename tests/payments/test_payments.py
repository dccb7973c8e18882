"""Starting card payments and refunding them, against the in-memory gateway."""

from decimal import Decimal

import pytest

from marketplace.payments.backends import get_gateway, locmem
from marketplace.payments.backends.locmem import LocmemGateway
from marketplace.payments.backends.stripe import StripeGateway
from marketplace.payments.models import CardPayment, CardPaymentStatus, CardRefund
from marketplace.payments.money import InvalidAmount
from marketplace.payments.selectors import net_paid
from marketplace.payments.services import (
    RefundRefused,
    handle_webhook,
    refund_card_payment,
    start_card_payment,
)
from marketplace.payments.signals import payment_refunded

from .conftest import signed, stripe_event

pytestmark = pytest.mark.django_db
S = CardPaymentStatus


def test_the_gateway_is_chosen_in_settings(settings):
    assert isinstance(get_gateway(), StripeGateway)
    settings.MARKETPLACE_PAYMENT_GATEWAY = "marketplace.payments.backends.locmem.LocmemGateway"
    assert isinstance(get_gateway(), LocmemGateway)


def test_a_payment_is_opened_in_the_buyers_currency_in_minor_units(gateway):
    started = start_card_payment(reference="100042", amount=Decimal("1500"), currency="JPY")
    assert started.publishable_key == "pk_test_12345"
    assert started.client_secret.startswith(started.payment.intent_id)
    assert locmem.intents[started.payment.intent_id].amount_minor == 1500
    payment = CardPayment.objects.get()
    assert (payment.reference, payment.amount, payment.currency, payment.status) == (
        "100042", Decimal("1500"), "JPY", S.REQUIRES_PAYMENT_METHOD)

    eur = start_card_payment(reference="100043", amount=Decimal("12.34"), currency="eur")
    assert locmem.intents[eur.payment.intent_id].amount_minor == 1234
    assert eur.payment.currency == "EUR"


@pytest.mark.parametrize("amount", [Decimal(0), Decimal("-5"), 12.5, 10, Decimal("10.001")])
def test_amounts_that_cannot_be_charged_never_reach_the_gateway(gateway, amount):
    with pytest.raises(InvalidAmount):
        start_card_payment(reference="100042", amount=amount, currency="EUR")
    assert locmem.intents == {}
    assert not CardPayment.objects.exists()


def test_a_declined_card_is_recorded_as_failed(gateway):
    payment = start_card_payment(reference="100042", amount=Decimal("50"), currency="USD",
                                 payment_method="pm_card_visa_chargeDeclined", confirm=True).payment
    assert payment.status == S.FAILED
    assert payment.failure_message


@pytest.fixture
def paid(gateway, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return start_card_payment(reference="100042", amount=Decimal("100.00"), currency="EUR",
                                  payment_method="pm_card_visa", confirm=True).payment


def test_a_partial_refund_is_recorded_from_the_gateways_answer(paid):
    refund = refund_card_payment(paid, Decimal("30.00"))
    assert (refund.amount, refund.status) == (Decimal("30.00"), "succeeded")
    assert locmem.refunds[0].amount_minor == 3000
    paid.refresh_from_db()
    assert (paid.status, paid.amount_refunded) == (S.PARTIALLY_REFUNDED, Decimal("30.00"))
    assert net_paid("100042", "EUR") == Decimal("70.00")


def test_a_full_refund_takes_what_is_left(paid, django_capture_on_commit_callbacks):
    calls = []
    payment_refunded.connect(lambda sender, payment, refund, **kw: calls.append(refund.amount),
                             dispatch_uid="t", weak=False)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            refund_card_payment(paid, Decimal("30.00"))
            refund_card_payment(paid)
    finally:
        payment_refunded.disconnect(dispatch_uid="t")
    assert [r.amount_minor for r in locmem.refunds] == [3000, 7000]
    paid.refresh_from_db()
    assert (paid.status, paid.amount_refunded) == (S.REFUNDED, Decimal("100.00"))
    assert calls == [Decimal("30.00"), Decimal("70.00")]
    with pytest.raises(RefundRefused):
        refund_card_payment(paid)


def test_more_than_is_left_is_refused_before_the_gateway_is_asked(paid):
    refund_card_payment(paid, Decimal("60.00"))
    with pytest.raises(RefundRefused):
        refund_card_payment(paid, Decimal("40.01"))
    with pytest.raises(InvalidAmount):
        refund_card_payment(paid, Decimal("0"))
    assert len(locmem.refunds) == 1


def test_an_unpaid_payment_cannot_be_refunded(gateway):
    payment = start_card_payment(reference="1", amount=Decimal("5"), currency="EUR").payment
    with pytest.raises(RefundRefused):
        refund_card_payment(payment)
    assert locmem.refunds == []


def test_a_refund_webhook_after_the_answer_changes_nothing(paid):
    refund = refund_card_payment(paid, Decimal("25.00"))
    obj = {"id": refund.refund_id, "object": "refund", "amount": 2500, "currency": "eur",
           "payment_intent": paid.intent_id, "status": "succeeded"}
    assert handle_webhook(*signed(stripe_event("evt_r1", "refund.created", obj))).value == "applied"
    charge = {"id": "ch_1", "object": "charge", "payment_intent": paid.intent_id, "amount_refunded": 2500}
    assert handle_webhook(*signed(stripe_event("evt_r2", "charge.refunded", charge))).value == "applied"
    paid.refresh_from_db()
    assert (paid.amount_refunded, paid.status) == (Decimal("25.00"), S.PARTIALLY_REFUNDED)
    assert CardRefund.objects.count() == 1


def test_a_refund_made_in_the_stripe_dashboard_is_learnt_from_its_webhook(paid):
    charge = {"id": "ch_1", "object": "charge", "payment_intent": paid.intent_id, "amount_refunded": 10000}
    handle_webhook(*signed(stripe_event("evt_r3", "charge.refunded", charge)))
    paid.refresh_from_db()
    assert (paid.amount_refunded, paid.status) == (Decimal("100.00"), S.REFUNDED)
    # A late, smaller total (an older event) never lowers it.
    charge["amount_refunded"] = 4000
    handle_webhook(*signed(stripe_event("evt_r4", "charge.refunded", charge)))
    paid.refresh_from_db()
    assert paid.amount_refunded == Decimal("100.00")
