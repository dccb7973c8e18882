"""Card payment use cases: start a payment, take in the gateway's webhooks, refund.

Network calls to the gateway are never made inside a database transaction (a slow gateway
must not hold row locks); what the gateway answered is recorded in a short transaction
afterwards. Every record is keyed by the gateway's own ids (intent, refund, event), so the
same fact arriving twice, from an API answer and a webhook or from two webhook deliveries,
is recorded once.
"""

import enum
import logging
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from .backends import get_gateway
from .backends.base import GatewayEventData, GatewayRefund, PaymentChange, PaymentGateway
from .models import CardPayment, CardPaymentStatus, CardRefund, GatewayEvent
from .money import InvalidAmount, from_minor_units, to_minor_units
from .selectors import PAID_STATUSES
from .signals import payment_captured, payment_refunded, payment_succeeded

logger = logging.getLogger(__name__)

S = CardPaymentStatus
# Statuses a payment may still leave through an event. Among them the event's own time
# decides (a buyer may retry after a failure, so failed -> processing is legitimate);
# succeeded and canceled are final for events, and only refunds move a paid payment on.
OPEN_STATUSES = (S.REQUIRES_PAYMENT_METHOD, S.PROCESSING, S.FAILED)
REFUND_STATUSES_COUNTED = ("succeeded", "pending", "requires_action", "")


class RefundRefused(Exception):
    """A refund this payment cannot have (not paid, or more than is left); nothing was sent."""


class WebhookOutcome(enum.Enum):
    APPLIED = "applied"  # first delivery, and it said something about a payment
    IGNORED = "ignored"  # first delivery, recorded, about nothing this app tracks
    REPLAY = "replay"  # already recorded: nothing changed


@dataclass(frozen=True)
class CardPaymentStart:
    payment: CardPayment
    client_secret: str  # for the buyer's browser, to confirm the card with the gateway
    publishable_key: str


def start_card_payment(
    *, reference: str, amount: Decimal, currency: str,
    payment_method: str | None = None, confirm: bool = False, gateway: PaymentGateway | None = None,
) -> CardPaymentStart:
    """Open a card payment of `amount` `currency` for `reference` (an order number).

    Guarantees: the amount is checked (a positive Decimal in whole minor units, else
    `InvalidAmount`) before the gateway is asked; one `CardPayment` per gateway intent,
    even if the intent's webhook was recorded first; a card declined at once (when
    `payment_method` is given with `confirm=True`) is recorded as failed, not raised;
    `payment_succeeded` is sent after commit if the payment succeeded here. Raises
    `GatewayError` when the gateway refuses or cannot be reached: nothing is recorded then.
    """
    gateway = gateway or get_gateway()
    amount_minor = to_minor_units(amount, currency)
    if not reference:
        raise ValueError("A card payment pays something: reference is empty")
    intent = gateway.create_intent(
        amount_minor=amount_minor, currency=currency, reference=reference,
        payment_method=payment_method, confirm=confirm,
    )
    with transaction.atomic():
        payment, _created = CardPayment.objects.get_or_create(
            intent_id=intent.intent_id,
            defaults={
                "reference": reference, "gateway": gateway.name,
                "amount": from_minor_units(intent.amount_minor, intent.currency), "currency": intent.currency,
            },
        )
        payment = CardPayment.objects.select_for_update().get(pk=payment.pk)
        # The answer is as recent as anything a webhook said before it committed: time 0
        # would let any later event win, the answer's own moment lets neither go backwards.
        _move(payment, intent.status, at=int(timezone.now().timestamp()) - 1,
              failure_message=intent.failure_message)
    return CardPaymentStart(payment=payment, client_secret=intent.client_secret,
                            publishable_key=gateway.publishable_key)


