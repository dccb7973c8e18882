"""Delivering outbox messages: claim what is due, send it through its kind's backend,
store the answer.

Guarantees:
- A message is claimed by one worker at a time: the claim marks it "sending" in its own
  transaction, with `select_for_update(skip_locked=True)` where the database has it
  (PostgreSQL) so workers on several machines take different rows, and under SQLite's
  write lock otherwise. A claim lapses after MARKETPLACE_OUTBOX_CLAIM_SECONDS; a message
  whose worker died is then claimed again and sent again with the same idempotency key,
  which backends treat as the same message (backends/base.py).
- Per subject, messages go out in order: one is claimable only when no earlier message
  of its subject is pending, sending or failed.
- A backend that is down (BackendUnavailable, or any other error) costs an attempt: the
  message waits min(base * 2^(attempts-1), cap) seconds and is "failed" after the last
  attempt, holding its subject's later messages until a person resends or corrects it.
"""

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone

from .backends import BackendUnavailable, OutboxBackend, SendResult, get_backend
from .models import (
    BLOCKING_STATUSES,
    MAX_REASON_CHARS,
    MAX_RECEIPT_CHARS,
    OutboxMessage,
    OutboxStatus,
)

logger = logging.getLogger(__name__)

ANSWERS = {"sent": OutboxStatus.SENT, "accepted": OutboxStatus.ACCEPTED, "rejected": OutboxStatus.REJECTED}


def _setting(name: str, default):
    return getattr(settings, f"MARKETPLACE_OUTBOX_{name}", default)


def max_attempts() -> int:
    return _setting("MAX_ATTEMPTS", 10)


def retry_delay(attempts: int) -> timedelta:
    """How long a message waits after its `attempts`-th failed attempt."""
    base, cap = _setting("RETRY_BASE_SECONDS", 30), _setting("RETRY_CAP_SECONDS", 3600)
    return timedelta(seconds=min(base * 2 ** max(attempts - 1, 0), cap))


@dataclass
class RelayReport:
    """What one relay run did, by outcome: sent, accepted, rejected, retrying, failed."""

    outcomes: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.outcomes.values())


def claimable(now: datetime):
    earlier_open = OutboxMessage.objects.filter(
        subject=OuterRef("subject"), sequence__lt=OuterRef("sequence"), status__in=BLOCKING_STATUSES,
    )
    return (
        OutboxMessage.objects
        .filter(Q(status=OutboxStatus.PENDING) | Q(status=OutboxStatus.SENDING), next_attempt_at__lte=now)
        .filter(~Exists(earlier_open))
        .order_by("sequence", "pk")
    )


def claim(now: datetime, *, limit: int, subject: str | None = None) -> list[OutboxMessage]:
    """Mark up to `limit` due messages "sending" for this worker and return them in order;
    at most one per subject (the next is claimable once this one is out)."""
    with transaction.atomic():
        due = claimable(now)
        if subject is not None:
            due = due.filter(subject=subject)
        if connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True)
        ids = list(due.values_list("pk", flat=True)[:limit])
        if not ids:
            return []
        claim_until = now + timedelta(seconds=_setting("CLAIM_SECONDS", 300))
        OutboxMessage.objects.filter(pk__in=ids).update(
            status=OutboxStatus.SENDING, next_attempt_at=claim_until, attempts=F("attempts") + 1,
        )
    return list(OutboxMessage.objects.filter(pk__in=ids).order_by("sequence", "pk"))


def deliver(message: OutboxMessage, backends: dict[str, OutboxBackend], now: datetime) -> str:
    """Send one claimed message and store the answer; returns the outcome's name."""
    try:
        backend = backends.get(message.kind)
        if backend is None:
            backend = backends[message.kind] = get_backend(message.kind)
        result = backend.send(message)
        if not isinstance(result, SendResult) or result.status not in ANSWERS:
            raise TypeError(f"{type(backend).__name__}.send answered {result!r}")
    except BackendUnavailable as exc:
        return _retry_or_fail(message, now, str(exc) or type(exc).__name__)
    except Exception as exc:
        logger.exception("Outbox backend for %s failed on message %s", message.kind, message.idempotency_key)
        return _retry_or_fail(message, now, f"{type(exc).__name__}: {exc}")
    status = ANSWERS[result.status]
    changes = {"status": status, "sent_at": now, "last_error": ""}
    if status != OutboxStatus.SENT:
        changes.update(decided_at=now, receipt=(result.receipt or "")[:MAX_RECEIPT_CHARS],
                       receipt_reason=(result.reason or "")[:MAX_REASON_CHARS])
    elif result.receipt:
        changes["receipt"] = result.receipt[:MAX_RECEIPT_CHARS]
    _store(message, changes)
    return str(status)


def _retry_or_fail(message: OutboxMessage, now: datetime, error: str) -> str:
    if message.attempts >= max_attempts():
        logger.error("Outbox message %s failed after %s attempts: %s",
                     message.idempotency_key, message.attempts, error)
        _store(message, {"status": OutboxStatus.FAILED, "last_error": error[:2000]})
        return "failed"
    _store(message, {"status": OutboxStatus.PENDING, "last_error": error[:2000],
                     "next_attempt_at": now + retry_delay(message.attempts)})
    return "retrying"


def _store(message: OutboxMessage, changes: dict) -> None:
    # Only while still ours: a lapsed claim may have passed it to another worker, or a
    # receipt may have decided it already.
    stored = OutboxMessage.objects.filter(
        pk=message.pk, status=OutboxStatus.SENDING, attempts=message.attempts,
    ).update(**changes)
    if not stored:
        logger.info("Outbox message %s changed while being sent; its answer was not stored",
                    message.idempotency_key)
    for name, value in changes.items():
        setattr(message, name, value)


def relay_pending(
    *, now: datetime | None = None, batch_size: int = 200, max_seconds: float | None = 50.0,
) -> RelayReport:
    """Send every due message, batch after batch, until none is left or `max_seconds`
    have passed (the beat starts another run each minute). `now` fixes the clock (tests)."""
    report, backends = RelayReport(), {}
    started = time.monotonic()
    while max_seconds is None or time.monotonic() - started < max_seconds:
        at = now or timezone.now()
        batch = claim(at, limit=batch_size)
        if not batch:
            break
        for message in batch:
            report.add(deliver(message, backends, at))
    return report


def relay_subject(subject: str, *, now: datetime | None = None) -> RelayReport:
    """Send the due messages of one subject, in order (queued after a commit records one)."""
    report, backends = RelayReport(), {}
    while True:
        at = now or timezone.now()
        batch = claim(at, limit=1, subject=subject)
        if not batch:
            return report
        report.add(deliver(batch[0], backends, at))
