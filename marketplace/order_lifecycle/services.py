"""Moving an order on: when its money moves (a card payment received, a refund made), and
when the buyer, the seller or the marketplace's staff move it (move_order)."""

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Sum
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.rfq import services as rfq_services
from marketplace.rfq.models import Thread
from marketplace.rfq.services import RfqError
from marketplace.rfq.text import plain_text

from . import rules, statuses
from .models import Role, StatusChangeDetail

logger = logging.getLogger(__name__)

Order = get_model("order", "Order")
Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")

CARD_SOURCE = "Card"


def record_card_payment(order_number: str, *, amount: Decimal, currency: str, gateway_reference: str) -> bool:
    """Records a card payment received for an order and moves an unpaid order to Paid.

    Guarantees: the payment is recorded once per gateway reference (a second call for the
    same payment changes nothing); an order already paid, shipped or cancelled keeps its
    status (a late payment for a cancelled order is logged for staff to refund). Returns
    whether the order was found.
    """
    with transaction.atomic():
        order = Order.objects.select_for_update().filter(number=order_number).first()
        if order is None:
            logger.warning("Payment %s for unknown order %s", gateway_reference, order_number)
            return False
        source_type, _created = SourceType.objects.get_or_create(name=CARD_SOURCE)
        source, created = Source.objects.get_or_create(
            order=order, source_type=source_type, reference=gateway_reference,
            defaults={"currency": currency, "amount_allocated": amount, "amount_debited": amount},
        )
        if not created:
            return True
        if order.status in statuses.UNPAID:
            order.set_status(statuses.PAID)
        elif order.status == statuses.CANCELLED:
            logger.error("Order %s was paid (%s %s, %s) after it was cancelled: refund it",
                         order_number, amount, currency, gateway_reference)
    return True


def record_card_refund(order_number: str, *, gateway_reference: str, amount_refunded: Decimal) -> bool:
    """Records what has been refunded of a card payment (a running total from the gateway).

    Guarantees: the refunded total only grows; an order whose payments are refunded in
    full moves to Refunded. Returns whether the payment was found.
    """
    with transaction.atomic():
        source = (Source.objects.select_for_update().select_related("order")
                  .filter(order__number=order_number, reference=gateway_reference).first())
        if source is None:
            return False
        if amount_refunded > source.amount_refunded:
            source.amount_refunded = amount_refunded
            source.save(update_fields=["amount_refunded"])
        order = source.order
        sources = list(order.sources.all())
        fully = all(item.amount_refunded >= item.amount_debited for item in sources)
        if fully and statuses.REFUNDED in order.available_statuses():
            order.set_status(statuses.REFUNDED)
    return True


# --- people moving an order --------------------------------------------------------------


class MoveRefused(Exception):
    """A move of an order was refused; `message` tells the person why, in their language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Actor:
    """Who is changing an order's status, as the status change's detail records it."""

    user: object | None
    role: str = Role.SYSTEM
    carrier: str = ""
    tracking_number: str = ""
    note: str = ""


_actor: ContextVar[Actor | None] = ContextVar("order_lifecycle_actor", default=None)


def current_actor() -> Actor:
    """Who is changing a status now: set by move_order, else the system (a payment)."""
    return _actor.get() or Actor(user=None)


@contextmanager
def acting(actor: Actor) -> Iterator[None]:
    """Status changes made inside are recorded as `actor`'s (receivers.status_changed)."""
    token = _actor.set(actor)
    try:
        yield
    finally:
        _actor.reset(token)


def amount_received(order) -> Decimal:
    """What the order's payment sources hold now, debited less refunded, in the order's
    currency (a source in another currency cannot be added without a rate: not counted)."""
    total = order.sources.filter(currency__iexact=order.currency).aggregate(
        total=Sum(F("amount_debited") - F("amount_refunded")))["total"]
    return total or Decimal("0.00")


def is_fully_paid(order) -> bool:
    """Whether the order's payments (card, bank transfer...) cover its total."""
    return amount_received(order) >= order.total_incl_tax


