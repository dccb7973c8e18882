"""The outbox's use cases: record a message with the event it reports, take a receipt
that arrives later, and the corrections a person makes in the admin. The relay itself is
in relay.py."""

import json
import logging
import re
from datetime import datetime
from functools import partial
from typing import Any

from defusedxml import ElementTree as SafeElementTree
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from .models import (
    DECISIONS,
    MAX_KEY_CHARS,
    MAX_PAYLOAD_CHARS,
    MAX_REASON_CHARS,
    MAX_RECEIPT_CHARS,
    OutboxKind,
    OutboxMessage,
    OutboxStatus,
    PayloadFormat,
)

logger = logging.getLogger(__name__)

# Keys become file names (backends/file.py) and travel in receivers' headers.
KEY_PATTERN = re.compile(rf"[A-Za-z0-9][A-Za-z0-9._:-]{{0,{MAX_KEY_CHARS - 1}}}")
RESENDABLE = (OutboxStatus.PENDING, OutboxStatus.FAILED, OutboxStatus.SENT, OutboxStatus.REJECTED)
CORRECTABLE = (OutboxStatus.PENDING, OutboxStatus.FAILED, OutboxStatus.SENT, OutboxStatus.REJECTED,
               OutboxStatus.ACCEPTED)


class TransactionRequired(RuntimeError):
    """`record` was called outside a transaction: the message could commit without the
    event it reports, or the event without its message."""


class NotCorrectable(ValueError):
    """The message is being sent, or was already corrected."""


def payload_text(payload: Any, payload_format: str | None = None) -> tuple[str, str]:
    """The payload as stored, and its format: dicts and lists become JSON; a string is XML
    when it starts with "<" unless a format is given. Raises ValueError when it is too
    long or does not parse as its format says."""
    if isinstance(payload, dict | list):
        text, payload_format = json.dumps(payload, ensure_ascii=False, sort_keys=True), PayloadFormat.JSON
    elif isinstance(payload, str):
        text = payload
        if payload_format is None:
            payload_format = PayloadFormat.XML if payload.lstrip().startswith("<") else PayloadFormat.TEXT
    else:
        raise TypeError(f"An outbox payload is a str, dict or list, not {type(payload).__name__}")
    if len(text) > MAX_PAYLOAD_CHARS:
        raise ValueError(f"The payload has {len(text)} characters; at most {MAX_PAYLOAD_CHARS} are sent.")
    if payload_format == PayloadFormat.JSON:
        json.loads(text)  # ValueError
    elif payload_format == PayloadFormat.XML:
        try:
            SafeElementTree.fromstring(text)
        except Exception as exc:  # ParseError, and defusedxml's refusals of entities
            raise ValueError(f"The payload is not well-formed XML: {exc}") from exc
    return text, str(payload_format)


def record(
    kind: str, message_type: str, subject: str, payload: Any, *, idempotency_key: str,
    now: datetime | None = None,
) -> OutboxMessage:
    """Write a message about `subject` in the caller's transaction, which must be open.

    It commits with the caller's change or not at all, and is relayed after the commit
    (if the broker is down then, the periodic relay sends it within a minute or so).
    Recording a key again returns the message already recorded under it and changes
    nothing, whatever the payload, so a retried caller does not send twice.
    """
    if not transaction.get_connection().in_atomic_block:
        raise TransactionRequired("outbox.record must run inside transaction.atomic()")
    if kind not in OutboxKind.values:
        raise ValueError(f"Unknown outbox kind {kind!r}")
    if not KEY_PATTERN.fullmatch(idempotency_key or ""):
        raise ValueError(f"Bad idempotency key {idempotency_key!r}: letters, digits, '.', '_', ':', '-'")
    if not (0 < len(message_type) <= 40 and 0 < len(subject) <= 100):
        raise ValueError("A message type (up to 40 characters) and subject (up to 100) are required.")
    existing = OutboxMessage.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None:
        _note_repeat(existing, kind, message_type, subject)
        return existing
    text, payload_format = payload_text(payload)
    now = now or timezone.now()
    try:
        with transaction.atomic():  # a savepoint: losing a race must not spoil the caller's transaction
            message = OutboxMessage.objects.create(
                kind=kind, message_type=message_type, subject=subject, idempotency_key=idempotency_key,
                payload=text, payload_format=payload_format, next_attempt_at=now, created_at=now,
            )
            message.sequence = message.pk
            OutboxMessage.objects.filter(pk=message.pk).update(sequence=message.pk)
    except IntegrityError:
        existing = OutboxMessage.objects.get(idempotency_key=idempotency_key)
        _note_repeat(existing, kind, message_type, subject)
        return existing
    enqueue_after_commit(subject)
    return message


