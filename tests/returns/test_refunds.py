"""Refunds through the original payment: the card through the gateway (localstripe and the
in-memory gateway), a bank transfer recorded with its reference; never twice, never more
than the returned lines were paid."""

from datetime import timedelta
from decimal import Decimal

import pytest
import stripe
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.payments.backends import locmem
from marketplace.payments.models import CardPayment, CardRefund
from marketplace.returns import services
from marketplace.returns.models import RefundStatus, ReturnRefund, ReturnRequest, ReturnStatus
from tests.payments.conftest import FAKE_SECRET_KEY, localstripe, localstripe_url  # noqa: F401

from . import stubs
from .conftest import ask, deliver, pay, pay_by_card, place_order

pytestmark = pytest.mark.django_db

Source = get_model("payment", "Source")


def approved(order, buyer_client, seller, quantity=1):
    ask(buyer_client, order, quantity=quantity)
    case = ReturnRequest.objects.filter(order=order).latest("pk")
    return services.approve(case, by=seller.user, instructions="Send to Yangjiang, Jiangcheng Rd 8")


def test_the_seller_receives_the_goods_and_the_card_is_refunded(card_order, buyer_client, seller, mailoutbox,
                                                                 django_capture_on_commit_callbacks):
    case = approved(card_order, buyer_client, seller)
    assert "Send to Yangjiang, Jiangcheng Rd 8" in buyer_client.get(f"/en/returns/{case.pk}/").text
    with django_capture_on_commit_callbacks(execute=True):
        response = seller.client.post(f"/dashboard/returns/{case.pk}/received/", follow=True)
    assert "Refunded 100.00" in response.text
    case.refresh_from_db()
    assert case.status == ReturnStatus.REFUNDED
    refund = case.refund
    assert (refund.method, refund.status, refund.amount, refund.attempts) == ("card", "succeeded", Decimal("100.00"), 1)
    assert [r.amount_minor for r in locmem.refunds] == [10000]
    payment = CardPayment.objects.get()
    assert (payment.status, payment.amount_refunded) == ("partially_refunded", Decimal("100.00"))
    # The order's card source learns it from the payments app's signal.
    assert Source.objects.get(order=card_order).amount_refunded == Decimal("100.00")
    assert "Refunded" in buyer_client.get(f"/en/returns/{case.pk}/").text
    assert any("Refunded" in message.subject and message.to == ["ana@example.es"] for message in mailoutbox)


def test_a_refund_is_never_made_twice(card_order, buyer_client, seller, staff):
    case = approved(card_order, buyer_client, seller)
    services.mark_received(case, by=seller.user)
    services.refund(case, by=seller.user)
    for who in (seller.user, staff):
        with pytest.raises(services.CaseRefused):
            services.refund(case, by=who)
    response = seller.client.post(f"/dashboard/returns/{case.pk}/refund/", follow=True)
    assert "That step is no longer possible" in response.text
    assert len(locmem.refunds) == 1 and CardRefund.objects.count() == 1


def test_a_refund_in_progress_is_not_started_again(card_order, buyer_client, seller):
    case = approved(card_order, buyer_client, seller)
    services.mark_received(case, by=seller.user)
    ReturnRefund.objects.create(request=case, method="card", amount=Decimal("100.00"), currency=case.currency,
                                attempts=1, attempted_at=timezone.now(), status=RefundStatus.PENDING)
    with pytest.raises(services.CaseRefused, match="in progress"):
        services.refund(case, by=seller.user)
    assert locmem.refunds == []
    # A worker that died mid-call leaves it stale: the retry keeps the attempt (and its key).
    ReturnRefund.objects.filter(request=case).update(attempted_at=timezone.now() - timedelta(hours=1))
    refund = services.refund(case, by=seller.user)
    assert (refund.status, refund.attempts) == ("succeeded", 1)


def test_a_failed_card_refund_is_shown_and_retried(card_order, buyer_client, seller, settings):
    case = approved(card_order, buyer_client, seller)
    settings.MARKETPLACE_PAYMENT_GATEWAY = "tests.returns.stubs.RefundFailingGateway"
    stubs.calls.clear()
    response = seller.client.post(f"/dashboard/returns/{case.pk}/received/", follow=True)
    assert "The card refund failed" in response.text and "code 42" in response.text
    assert "<b>(code 42)</b>" not in response.text
    assert "Retry the card refund" in response.text
    refund = ReturnRefund.objects.get()
    assert (refund.status, refund.attempts) == ("failed", 1)
    case.refresh_from_db()
    assert case.status == ReturnStatus.REFUND_DUE

    seller.client.post(f"/dashboard/returns/{case.pk}/refund/")
    assert stubs.calls == [f"return-refund-{refund.pk}-attempt-1", f"return-refund-{refund.pk}-attempt-2"]

    settings.MARKETPLACE_PAYMENT_GATEWAY = "marketplace.payments.backends.locmem.LocmemGateway"
    response = seller.client.post(f"/dashboard/returns/{case.pk}/refund/", follow=True)
    assert "Refunded 100.00" in response.text
    refund.refresh_from_db()
    assert (refund.status, refund.attempts, refund.failure_message) == ("succeeded", 3, "")
    assert len(locmem.refunds) == 1


