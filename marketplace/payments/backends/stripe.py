"""Stripe through its official SDK, with a client of its own (no global `stripe.api_key`).

The same code talks to Stripe and to localstripe (STRIPE_API_BASE set to its URL): it sends
only the PaymentIntent parameters both accept (amount, currency, metadata,
payment_method_types, payment_method, confirm) and reads a declined card's intent back
however the answer names it (Stripe embeds the intent in the error, localstripe only the charge).
"""

import json
import logging
from typing import Any

import stripe
from django.conf import settings

from ..models import CardPaymentStatus
from .base import (
    GatewayError,
    GatewayEventData,
    GatewayIntent,
    GatewayRefund,
    InvalidWebhook,
    MalformedWebhook,
    PaymentChange,
    PaymentGateway,
)

logger = logging.getLogger(__name__)

# Stripe's intent statuses in this app's words. The buyer-side steps (confirmation, 3-D
# Secure) are all "awaiting the card"; a capture we would wait for is "processing".
INTENT_STATUSES = {
    "requires_payment_method": CardPaymentStatus.REQUIRES_PAYMENT_METHOD,
    "requires_confirmation": CardPaymentStatus.REQUIRES_PAYMENT_METHOD,
    "requires_action": CardPaymentStatus.REQUIRES_PAYMENT_METHOD,
    "requires_capture": CardPaymentStatus.PROCESSING,
    "processing": CardPaymentStatus.PROCESSING,
    "succeeded": CardPaymentStatus.SUCCEEDED,
    "canceled": CardPaymentStatus.CANCELED,
}
EVENT_STATUSES = {
    "payment_intent.processing": CardPaymentStatus.PROCESSING,
    "payment_intent.succeeded": CardPaymentStatus.SUCCEEDED,
    "payment_intent.payment_failed": CardPaymentStatus.FAILED,
    "payment_intent.canceled": CardPaymentStatus.CANCELED,
}
REFUND_EVENTS = {"refund.created", "refund.updated", "charge.refund.updated"}
# Five minutes, Stripe's own default: an older signed delivery is treated as a replay attack.
SIGNATURE_TOLERANCE_SECONDS = 300


