"""What the payments app tells the rest of the marketplace. Both are sent after commit,
once per payment and state: receivers (the order side) may enqueue work and trust it.

    payment_succeeded(sender=CardPayment, reference: str, payment: CardPayment)
    payment_refunded(sender=CardPayment, reference: str, payment: CardPayment, refund: CardRefund | None)
"""

from django.dispatch import Signal

payment_succeeded = Signal()
payment_refunded = Signal()