def test_refunds_never_exceed_what_the_lines_were_paid(seller, buyer, buyer_client, gateway):
    # Three knives at 100.00 less a third off: 200.00 paid; each returned knife is 66.66.
    order = place_order("YJ-2100", buyer, seller.product, quantity=3)
    line = order.lines.get()
    line.line_price_incl_tax = Decimal("200.00")
    line.save(update_fields=["line_price_incl_tax"])
    order.total_incl_tax = Decimal("200.00")
    order.save(update_fields=["total_incl_tax"])
    pay_by_card(order)
    deliver(order)
    for _n in range(3):
        case = approved(order, buyer_client, seller)
        assert case.amount == Decimal("66.66")
        services.mark_received(case, by=seller.user)
        services.refund(case, by=seller.user)
    assert sum(r.amount_minor for r in locmem.refunds) == 19998 <= 20000


def test_the_refund_is_capped_by_what_the_order_still_holds(card_order, buyer_client, seller):
    case = approved(card_order, buyer_client, seller, quantity=2)
    services.mark_received(case, by=seller.user)
    # Staff refunded 150.00 of the card payment outside the return (a goodwill gesture).
    Source.objects.filter(order=card_order).update(amount_refunded=Decimal("150.00"))
    assert services.refundable_amount(case) == Decimal("50.00")
    refund = services.refund(case, by=seller.user)
    assert refund.amount == Decimal("50.00")


def test_a_bank_transfer_refund_is_recorded_with_its_reference(bank_order, buyer_client, seller, staff_client,
                                                                mailoutbox, django_capture_on_commit_callbacks):
    case = approved(bank_order, buyer_client, seller, quantity=3)
    response = seller.client.post(f"/dashboard/returns/{case.pk}/received/", follow=True)
    assert "Record the bank refund once it is sent." in response.text and "Refund to the card" not in response.text
    future = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = staff_client.post(f"/dashboard/returns/{case.pk}/bank-refund/",
                                 {"bank_reference": "ft 2612 0001", "refunded_on": future}, follow=True)
    assert "not a future day" in response.text
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(f"/dashboard/returns/{case.pk}/bank-refund/", {
            "bank_reference": "ft 2612 0001", "refunded_on": timezone.localdate().isoformat()}, follow=True)
    assert "The bank refund is recorded." in response.text
    refund = ReturnRefund.objects.get()
    assert (refund.method, refund.status, refund.bank_reference, refund.amount) == (
        "bank", "succeeded", "FT26120001", Decimal("300.00"))
    source = Source.objects.get(order=bank_order)
    assert source.amount_refunded == Decimal("300.00")
    bank_order.refresh_from_db()
    assert bank_order.status == "Refunded"
    assert "FT26120001" in buyer_client.get(f"/en/returns/{case.pk}/").text
    # Recorded once: a second record is refused.
    with pytest.raises(services.CaseRefused):
        services.record_bank_refund(case, by=seller.user, bank_reference="FT2", refunded_on=timezone.localdate())
    assert any("Refunded" in message.subject for message in mailoutbox)


def test_a_card_order_cannot_be_marked_refunded_by_bank(card_order, buyer_client, seller):
    case = approved(card_order, buyer_client, seller)
    services.mark_received(case, by=seller.user)
    with pytest.raises(services.CaseRefused, match="paid by card"):
        services.record_bank_refund(case, by=seller.user, bank_reference="FT1", refunded_on=timezone.localdate())


def test_a_partial_card_refund_through_localstripe(seller, buyer, buyer_client, localstripe,  # noqa: F811
                                                  localstripe_url):  # noqa: F811
    order = place_order("YJ-2200", buyer, seller.product, quantity=3)
    payment = pay_by_card(order)
    assert payment.intent_id.startswith("pi_") and payment.status == "succeeded"
    deliver(order)
    case = approved(order, buyer_client, seller, quantity=1)
    response = seller.client.post(f"/dashboard/returns/{case.pk}/received/", follow=True)
    assert "Refunded 100.00" in response.text
    refund = ReturnRefund.objects.get()
    assert refund.card_refund.refund_id.startswith("re_")
    client = stripe.StripeClient(FAKE_SECRET_KEY, base_addresses={"api": localstripe_url})
    remote = client.v1.refunds.retrieve(refund.card_refund.refund_id)
    assert (remote.amount, remote.payment_intent) == (10000, payment.intent_id)
    payment.refresh_from_db()
    assert (payment.status, payment.amount_refunded) == ("partially_refunded", Decimal("100.00"))
    # Asked again, nothing reaches the gateway (localstripe ignores idempotency keys, so the
    # return's own record is what stops a second refund here).
    with pytest.raises(services.CaseRefused):
        services.refund(case, by=seller.user)
    assert seller.client.post(f"/dashboard/returns/{case.pk}/refund/").status_code == 302
    payment.refresh_from_db()
    assert payment.amount_refunded == Decimal("100.00")
    assert client.v1.payment_intents.retrieve(payment.intent_id).status == "succeeded"


def test_paid_by_neither_way_is_a_bank_refund(seller, buyer, buyer_client):
    order = place_order("YJ-2300", buyer, seller.product)
    pay(order)  # a card source the gateway does not know
    deliver(order)
    assert services.refund_method(order) == ("bank", None)
