"""Receipts coming back from the single window: by file (the E-port client drops them in
`<dir>/inbox/`) or by HTTP (views.receipts). Each is parsed by ceb.receipts and applied to
the message it answers (declaration.receipts); CEB816 tax slips go to the rebates app.

Never lose a receipt: a file is moved to inbox/done/ once applied, or to inbox/error/ with
a `<name>.reason` file saying why not (bad XML, an unknown guid) for a person to look at;
nothing is deleted. A message holding several receipts is applied all or nothing.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from marketplace.declaration import receipts as declaration_receipts

from . import transport

logger = logging.getLogger(__name__)

#: A receipt message is small; customs' limit for a message is 2 MB (ceb.safexml).
MAX_RECEIPT_BYTES = 2 * 1024 * 1024


class BadReceipt(ValueError):
    """Not a receipt the platform reads (not XML, hostile, unknown type)."""


@dataclass
class InboxReport:
    done: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)


def message_of(data: bytes) -> tuple[str, bytes]:
    """(message type, business message bytes) of a receipt, bare or in a DxpMsg."""
    from marketplace.ceb import envelope
    from marketplace.ceb.builders import message_type_of
    from marketplace.ceb.errors import CebError
    from marketplace.ceb.safexml import parse_bytes

    if len(data) > MAX_RECEIPT_BYTES:
        raise BadReceipt(f"larger than {MAX_RECEIPT_BYTES} bytes")
    try:
        root = parse_bytes(data, error=BadReceipt)
        if root.tag == f"{{{envelope.DXP_NS}}}DxpMsg":
            return envelope.unwrap(data)
        return message_type_of(root), data
    except CebError as exc:
        raise BadReceipt(str(exc)) from exc


def take(data: bytes) -> list[declaration_receipts.Applied]:
    """Apply every receipt in `data`. Raises BadReceipt, or declaration's UnknownGuid (then
    nothing was applied)."""
    from marketplace.ceb import receipts
    from marketplace.ceb.errors import CebError

    message_type, payload = message_of(data)
    try:
        if message_type == "CEB816":
            slips = receipts.parse_tax_slips(payload)
            declaration_receipts.hand_over_tax_slips(slips)
            return [declaration_receipts.Applied(message_type="CEB816", guid=slip.guid, status=slip.status)
                    for slip in slips]
        parsed = receipts.parse_receipts(payload)
    except CebError as exc:
        raise BadReceipt(str(exc)) from exc
    raw = payload.decode("utf-8", errors="replace")
    with transaction.atomic():
        return [declaration_receipts.apply_receipt(receipt, raw) for receipt in parsed]


def inbox_dir() -> Path:
    return transport.base_dir() / "inbox"


def read_inbox(*, limit: int = 500) -> InboxReport:
    """Apply the receipt files waiting in the inbox, oldest name first, up to `limit`."""
    folder = inbox_dir()
    report = InboxReport()
    if not folder.is_dir():
        return report
    for path in sorted(folder.glob("*.xml"))[:limit]:
        try:
            if path.stat().st_size > MAX_RECEIPT_BYTES:
                raise BadReceipt(f"larger than {MAX_RECEIPT_BYTES} bytes")
            take(path.read_bytes())
        except (BadReceipt, declaration_receipts.UnknownGuid) as exc:
            reason = (f"unknown guid {exc}: no message of ours has it"
                      if isinstance(exc, declaration_receipts.UnknownGuid) else f"not a readable receipt: {exc}")
            _move(path, folder / "error", reason=reason)
            report.errors[path.name] = reason
            logger.warning("Receipt %s moved to error/: %s", path.name, reason)
        except FileNotFoundError:
            continue  # another worker took it
        else:
            _move(path, folder / "done")
            report.done.append(path.name)
    return report


def _move(path: Path, folder: Path, *, reason: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    counter = 1
    while target.exists():  # the same name twice (a receipt sent again) keeps both
        target = folder / f"{path.stem}.{counter}{path.suffix}"
        counter += 1
    if reason:
        Path(f"{target}.reason").write_text(reason + "\n", encoding="utf-8")
    os.replace(path, target)
    return target
