"""What the payments app tells the rest of the marketplace.

payment_succeeded and payment_refunded are sent after commit, once per payment and state:
receivers (the order side) may enqueue work and trust it.

    payment_succeeded(sender=CardPayment, reference: str, payment: CardPayment)
    payment_refunded(sender=CardPayment, reference: str, payment: CardPayment, refund: CardRefund | None)

payment_captured is sent INSIDE the transaction that marks the payment succeeded, once per
payment: a receiver that writes a record about it (the forex report's outbox message)
commits with the payment or not at all. Receivers must not do slow or outside work.

    payment_captured(sender=CardPayment, reference: str, payment: CardPayment)
"""

from django.dispatch import Signal

payment_succeeded = Signal()
payment_captured = Signal()
payment_refunded = Signal()