def handle_webhook(
    payload: bytes, signature_header: str | None, *, gateway: PaymentGateway | None = None,
) -> WebhookOutcome:
    """Take in one webhook delivery.

    Guarantees: a delivery whose signature does not verify raises `InvalidWebhook` and
    records nothing; one that verifies but is not an event raises `MalformedWebhook`.
    Each event is recorded once (unique event id); a replay, even one arriving while the
    first delivery is being processed, waits for it and then changes nothing. Events may
    arrive in any order: a status never moves backwards (a late failure or "processing"
    after success changes nothing), refunds only add up. Events about payments this app
    does not know and cannot record are kept and ignored.
    """
    gateway = gateway or get_gateway()
    event = gateway.parse_webhook(payload, signature_header)
    with transaction.atomic():
        record, _created = GatewayEvent.objects.get_or_create(
            event_id=event.event_id,
            defaults={"gateway": gateway.name, "type": event.type, "payload": event.payload},
        )
        # A concurrent delivery of the same event holds this lock until it has committed;
        # then processed_at is set and this one is a replay.
        record = GatewayEvent.objects.select_for_update().get(pk=record.pk)
        if record.processed_at is not None:
            return WebhookOutcome.REPLAY
        outcome = _apply(event) if event.change else WebhookOutcome.IGNORED
        record.processed_at = timezone.now()
        record.save(update_fields=["processed_at"])
    return outcome


def refund_card_payment(
    payment: CardPayment, amount: Decimal | None = None, *, gateway: PaymentGateway | None = None,
    idempotency_key: str | None = None,
) -> CardRefund:
    """Refund `amount` (None: all that is left) of a paid card payment.

    Guarantees: refused with `RefundRefused` before the gateway is asked when the payment is
    not paid or the amount is more than is left; `InvalidAmount` for an amount that is not a
    positive Decimal in whole minor units. The refund is recorded from the gateway's answer
    (some gateways, localstripe among them, send no refund webhook), once per refund id, so a
    later refund webhook changes nothing. The same refund asked twice at once (a double
    click) carries the same idempotency key and is made once. A caller that keeps its own
    record of the refund (a return request) passes its own `idempotency_key`, so a retry of
    the same refund is the same request to the gateway whatever was recorded meanwhile.
    """
    gateway = gateway or get_gateway()
    payment.refresh_from_db()
    if payment.status not in (S.SUCCEEDED, S.PARTIALLY_REFUNDED):
        raise RefundRefused(f"Payment {payment.intent_id} is {payment.status}, not paid")
    left = payment.amount - payment.amount_refunded
    # "All that is left" is named as an amount: gateways disagree on what no amount means
    # after a partial refund (localstripe refunds the whole charge again).
    amount_minor = to_minor_units(left if amount is None else amount, payment.currency)
    if amount is not None and amount > left:
        raise RefundRefused(f"Cannot refund {amount} {payment.currency}: {left} left")
    refunded_minor = to_minor_units(payment.amount_refunded, payment.currency) if payment.amount_refunded else 0
    key = idempotency_key or f"refund-{payment.intent_id}-{refunded_minor}-{amount_minor}"
    answer = gateway.refund(intent_id=payment.intent_id, amount_minor=amount_minor, idempotency_key=key)
    with transaction.atomic():
        payment = CardPayment.objects.select_for_update().get(pk=payment.pk)
        return _record_refund(payment, answer)


def refresh_card_payment(payment: CardPayment, *, gateway: PaymentGateway | None = None) -> CardPayment:
    """Reads the payment's status from the gateway and records it, as a webhook would.

    For the page the buyer returns to after confirming: the webhook may not have arrived
    yet. The same rules hold (statuses never move backwards, success is signalled once).
    Raises GatewayError when the gateway cannot be reached; nothing changes then.
    """
    gateway = gateway or get_gateway()
    intent = gateway.retrieve_intent(payment.intent_id)
    with transaction.atomic():
        payment = CardPayment.objects.select_for_update().get(pk=payment.pk)
        _move(payment, intent.status, at=int(timezone.now().timestamp()) - 1,
              failure_message=intent.failure_message)
    return payment


# --- recording what the gateway said --------------------------------------------------


def _apply(event: GatewayEventData) -> WebhookOutcome:
    change = event.change
    assert change is not None
    payment = _locked_payment(change)
    if payment is None:
        logger.warning("Gateway event %s (%s) is about unknown payment %s: ignored",
                       event.event_id, event.type, change.intent_id)
        return WebhookOutcome.IGNORED
    if change.status:
        _move(payment, change.status, at=event.created, failure_message=change.failure_message)
    if change.refund:
        _record_refund(payment, change.refund)
    if change.refunded_minor is not None:
        _add_up_refunds(payment, from_minor_units(change.refunded_minor, payment.currency), refund=None)
    return WebhookOutcome.APPLIED


