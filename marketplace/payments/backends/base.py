"""The payment gateway interface: what the payments services ask of any card processor.

Like Django's e-mail backends, one class per processor, chosen by a dotted path in
settings (`MARKETPLACE_PAYMENT_GATEWAY`). A gateway speaks in minor units and its own
ids; it turns its webhook events into `PaymentChange`s in this app's vocabulary, so the
services never read a processor's event types.
"""

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any


class GatewayError(Exception):
    """The gateway refused a request or could not be reached; the message is for logs."""


class InvalidWebhook(GatewayError):
    """A webhook delivery whose signature does not verify (forged, missing, expired)."""


class MalformedWebhook(GatewayError):
    """A webhook delivery that verifies but is not an event this gateway can read."""


@dataclass(frozen=True)
class GatewayIntent:
    """A payment intent as the gateway answered: `status` is already this app's vocabulary
    (a `CardPaymentStatus` value)."""

    intent_id: str
    status: str
    amount_minor: int
    currency: str
    client_secret: str
    failure_message: str = ""


@dataclass(frozen=True)
class GatewayRefund:
    refund_id: str
    intent_id: str
    amount_minor: int
    currency: str
    status: str  # the gateway's own: "succeeded", "pending", "failed", ...


@dataclass(frozen=True)
class PaymentChange:
    """What an event says about one payment. Fields left None say nothing."""

    intent_id: str
    status: str | None = None  # a CardPaymentStatus value
    amount_minor: int | None = None
    currency: str | None = None
    reference: str | None = None  # from the intent's metadata, to record a payment seen first here
    failure_message: str = ""
    refunded_minor: int | None = None  # the total refunded so far, when the event carries it
    refund: GatewayRefund | None = None


@dataclass(frozen=True)
class GatewayEventData:
    event_id: str
    type: str
    created: int  # epoch seconds, the gateway's clock
    payload: dict[str, Any]
    change: PaymentChange | None = field(default=None)  # None: an event the services ignore


class PaymentGateway(ABC):
    """One card processor. Implementations hold no per-request state and may be shared."""

    name: str = ""

    @property
    @abstractmethod
    def publishable_key(self) -> str:
        """The key the buyer's browser uses to confirm a payment (public by design)."""

    @abstractmethod
    def create_intent(
        self, *, amount_minor: int, currency: str, reference: str,
        payment_method: str | None = None, confirm: bool = False, idempotency_key: str | None = None,
    ) -> GatewayIntent:
        """Create a card payment intent. A declined card when confirming at creation is not
        an error: the intent comes back with status "failed" and the gateway's message."""

    @abstractmethod
    def retrieve_intent(self, intent_id: str) -> GatewayIntent:
        """The intent as the gateway holds it now (the buyer's browser may have confirmed it)."""

    @abstractmethod
    def refund(
        self, *, intent_id: str, amount_minor: int | None = None, idempotency_key: str | None = None,
    ) -> GatewayRefund:
        """Refund `amount_minor` (None: all that is left) of a paid intent."""

    @abstractmethod
    def parse_webhook(self, payload: bytes, signature_header: str | None) -> GatewayEventData:
        """Verify and read one webhook delivery; raises InvalidWebhook or MalformedWebhook."""
