"""Moving an order on when its money moves: a card payment received, a refund made."""

import logging
from decimal import Decimal

from django.db import transaction
from oscar.core.loading import get_model

from . import statuses

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
