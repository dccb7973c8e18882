"""The interface every outbox backend implements: one method, `send`.

Delivery is at least once: the relay may call `send` again with a message it already
sent (its worker died between sending and saving the answer, or a person pressed
"resend"). The message's `idempotency_key` is the same each time, and a backend must
treat a second delivery with a known key as the same message: forward that key to the
receiver where its protocol carries one, or remember what was sent under it. Together
with the relay handing each message to one worker at a time, that makes delivery
exactly once as the receiver sees it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ..models import OutboxMessage


class BackendUnavailable(Exception):
    """Trouble worth retrying (the receiver is down, times out, throttles); the message is
    for the outbox's `last_error` and the logs."""


@dataclass(frozen=True)
class SendResult:
    """The receiver's answer at delivery: "sent" when it decides later (its receipt then
    arrives through `services.record_receipt`), or its decision at once."""

    status: Literal["sent", "accepted", "rejected"]
    receipt: str = ""
    reason: str = ""


class OutboxBackend(ABC):
    """One outside system for one kind of message. Backends are made per relay pass and
    hold no state between messages that a restart would need."""

    def __init__(self, *, kind: str) -> None:
        self.kind = kind

    @abstractmethod
    def send(self, message: OutboxMessage) -> SendResult:
        """Deliver `message` (idempotently by its key, see the module docstring). Raise
        BackendUnavailable for trouble that may pass; any other exception is logged and
        retried the same way, as a bug may be fixed by a deployment."""
