"""Outbox backends for kind "customs": the single window, by files or by HTTP.

    MARKETPLACE_OUTBOX_BACKENDS = {"customs": "marketplace.single_window.backends.FileBackend"}
    MARKETPLACE_OUTBOX_BACKENDS = {"customs": "marketplace.single_window.backends.HttpBackend"}

Both sign at send time, not when the message is recorded: the signature is the declaring
firm's card (ceb.signing), which may be unplugged or its service down, and that must
delay a message, not lose or refuse it (SignerUnavailable -> BackendUnavailable, retried
by the relay). The signed message is validated against the official schema when installed
(a refusal there is the platform's mistake: the message is "rejected" with the reason, for
staff to correct and resend), then wrapped in DxpMsg with CopMsgId = the message's guid.

Delivery is idempotent by that guid: the file backend writes the same file name again, the
HTTP backend sends the outbox key in X-Idempotency-Key for the adapter to deduplicate.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

from django.conf import settings

from marketplace.outbox.backends.base import BackendUnavailable, OutboxBackend, SendResult
from marketplace.outbox.models import MAX_REASON_CHARS, OutboxMessage

from . import transport

logger = logging.getLogger(__name__)


class Unsendable(Exception):
    """The message cannot be made ready (the schema or the signer refuses it)."""


def prepare(message: OutboxMessage) -> transport.Outgoing:
    """Sign, validate and wrap `message`; BackendUnavailable for trouble that may pass,
    Unsendable for a message that will never go as it is."""
    from marketplace.ceb import envelope, schema, signing
    from marketplace.ceb.errors import CebError, SignerUnavailable
    from marketplace.ceb.safexml import parse_bytes

    payload = message.payload.encode("utf-8")
    try:
        signed = signing.sign(payload)
    except SignerUnavailable as exc:
        raise BackendUnavailable(f"Signer unavailable: {exc}") from exc
    except CebError as exc:
        raise Unsendable(f"The signer refused the message: {exc}") from exc
    try:
        root = parse_bytes(signed, error=Unsendable)
        guid = root.get("guid") or ""
        if not guid:
            raise Unsendable("The message has no guid.")
        if schema.schemas_available():
            schema.validate(root)
        wrapped = envelope.wrap(signed, message_type=message.message_type, cop_msg_id=guid)
        if schema.schemas_available():
            schema.validate(wrapped)
    except CebError as exc:
        raise Unsendable(str(exc)) from exc
    return transport.Outgoing(message_type=message.message_type, guid=guid, envelope=wrapped)


class SingleWindowBackend(OutboxBackend):
    def send(self, message: OutboxMessage) -> SendResult:
        try:
            outgoing = prepare(message)
        except Unsendable as exc:
            logger.error("Customs message %s cannot be sent: %s", message.idempotency_key, exc)
            return SendResult(status="rejected", reason=str(exc)[:MAX_REASON_CHARS])
        return self.deliver(message, outgoing)

    def deliver(self, message: OutboxMessage, outgoing: transport.Outgoing) -> SendResult:
        raise NotImplementedError


class FileBackend(SingleWindowBackend):
    """Writes `<dir>/outbox/{MessageType}_{CopMsgId}.xml` for the E-port client to pick up,
    under a temporary name renamed into place (a reader never sees half a file)."""

    def deliver(self, message: OutboxMessage, outgoing: transport.Outgoing) -> SendResult:
        folder = transport.base_dir() / "outbox"
        target = folder / outgoing.file_name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_atomically(target, outgoing.envelope)
        except OSError as exc:  # a full or unmounted disk may come back
            raise BackendUnavailable(f"Cannot write {target}: {exc}") from exc
        return SendResult(status="sent", receipt=target.name)


def write_atomically(target: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class HttpBackend(SingleWindowBackend):
    """POSTs the DxpMsg to MARKETPLACE_SINGLE_WINDOW_URL (the adapter in front of the
    E-port), signed with X-Signature = hex HMAC-SHA256(body, MARKETPLACE_SINGLE_WINDOW_SECRET)
    and carrying X-Idempotency-Key. 5xx, timeouts and connection errors are retried; a 4xx
    is the adapter refusing the message (its body is the reason); a 2xx is sent, or
    accepted when the adapter answers {"status": "accepted"}."""

    def deliver(self, message: OutboxMessage, outgoing: transport.Outgoing) -> SendResult:
        import requests

        url = getattr(settings, "MARKETPLACE_SINGLE_WINDOW_URL", "")
        if not url or not transport.secret():
            raise BackendUnavailable("MARKETPLACE_SINGLE_WINDOW_URL and _SECRET are not both set")
        body = outgoing.envelope
        headers = {"Content-Type": "application/xml; charset=utf-8", "X-Idempotency-Key": message.idempotency_key,
                   "X-Signature": transport.signature(body), "X-Message-Type": outgoing.message_type,
                   "X-Cop-Msg-Id": outgoing.guid}
        timeout = getattr(settings, "MARKETPLACE_SINGLE_WINDOW_TIMEOUT", 15)
        try:
            response = requests.post(url, data=body, headers=headers, timeout=timeout)
        except requests.RequestException as exc:
            raise BackendUnavailable(f"Single window unreachable: {exc}") from exc
        text = response.text[:MAX_REASON_CHARS]
        if response.status_code >= 500 or response.status_code == 429:
            raise BackendUnavailable(f"Single window answered {response.status_code}: {text}")
        if 400 <= response.status_code < 500:
            return SendResult(status="rejected", reason=text or f"HTTP {response.status_code}", receipt=text)
        if not 200 <= response.status_code < 300:
            raise BackendUnavailable(f"Single window answered {response.status_code}")
        return SendResult(status=_answer(response), receipt=text)


def _answer(response) -> str:
    try:
        status = json.loads(response.text or "{}").get("status")
    except (ValueError, AttributeError):
        return "sent"
    return "accepted" if status == "accepted" else "sent"