def _locked_payment(change: PaymentChange) -> CardPayment | None:
    """The payment an event is about, locked; recorded from the event when the event comes
    before the answer to the create call has been recorded (the intent's metadata names the
    reference)."""
    payment = CardPayment.objects.select_for_update().filter(intent_id=change.intent_id).first()
    if payment is not None:
        return payment
    if not (change.reference and change.amount_minor and change.currency):
        return None
    try:
        amount = from_minor_units(change.amount_minor, change.currency)
    except InvalidAmount:
        return None
    payment, _created = CardPayment.objects.get_or_create(
        intent_id=change.intent_id,
        defaults={"reference": change.reference, "amount": amount, "currency": change.currency},
    )
    return CardPayment.objects.select_for_update().get(pk=payment.pk)


def may_move(current: str, new: str, *, at: int, last_at: int) -> bool:
    """Whether a payment in `current` (set by an event of time `last_at`) takes `new` from
    an event of time `at`. Statuses never move backwards: see OPEN_STATUSES."""
    if new == current or current not in OPEN_STATUSES:
        return False
    if new in (S.SUCCEEDED, S.CANCELED):
        return True
    if new == S.REQUIRES_PAYMENT_METHOD:
        return False  # the starting point: nothing goes back to it
    if current == S.REQUIRES_PAYMENT_METHOD:
        return True
    # processing <-> failed: the later event wins; on a tie (Stripe's clock counts seconds)
    # the outcome (failed) beats the step before it (processing).
    return at > last_at or (at == last_at and new == S.FAILED)


def _move(payment: CardPayment, new: str, *, at: int, failure_message: str = "") -> None:
    if not may_move(payment.status, new, at=at, last_at=payment.status_changed_at):
        return
    payment.status = new
    payment.status_changed_at = max(at, payment.status_changed_at)
    payment.failure_message = failure_message if new == S.FAILED else ""
    payment.save(update_fields=["status", "status_changed_at", "failure_message", "updated_at"])
    if new == S.SUCCEEDED:
        payment_captured.send(sender=CardPayment, reference=payment.reference, payment=payment)
        _after_commit(payment_succeeded, payment)


def _record_refund(payment: CardPayment, answer: GatewayRefund) -> CardRefund:
    refund, created = CardRefund.objects.get_or_create(
        refund_id=answer.refund_id,
        defaults={"payment": payment, "amount": from_minor_units(answer.amount_minor, payment.currency),
                  "status": answer.status},
    )
    if not created and refund.status != answer.status:
        refund.status = answer.status
        refund.save(update_fields=["status"])
    counted = payment.refunds.filter(status__in=REFUND_STATUSES_COUNTED).aggregate(total=Sum("amount"))
    _add_up_refunds(payment, counted["total"] or Decimal(0), refund=refund if created else None)
    return refund


def _add_up_refunds(payment: CardPayment, total: Decimal, *, refund: CardRefund | None) -> None:
    """Refunded totals only grow (charge.refunded events and refund answers may cross)."""
    total = min(total, payment.amount)
    if total <= payment.amount_refunded:
        return
    if payment.status in OPEN_STATUSES:
        # A refund proves the payment went through, whatever order the events came in.
        _move(payment, S.SUCCEEDED, at=payment.status_changed_at)
    if payment.status not in PAID_STATUSES:
        logger.warning("Refund of %s recorded on %s payment %s", total, payment.status, payment.intent_id)
        return
    payment.amount_refunded = total
    payment.status = S.REFUNDED if total >= payment.amount else S.PARTIALLY_REFUNDED
    payment.save(update_fields=["amount_refunded", "status", "updated_at"])
    _after_commit(payment_refunded, payment, refund=refund)


def _after_commit(signal, payment: CardPayment, **extra) -> None:
    transaction.on_commit(
        lambda: signal.send(sender=CardPayment, reference=payment.reference, payment=payment, **extra)
    )