def move_order(order, new_status: str, *, by, carrier: str = "", tracking_number: str = "",
               note: str = "", declare: bool = True) -> StatusChangeDetail:
    """`by` (a user, or None for the system) moves `order` to `new_status`.

    Guarantees, in one transaction with the order locked: only a move of the pipeline,
    and only one `by` may make (rules.moves_for: the order's seller runs production,
    shipment and delivery; the buyer cancels an unpaid order and confirms delivery; staff
    make any move), else MoveRefused with the reason. Shipping needs a carrier and a
    tracking number (ValidationError on those fields otherwise) and an order fully paid
    (is_fully_paid), whoever ships. The change is recorded with who made it and in which
    role (StatusChangeDetail, returned), the order's lines follow it (statuses.CASCADE),
    and the buyer is e-mailed after commit.

    A shipment is declared to customs in the same transaction (declaration.services:
    declare_shipped_order, after the checks above), so an order lacking what customs need
    is refused with the list (a ValidationError) and nothing moves. The setting
    MARKETPLACE_DECLARE_ON_SHIP (default True) turns that off where customs is not the
    subject (tests of the lifecycle alone).
    """
    if (new_status == statuses.SHIPPED and declare
            and getattr(settings, "MARKETPLACE_DECLARE_ON_SHIP", True)):
        from marketplace.declaration.services import declare_shipped_order

        with transaction.atomic():
            detail = move_order(order, new_status, by=by, carrier=carrier, tracking_number=tracking_number,
                                note=note, declare=False)
            declare_shipped_order(detail.status_change.order, user=by, carrier=detail.carrier,
                                  tracking_number=detail.tracking_number)
        return detail
    carrier = plain_text(carrier, single_line=True)
    tracking_number = plain_text(tracking_number, single_line=True)
    note = plain_text(note)
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order.pk)
        if new_status not in statuses.LABELS:
            raise MoveRefused(_("There is no such order status."))
        label = statuses.LABELS[new_status]
        if new_status == order.status:
            raise MoveRefused(_("The order is already %(status)s.") % {"status": label})
        if new_status not in order.available_statuses():
            raise MoveRefused(_("An order that is %(current)s cannot become %(status)s.") % {
                "current": statuses.LABELS.get(order.status, order.status), "status": label})
        role = rules.moves_for(order, by).get(new_status)
        if role is None:
            raise MoveRefused(_("You may not move this order to %(status)s.") % {"status": label})
        if new_status != statuses.SHIPPED:
            carrier = tracking_number = ""
        detail = StatusChangeDetail(role=role, carrier=carrier, tracking_number=tracking_number,
                                    note=note)
        _check_shipment(detail, new_status)
        if new_status == statuses.SHIPPED and not is_fully_paid(order):
            raise MoveRefused(_("The order is not fully paid yet: ship it once the whole "
                                "amount is received."))
        with acting(Actor(user=by, role=role, carrier=carrier, tracking_number=tracking_number,
                          note=note)):
            order.set_status(new_status)
        return (StatusChangeDetail.objects.select_related("status_change")
                .filter(status_change__order=order).latest("pk"))


def _check_shipment(detail: StatusChangeDetail, new_status: str) -> None:
    errors = {}
    if new_status == statuses.SHIPPED:
        if not detail.carrier:
            errors["carrier"] = [_("Name the carrier of the shipment.")]
        if not detail.tracking_number:
            errors["tracking_number"] = [_("Give the shipment's tracking number.")]
    try:
        detail.full_clean(exclude=["status_change", "changed_by", *errors])
    except ValidationError as error:
        for field, messages in error.message_dict.items():
            errors.setdefault(field, []).extend(messages)
    if errors:
        raise ValidationError(errors)


# --- the order's conversation ------------------------------------------------------------


def post_order_message(order, *, sender, body: str, as_seller: bool, attachments=()):
    """A message between the order's buyer and its seller, in the order's thread.

    Guarantees: only the order's buyer, or a user of its seller writing as the seller,
    writes (RfqError otherwise; staff read only); body and attachments pass the checks of
    rfq's messages (ValidationError). The thread is made with its first message, one per
    order and seller; the other side is e-mailed after commit (rfq.tasks).
    """
    seller = rules.order_seller(order)
    if seller is None or order.user_id is None:
        raise RfqError(_("This order has no conversation."))
    with transaction.atomic():
        # The order's row is the lock: two first messages make one thread.
        order = Order.objects.select_for_update().get(pk=order.pk)
        thread, _created = Thread.objects.get_or_create(
            order_number=order.number, partner=seller, rfq=None,
            defaults={"buyer_id": order.user_id})
        return rfq_services.post_thread_message(
            thread, sender=sender, body=body, as_seller=as_seller, attachments=attachments)
