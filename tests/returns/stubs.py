"""A gateway whose refunds fail, as Stripe's would when the card's account is closed or the
gateway is down; everything else is the in-memory gateway's."""

from marketplace.payments.backends.base import GatewayError
from marketplace.payments.backends.locmem import LocmemGateway

calls = []


class RefundFailingGateway(LocmemGateway):
    def refund(self, *, intent_id, amount_minor=None, idempotency_key=None):
        calls.append(idempotency_key)
        raise GatewayError("Your card's issuer refused the refund <b>(code 42)</b>")
