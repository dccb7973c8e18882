"""Reads of card payments, for the order side and the dashboard."""

from decimal import Decimal

from django.db.models import QuerySet

from .models import CardPayment, CardPaymentStatus

PAID_STATUSES = (CardPaymentStatus.SUCCEEDED, CardPaymentStatus.PARTIALLY_REFUNDED, CardPaymentStatus.REFUNDED)


def payments_for_reference(reference: str) -> QuerySet[CardPayment]:
    """Every attempt to pay `reference`, newest first (a buyer may try several cards)."""
    return CardPayment.objects.filter(reference=reference)


def net_paid(reference: str, currency: str) -> Decimal:
    """What was paid for `reference` in `currency` and not refunded."""
    total = Decimal(0)
    for payment in payments_for_reference(reference).filter(currency=currency.upper(), status__in=PAID_STATUSES):
        total += payment.amount - payment.amount_refunded
    return total
