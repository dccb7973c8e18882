"""What every single-window transport shares: where its files live, the shared secret of
its HMAC signatures, and the outgoing message made ready to travel (signed, validated,
wrapped in DxpMsg)."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings


def base_dir() -> Path:
    """MARKETPLACE_SINGLE_WINDOW_DIR, default <VAR_DIR>/single-window: outbox/ is what the
    E-port client picks up, inbox/ what it drops (receipts), with done/ and error/ below."""
    configured = getattr(settings, "MARKETPLACE_SINGLE_WINDOW_DIR", None)
    return Path(configured) if configured else Path(settings.VAR_DIR) / "single-window"


def secret() -> bytes:
    """MARKETPLACE_SINGLE_WINDOW_SECRET; empty means HTTP transport is not configured."""
    return str(getattr(settings, "MARKETPLACE_SINGLE_WINDOW_SECRET", "") or "").encode("utf-8")


def signature(body: bytes, key: bytes | None = None) -> str:
    """Hex HMAC-SHA256 of `body` with the shared secret."""
    return hmac.new(secret() if key is None else key, body, hashlib.sha256).hexdigest()


def signature_matches(body: bytes, given: str) -> bool:
    key = secret()
    if not key or not given:
        return False
    return hmac.compare_digest(signature(body, key), given.strip().lower())


@dataclass(frozen=True)
class Outgoing:
    """A customs message ready to travel: its type, guid (= CopMsgId) and the DxpMsg bytes."""

    message_type: str
    guid: str
    envelope: bytes

    @property
    def file_name(self) -> str:
        from marketplace.ceb.envelope import file_name

        return file_name(self.message_type, self.guid)
