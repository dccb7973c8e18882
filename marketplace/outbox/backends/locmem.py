"""A backend that keeps what it got in memory, for tests and the embedded profile.

Like Django's locmem e-mail backend: `deliveries` lists every call (a repeated key shows
there twice), `received` holds one delivery per idempotency key, as a receiver that
deduplicates would. Set `LocmemBackend.answer` to "accepted" or "rejected" to have it
decide at once.
"""

from dataclasses import dataclass

from ..models import OutboxMessage
from .base import OutboxBackend, SendResult


@dataclass(frozen=True)
class Delivery:
    kind: str
    message_type: str
    subject: str
    idempotency_key: str
    payload: str


deliveries: list[Delivery] = []
received: dict[str, Delivery] = {}


def reset() -> None:
    deliveries.clear()
    received.clear()


class LocmemBackend(OutboxBackend):
    answer = "sent"
    reason = ""

    def send(self, message: OutboxMessage) -> SendResult:
        delivery = Delivery(
            kind=message.kind, message_type=message.message_type, subject=message.subject,
            idempotency_key=message.idempotency_key, payload=message.payload,
        )
        deliveries.append(delivery)
        received.setdefault(message.idempotency_key, delivery)
        return SendResult(status=self.answer, reason=self.reason)
