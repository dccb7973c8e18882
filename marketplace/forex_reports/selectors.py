"""Reads: the payments received in a period, card and bank transfer, with what they paid for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.db.models import Q
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.bank_transfer.models import Receipt
from marketplace.payments.models import CardPayment
from marketplace.payments.selectors import PAID_STATUSES

Order = get_model("order", "Order")
Purchase = get_model("order", "Purchase")


def local_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """[start 00:00, day after end 00:00) in the site's time zone."""
    zone = timezone.get_current_timezone()
    return (timezone.make_aware(datetime.combine(start, time.min), zone),
            timezone.make_aware(datetime.combine(end + timedelta(days=1), time.min), zone))


def card_received_on(payment: CardPayment) -> date:
    """The local day the gateway reported the payment as succeeded.

    `status_changed_at` is the time of the gateway event that set the status; once a payment
    has succeeded it never moves again (refunds change its status but not that time), so for
    a paid payment it is the moment of success. A payment recorded without an event time
    falls back to when it was created."""
    if payment.status_changed_at:
        return timezone.localdate(datetime.fromtimestamp(payment.status_changed_at, tz=UTC))
    return timezone.localdate(payment.created_at)


def card_payments(start: date, end: date) -> list[CardPayment]:
    """Card payments that succeeded between `start` and `end` (inclusive), refunded ones included."""
    since, until = local_bounds(start, end)
    in_period = (Q(status_changed_at__gte=int(since.timestamp()), status_changed_at__lt=int(until.timestamp()))
                 | Q(status_changed_at=0, created_at__gte=since, created_at__lt=until))
    return list(CardPayment.objects.filter(in_period, status__in=PAID_STATUSES).order_by("status_changed_at", "pk"))


def bank_receipts(start: date, end: date) -> list[Receipt]:
    """Bank transfers (T/T) credited between `start` and `end` (inclusive)."""
    return list(Receipt.objects.filter(received_on__gte=start, received_on__lte=end)
                .select_related("plan__order__shipping_address", "plan__order__billing_address",
                                "plan__order__purchase__company", "plan__order__user")
                .order_by("received_on", "pk"))


@dataclass(frozen=True)
class PaidFor:
    """What a payment reference names: a purchase's orders, or one order."""

    orders: list
    company: object | None
    user: object | None


def paid_for(reference: str) -> PaidFor | None:
    purchase = (Purchase.objects.filter(reference=reference).select_related("company", "user")
                .prefetch_related("orders__shipping_address", "orders__billing_address").first())
    if purchase is not None:
        return PaidFor(orders=sorted(purchase.orders.all(), key=lambda order: order.number),
                       company=purchase.company, user=purchase.user)
    order = (Order.objects.filter(number=reference)
             .select_related("shipping_address", "billing_address", "purchase__company", "user").first())
    if order is None:
        return None
    purchase = order.purchase
    return PaidFor(orders=[order], company=purchase.company if purchase else None, user=order.user)
