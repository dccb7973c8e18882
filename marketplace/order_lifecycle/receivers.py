"""The order side of the payments app's signals (sent after commit, once per state)."""

from django.dispatch import receiver

from marketplace.payments.signals import payment_refunded, payment_succeeded

from . import services


@receiver(payment_succeeded, dispatch_uid="order_lifecycle.payment_succeeded")
def order_paid(sender, reference, payment, **kwargs):
    services.record_card_payment(reference, amount=payment.amount, currency=payment.currency,
                                 gateway_reference=payment.intent_id)


@receiver(payment_refunded, dispatch_uid="order_lifecycle.payment_refunded")
def order_refunded(sender, reference, payment, refund=None, **kwargs):
    services.record_card_refund(reference, gateway_reference=payment.intent_id,
                                amount_refunded=payment.amount_refunded)
