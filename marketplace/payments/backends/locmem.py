"""A gateway for tests and benchmarks: Stripe's webhook format, no network.

Like Django's locmem e-mail backend it keeps what it was asked in memory (`intents`,
`refunds`), where a test can read it. Webhooks are verified exactly as `StripeGateway`
does (same class), so a test signs its deliveries with `sign_payload` and the secret in
settings. Test cards follow Stripe's names: `pm_card_visa` pays, `pm_card_visa_chargeDeclined`
is declined.
"""

import hashlib
import hmac
import itertools
import time
from dataclasses import dataclass

from ..models import CardPaymentStatus
from .base import GatewayError, GatewayIntent, GatewayRefund
from .stripe import StripeGateway

DECLINED_CARDS = {"pm_card_visa_chargeDeclined", "pm_card_chargeDeclined", "pm_card_chargeCustomerFail"}


@dataclass
class _Intent:
    intent_id: str
    amount_minor: int
    currency: str
    reference: str
    status: str
    refunded_minor: int = 0


intents: dict[str, _Intent] = {}
refunds: list[GatewayRefund] = []
_ids = itertools.count(1)


def reset() -> None:
    intents.clear()
    refunds.clear()


def sign_payload(payload: bytes, secret: str, timestamp: int | None = None) -> str:
    """A `Stripe-Signature` header value for `payload`, as Stripe computes it."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


class LocmemGateway(StripeGateway):
    name = "stripe"  # its events and ids look like Stripe's

    @property
    def publishable_key(self) -> str:
        return super().publishable_key or "pk_test_locmem"

    def create_intent(
        self, *, amount_minor: int, currency: str, reference: str,
        payment_method: str | None = None, confirm: bool = False, idempotency_key: str | None = None,
    ) -> GatewayIntent:
        if not isinstance(amount_minor, int) or amount_minor <= 0:
            raise GatewayError("Bad request")
        intent_id = f"pi_locmem{next(_ids):08d}"
        status, failure = CardPaymentStatus.REQUIRES_PAYMENT_METHOD, ""
        if payment_method and confirm:
            if payment_method in DECLINED_CARDS:
                status, failure = CardPaymentStatus.FAILED, "Your card was declined."
            else:
                status = CardPaymentStatus.SUCCEEDED
        intents[intent_id] = _Intent(intent_id, amount_minor, currency.upper(), reference, status)
        return GatewayIntent(
            intent_id=intent_id, status=status, amount_minor=amount_minor, currency=currency.upper(),
            client_secret=f"{intent_id}_secret_locmem", failure_message=failure,
        )

    def retrieve_intent(self, intent_id: str) -> GatewayIntent:
        intent = intents.get(intent_id)
        if intent is None:
            raise GatewayError(f"No such payment_intent: {intent_id}")
        return GatewayIntent(
            intent_id=intent_id, status=intent.status, amount_minor=intent.amount_minor,
            currency=intent.currency, client_secret=f"{intent_id}_secret_locmem",
        )

    def refund(
        self, *, intent_id: str, amount_minor: int | None = None, idempotency_key: str | None = None,
    ) -> GatewayRefund:
        intent = intents.get(intent_id)
        if intent is None or intent.status != CardPaymentStatus.SUCCEEDED:
            raise GatewayError("Cannot refund a payment that did not succeed.")
        left = intent.amount_minor - intent.refunded_minor
        amount = left if amount_minor is None else amount_minor
        if amount <= 0 or amount > left:
            raise GatewayError(f"Cannot refund {amount}: {left} left")
        intent.refunded_minor += amount
        refund = GatewayRefund(
            refund_id=f"re_locmem{next(_ids):08d}", intent_id=intent_id, amount_minor=amount,
            currency=intent.currency, status="succeeded",
        )
        refunds.append(refund)
        return refund

    def mark_succeeded(self, intent_id: str) -> None:
        """What the buyer's browser would do: confirm the intent with a good card."""
        intents[intent_id].status = CardPaymentStatus.SUCCEEDED