class StripeGateway(PaymentGateway):
    name = "stripe"

    def __init__(self) -> None:
        api_base = getattr(settings, "STRIPE_API_BASE", "")
        self._client = stripe.StripeClient(
            getattr(settings, "STRIPE_SECRET_KEY", "") or "sk_unset",
            base_addresses={"api": api_base} if api_base else None,
            # Retried POSTs carry an idempotency key, so Stripe never charges twice.
            max_network_retries=getattr(settings, "STRIPE_MAX_NETWORK_RETRIES", 2),
        )
        self._webhook_secret = getattr(settings, "STRIPE_WEBHOOK_SECRET", "")

    @property
    def publishable_key(self) -> str:
        return getattr(settings, "STRIPE_PUBLISHABLE_KEY", "")

    def create_intent(
        self, *, amount_minor: int, currency: str, reference: str,
        payment_method: str | None = None, confirm: bool = False, idempotency_key: str | None = None,
    ) -> GatewayIntent:
        params: dict[str, Any] = {
            "amount": amount_minor,
            "currency": currency.lower(),
            "payment_method_types": ["card"],
            "metadata": {"reference": reference},
        }
        if payment_method:
            # localstripe answers 500 to a confirm that names the method: set it here.
            params["payment_method"] = payment_method
        if confirm:
            params["confirm"] = True
        try:
            intent = self._client.v1.payment_intents.create(params=params, options=_options(idempotency_key))
        except stripe.CardError as error:
            return self._declined_intent(error)
        except stripe.StripeError as error:
            raise GatewayError(str(error)) from error
        return _intent(intent)

    def retrieve_intent(self, intent_id: str) -> GatewayIntent:
        try:
            return _intent(self._client.v1.payment_intents.retrieve(intent_id))
        except stripe.StripeError as error:
            raise GatewayError(str(error)) from error

    def _declined_intent(self, error: "stripe.CardError") -> GatewayIntent:
        body = (error.json_body or {}).get("error", {})
        intent_id = (body.get("payment_intent") or {}).get("id")
        try:
            if not intent_id and body.get("charge"):
                intent_id = self._client.v1.charges.retrieve(body["charge"]).payment_intent
            if not intent_id:
                raise GatewayError(f"Card declined without an intent to record: {error}")
            intent = self._client.v1.payment_intents.retrieve(intent_id)
        except stripe.StripeError as lookup_error:
            raise GatewayError(str(lookup_error)) from lookup_error
        declined = _intent(intent)
        return GatewayIntent(
            intent_id=declined.intent_id, status=CardPaymentStatus.FAILED, amount_minor=declined.amount_minor,
            currency=declined.currency, client_secret=declined.client_secret,
            failure_message=str(body.get("message") or declined.failure_message or "card declined")[:255],
        )

    def refund(
        self, *, intent_id: str, amount_minor: int | None = None, idempotency_key: str | None = None,
    ) -> GatewayRefund:
        params: dict[str, Any] = {"payment_intent": intent_id}
        if amount_minor is not None:
            params["amount"] = amount_minor
        try:
            refund = self._client.v1.refunds.create(params=params, options=_options(idempotency_key))
        except stripe.StripeError as error:
            raise GatewayError(str(error)) from error
        return GatewayRefund(
            refund_id=refund.id, intent_id=getattr(refund, "payment_intent", None) or intent_id,
            amount_minor=int(refund.amount), currency=refund.currency.upper(),
            status=getattr(refund, "status", None) or "",
        )

    def parse_webhook(self, payload: bytes, signature_header: str | None) -> GatewayEventData:
        if not self._webhook_secret:
            # Without a secret nothing can be verified, and an unverified event is never trusted.
            raise InvalidWebhook("STRIPE_WEBHOOK_SECRET is not set")
        if not signature_header:
            raise InvalidWebhook("no Stripe-Signature header")
        # The signature check of stripe.Webhook.construct_event, without its parsing: that
        # fails with AttributeError on JSON that is not an object, and the services keep
        # the event as a plain dict anyway.
        try:
            stripe.WebhookSignature.verify_header(
                payload.decode("utf-8", errors="replace"), signature_header, self._webhook_secret,
                tolerance=SIGNATURE_TOLERANCE_SECONDS,
            )
        except stripe.SignatureVerificationError as error:
            raise InvalidWebhook(str(error)) from error
        try:
            event = json.loads(payload)
        except ValueError as error:  # UnicodeDecodeError and json.JSONDecodeError alike
            raise MalformedWebhook(f"not JSON: {error}") from error
        try:
            event_id, event_type, created = event["id"], event["type"], event["created"]
            obj = event["data"]["object"]
        except (KeyError, TypeError) as error:
            raise MalformedWebhook(f"not an event: missing {error}") from error
        if not (isinstance(event_id, str) and isinstance(event_type, str) and isinstance(created, int)
                and isinstance(obj, dict) and event_id):
            raise MalformedWebhook("not an event: wrong field types")
        return GatewayEventData(
            event_id=event_id, type=event_type, created=created, payload=event, change=_change(event_type, obj),
        )


def _options(idempotency_key: str | None) -> dict[str, Any]:
    return {"idempotency_key": idempotency_key} if idempotency_key else {}


def _intent(intent: Any) -> GatewayIntent:
    error = getattr(intent, "last_payment_error", None) or {}
    status = INTENT_STATUSES.get(intent.status, CardPaymentStatus.REQUIRES_PAYMENT_METHOD)
    if intent.status == "requires_payment_method" and error:
        status = CardPaymentStatus.FAILED
    return GatewayIntent(
        intent_id=intent.id, status=status, amount_minor=int(intent.amount), currency=intent.currency.upper(),
        client_secret=getattr(intent, "client_secret", None) or "",
        failure_message=str(getattr(error, "message", None) or "")[:255] if error else "",
    )


def _change(event_type: str, obj: dict[str, Any]) -> PaymentChange | None:
    """This app's reading of one event's object; None for the events it does not use."""
    try:
        if event_type in EVENT_STATUSES:
            error = obj.get("last_payment_error") or {}
            return PaymentChange(
                intent_id=obj["id"], status=EVENT_STATUSES[event_type], amount_minor=int(obj["amount"]),
                currency=str(obj["currency"]).upper(), reference=(obj.get("metadata") or {}).get("reference"),
                failure_message=str(error.get("message") or "")[:255],
            )
        if event_type == "charge.refunded" and obj.get("payment_intent"):
            return PaymentChange(intent_id=obj["payment_intent"], refunded_minor=int(obj["amount_refunded"]))
        if event_type in REFUND_EVENTS and obj.get("payment_intent"):
            refund = GatewayRefund(
                refund_id=obj["id"], intent_id=obj["payment_intent"], amount_minor=int(obj["amount"]),
                currency=str(obj["currency"]).upper(), status=obj.get("status") or "",
            )
            return PaymentChange(intent_id=refund.intent_id, refund=refund)
    except (KeyError, TypeError, ValueError) as error:
        raise MalformedWebhook(f"{event_type} without a readable object: {error}") from error
    return None
