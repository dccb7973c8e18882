"""Paying a purchase by card: one payment for the orders of every seller in it.

The card payment's reference is the purchase's reference; when the gateway says it
succeeded (webhook, or the page the buyer returns to), each order of the purchase is
recorded as paid with its own total. Refunds are shared out over the orders in order.
"""

import logging
from decimal import Decimal
from urllib.parse import urlsplit

from django.conf import settings
from django.dispatch import receiver
from oscar.core.loading import get_model

from marketplace.order_lifecycle import services as lifecycle
from marketplace.payments import selectors as payment_selectors
from marketplace.payments.backends import get_gateway
from marketplace.payments.models import CardPaymentStatus
from marketplace.payments.services import CardPaymentStart, refresh_card_payment, start_card_payment
from marketplace.payments.signals import payment_refunded, payment_succeeded

Purchase = get_model("order", "Purchase")
logger = logging.getLogger(__name__)

#: Attempts the buyer may still complete (a declined card can be retried on the same intent).
OPEN = (CardPaymentStatus.REQUIRES_PAYMENT_METHOD, CardPaymentStatus.PROCESSING, CardPaymentStatus.FAILED)


def stripe_js_url() -> str:
    return getattr(settings, "STRIPE_JS_URL", "https://js.stripe.com/v3/")


def csp_sources() -> dict:
    """What the pay page's policy adds for Stripe.js: its script, its frames, its API."""
    script = urlsplit(stripe_js_url())
    origin = f"{script.scheme}://{script.netloc}"
    extra = {"script-src": [origin], "frame-src": [origin, "https://hooks.stripe.com"],
             "connect-src": [origin, "https://api.stripe.com"]}
    api_base = getattr(settings, "STRIPE_API_BASE", "")
    if api_base:
        extra["connect-src"].append(api_base.rstrip("/"))
    return extra


def is_paid(purchase) -> bool:
    return payment_selectors.net_paid(purchase.reference, purchase.currency) >= purchase.total > 0


def card_payment_for(purchase) -> CardPaymentStart:
    """The open card payment of the purchase, or a new one: a buyer reloading the page or
    coming back later keeps one payment, so a purchase cannot be charged twice by two tabs."""
    current = (payment_selectors.payments_for_reference(purchase.reference)
               .filter(status__in=OPEN, amount=purchase.total, currency=purchase.currency)
               .order_by("-created_at").first())
    if current is not None:
        gateway = get_gateway()
        intent = gateway.retrieve_intent(current.intent_id)
        return CardPaymentStart(payment=current, client_secret=intent.client_secret,
                                publishable_key=gateway.publishable_key)
    return start_card_payment(reference=purchase.reference, amount=purchase.total,
                              currency=purchase.currency)


def refresh_from_gateway(purchase) -> str:
    """"succeeded", "failed" or "processing": the latest attempt as the gateway sees it."""
    latest = payment_selectors.payments_for_reference(purchase.reference).order_by("-created_at").first()
    if latest is None:
        return "failed"
    if latest.status in OPEN:
        try:
            latest = refresh_card_payment(latest)
        except Exception:  # the webhook will tell; the buyer is told it is under way
            logger.warning("Could not read payment %s from the gateway", latest.intent_id, exc_info=True)
            return "processing"
    if latest.status in payment_selectors.PAID_STATUSES:
        return "succeeded"
    return "failed" if latest.status == CardPaymentStatus.FAILED else "processing"


@receiver(payment_succeeded, dispatch_uid="checkout.purchase_paid")
def purchase_paid(sender, reference, payment, **kwargs):
    purchase = Purchase.objects.filter(reference=reference).first()
    if purchase is None:
        return
    if payment.currency != purchase.currency or payment.amount < purchase.total:
        logger.error("Payment %s of %s %s does not cover purchase %s (%s %s): left for staff",
                     payment.intent_id, payment.amount, payment.currency, reference,
                     purchase.total, purchase.currency)
        return
    for order in purchase.orders.order_by("number"):
        lifecycle.record_card_payment(order.number, amount=order.total_incl_tax,
                                      currency=payment.currency, gateway_reference=payment.intent_id)


@receiver(payment_refunded, dispatch_uid="checkout.purchase_refunded")
def purchase_refunded(sender, reference, payment, **kwargs):
    purchase = Purchase.objects.filter(reference=reference).first()
    if purchase is None:
        return
    left = payment.amount_refunded
    for order in purchase.orders.order_by("number"):
        share = min(left, order.total_incl_tax)
        left -= share
        lifecycle.record_card_refund(order.number, gateway_reference=payment.intent_id,
                                     amount_refunded=max(share, Decimal("0.00")))