def _note_repeat(existing: OutboxMessage, kind: str, message_type: str, subject: str) -> None:
    if (existing.kind, existing.message_type, existing.subject) != (kind, message_type, subject):
        logger.warning("Outbox key %s was recorded for %s %s %s; asked again for %s %s %s",
                       existing.idempotency_key, existing.kind, existing.message_type, existing.subject,
                       kind, message_type, subject)


def enqueue_after_commit(subject: str) -> None:
    transaction.on_commit(partial(_enqueue, subject), robust=True)


def _enqueue(subject: str) -> None:
    from . import tasks

    try:
        tasks.relay_subject.delay(subject)
    except Exception:
        # The message is committed; the periodic relay (outbox.relay_pending) sends it.
        logger.warning("Could not queue the outbox relay for %s; the periodic relay will send it",
                       subject, exc_info=True)


def record_receipt(
    idempotency_key: str, status: str, reason: str = "", receipt: str = "", *, now: datetime | None = None,
) -> OutboxMessage:
    """Store the receiver's decision on a message, arriving after delivery.

    The receiver is the authority on its decision: a receipt is taken whatever the
    message's state (it may even arrive before the relay saved "sent"). A superseded
    message keeps that status with the receipt stored. The same receipt twice changes
    nothing. Raises OutboxMessage.DoesNotExist for an unknown key.
    """
    if status not in DECISIONS:
        raise ValueError(f"A receipt accepts or rejects, not {status!r}")
    reason, receipt = (reason or "")[:MAX_REASON_CHARS], (receipt or "")[:MAX_RECEIPT_CHARS]
    now = now or timezone.now()
    with transaction.atomic():
        message = OutboxMessage.objects.select_for_update().get(idempotency_key=idempotency_key)
        new_status = message.status if message.status == OutboxStatus.SUPERSEDED else status
        if (message.status, message.receipt, message.receipt_reason) == (new_status, receipt, reason):
            return message
        if message.decided_at and message.status != new_status:
            logger.warning("Outbox message %s was %s; its new receipt says %s",
                           idempotency_key, message.status, new_status)
        message.status, message.receipt, message.receipt_reason = new_status, receipt, reason
        message.decided_at = now
        message.sent_at = message.sent_at or now
        message.save(update_fields=["status", "receipt", "receipt_reason", "decided_at", "sent_at"])
    return message


def resend(messages: QuerySet[OutboxMessage], *, now: datetime | None = None) -> int:
    """Put messages back in the queue, due now, with the same key (a receiver that has
    them already takes them as the same message). Messages being sent, accepted or
    superseded are left alone. Returns how many were queued."""
    now = now or timezone.now()
    with transaction.atomic():
        queued = list(messages.filter(status__in=RESENDABLE).select_for_update().values_list("pk", "subject"))
        OutboxMessage.objects.filter(pk__in=[pk for pk, _ in queued]).update(
            status=OutboxStatus.PENDING, attempts=0, next_attempt_at=now, last_error="",
            receipt="", receipt_reason="", decided_at=None,
        )
        for subject in {subject for _, subject in queued}:
            enqueue_after_commit(subject)
    return len(queued)


def correct_and_resend(
    message: OutboxMessage, payload: str, *, now: datetime | None = None,
) -> OutboxMessage:
    """Send a corrected payload in `message`'s place: a new message with a key derived
    from the old one (`<original key>:rev<n>`), `corrected_from` set, and the same place
    in its subject's order; the old one becomes superseded. A message being sent, or
    already corrected, cannot be (NotCorrectable). ValueError for a bad payload."""
    now = now or timezone.now()
    text, payload_format = payload_text(payload, message.payload_format)
    with transaction.atomic():
        old = OutboxMessage.objects.select_for_update().get(pk=message.pk)
        if old.status not in CORRECTABLE:
            raise NotCorrectable(f"A {old.status} message cannot be corrected.")
        root, revision = old, 1
        while root.corrected_from_id is not None:
            root, revision = root.corrected_from, revision + 1
        corrected = OutboxMessage.objects.create(
            kind=old.kind, message_type=old.message_type, subject=old.subject, sequence=old.sequence,
            idempotency_key=f"{root.idempotency_key}:rev{revision}", payload=text,
            payload_format=payload_format, next_attempt_at=now, created_at=now, corrected_from=old,
        )
        old.status = OutboxStatus.SUPERSEDED
        old.save(update_fields=["status"])
        enqueue_after_commit(old.subject)
    return corrected
