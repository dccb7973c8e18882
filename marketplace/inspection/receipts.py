"""The inspection side's answers, as JSON receipts a file or HTTP transport hands in.

One receipt is an object; a file may hold a list of them (at most MAX_RECEIPTS):

    {"doc_type": "INSPECTION_RECEIPT", "version": 1,
     "reference": "inspection:ent-filing:12:r1",   # the outbox key, or the batch number
     "decision": "accepted",   # accepted | rejected (filings); released |
                               # inspection_required | rejected (batches)
     "number": "4417CBEC000123",   # filing number (accepted) or release number (released)
     "reason": "",                 # required for rejected and inspection_required
     "valid_until": "2029-12-31",  # optional, filings only
     "decided_at": "2026-12-03T10:00:00+08:00"}   # optional

`parse_receipts` checks the text against this schema and returns `Receipt`s;
services.apply_receipt applies one. A receipt that breaks the schema raises
DocumentError listing every problem, so the transport can file it as refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from marketplace.outbox.models import MAX_RECEIPT_CHARS

from .schema import DocumentError, Field, Schema

RECEIPT = "INSPECTION_RECEIPT"
MAX_RECEIPTS = 1000
#: A file of receipts: the outbox's bound on one receipt, times a generous factor.
MAX_RECEIPT_FILE_CHARS = MAX_RECEIPT_CHARS * 16

ACCEPTED, REJECTED = "accepted", "rejected"
RELEASED, INSPECTION_REQUIRED = "released", "inspection_required"
DECISIONS = (ACCEPTED, REJECTED, RELEASED, INSPECTION_REQUIRED)


def _reason_when_needed(document: dict) -> list[str]:
    if document["decision"] in (REJECTED, INSPECTION_REQUIRED) and not document.get("reason"):
        return ["reason: required when the decision is rejected or inspection_required"]
    if document["decision"] in (ACCEPTED, RELEASED) and not document.get("number"):
        return ["number: required when the decision is accepted or released"]
    return []


RECEIPT_SCHEMA = Schema(RECEIPT, (
    Field("doc_type", "str", choices=(RECEIPT,)),
    Field("version", "int", minimum=1, maximum=1),
    Field("reference", "str", max_length=220, pattern=r"[A-Za-z0-9][A-Za-z0-9._:-]*"),
    Field("decision", "str", choices=DECISIONS),
    Field("number", "str", required=False, max_length=64, pattern=r"[A-Za-z0-9][A-Za-z0-9._/-]*"),
    Field("reason", "str", required=False, max_length=1000),
    Field("valid_until", "date", required=False),
    Field("decided_at", "datetime", required=False),
), rules=(_reason_when_needed,))


@dataclass(frozen=True)
class Receipt:
    reference: str
    decision: str
    number: str = ""
    reason: str = ""
    valid_until: date | None = None
    decided_at: datetime | None = None
    raw: str = ""


def parse_receipts(text: str | bytes) -> list[Receipt]:
    """The receipts in `text` (one object or a list). DocumentError on anything else."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise DocumentError(["document: not UTF-8 text"], RECEIPT) from None
    if len(text) > MAX_RECEIPT_FILE_CHARS:
        raise DocumentError([f"document: at most {MAX_RECEIPT_FILE_CHARS} characters"], RECEIPT)
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise DocumentError([f"document: not JSON ({exc})"], RECEIPT) from None
    items = data if isinstance(data, list) else [data]
    if not items or len(items) > MAX_RECEIPTS:
        raise DocumentError([f"document: 1 to {MAX_RECEIPTS} receipts"], RECEIPT)
    problems: list[str] = []
    receipts = []
    for index, item in enumerate(items):
        try:
            RECEIPT_SCHEMA.validate(item)
        except DocumentError as exc:
            prefix = f"[{index}] " if isinstance(data, list) else ""
            problems.extend(prefix + problem for problem in exc.problems)
            continue
        receipts.append(Receipt(
            reference=item["reference"], decision=item["decision"], number=item.get("number") or "",
            reason=item.get("reason") or "",
            valid_until=date.fromisoformat(item["valid_until"]) if item.get("valid_until") else None,
            decided_at=datetime.fromisoformat(item["decided_at"]) if item.get("decided_at") else None,
            raw=json.dumps(item, ensure_ascii=False, sort_keys=True),
        ))
    if problems:
        raise DocumentError(problems, RECEIPT)
    return receipts
