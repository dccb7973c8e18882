"""A backend that writes each message to a file, for a receiver that collects files
(customs' and the tax office's client programs read a folder) or for a person to upload.

The file is `<MARKETPLACE_OUTBOX_FILE_DIR>/<kind>/<idempotency key>.<xml|json|txt>`,
written under a temporary name and renamed, so a reader never sees half a message. The
same key always gives the same file: a second delivery rewrites it with the same bytes.
"""

import os
import tempfile
from pathlib import Path

from django.conf import settings

from ..models import OutboxMessage
from .base import BackendUnavailable, OutboxBackend, SendResult


def outbox_dir() -> Path:
    configured = getattr(settings, "MARKETPLACE_OUTBOX_FILE_DIR", None)
    return Path(configured) if configured else Path(settings.VAR_DIR) / "outbox"


class FileBackend(OutboxBackend):
    def send(self, message: OutboxMessage) -> SendResult:
        # Keys are checked when recorded (services.KEY_PATTERN): no separators, no "..".
        folder = outbox_dir() / self.kind
        target = folder / f"{message.idempotency_key}.{message.file_extension}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".part")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(message.payload)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temporary, target)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as exc:  # a full or unmounted disk may come back
            raise BackendUnavailable(f"Cannot write {target}: {exc}") from exc
        return SendResult(status="sent", receipt=target.name)
