"""Customs' receipts, applied to the messages they answer.

A receipt names the guid of the message it answers. Every receipt's status is kept on that
message (`return_status`, `return_info`: people want to see "sent to customs" and "manual
review" too); a receipt that decides (accepted or rejected, as ceb.receipts reads it) is
also given to the outbox (record_receipt), which stops or frees the order's queue. A list's
receipt may carry its list number (invtNo) and, at status 800, its release: released 9610
lists are what summaries (CEB701) take. A summary's result (CEB792) carries the numbers
the rebate claim cites.
"""

from __future__ import annotations

import inspect
import logging
from dataclasses import dataclass
from importlib import import_module

from django.db import transaction
from django.utils import timezone

from marketplace.outbox import services as outbox

from .models import RETURN_INFO_MAX, DeclarationMessage, Summary

logger = logging.getLogger(__name__)

#: Inventory list released by customs (放行), DOMAIN.md §2.5.
RELEASED = "800"
#: The receipts that carry e-tax slips rather than answer a message of ours.
TAX_SLIP_TYPES = ("CEB816", "CEB818")


class UnknownGuid(LookupError):
    """The receipt answers no message the platform sent."""


@dataclass(frozen=True)
class Applied:
    """What a receipt did: the message type and guid it answered, its status now."""

    message_type: str
    guid: str
    status: str


def _key(keys, *names: str) -> str:
    keys = keys or {}
    for name in names:
        value = keys.get(name) if hasattr(keys, "get") else None
        if value:
            return str(value)
    return ""


def apply_receipt(receipt, raw: str = "") -> Applied:
    """Apply a parsed receipt (ceb.receipts.Receipt); `raw` is the receipt's XML as stored
    on the outbox. Raises UnknownGuid when it answers no message of ours."""
    guid = (receipt.guid or "").upper()
    with transaction.atomic():
        target = (DeclarationMessage.objects.select_for_update().filter(guid=guid).first()
                  or Summary.objects.select_for_update().filter(guid=guid).first())
        if target is None:
            raise UnknownGuid(guid)
        target.return_status = str(receipt.return_status or "")[:10]
        target.return_info = str(receipt.return_info or "")[:RETURN_INFO_MAX]
        target.returned_at = timezone.now()
        fields = ["return_status", "return_info", "returned_at"]
        if isinstance(target, DeclarationMessage):
            invt_no = _key(receipt.keys, "invtNo", "invt_no")
            if invt_no:
                target.invt_no, fields = invt_no[:20], [*fields, "invt_no"]
            if target.return_status == RELEASED and target.message_type in ("CEB603", "CEB621"):
                target.released, fields = True, [*fields, "released"]
        else:
            for attribute, names in (("sum_no", ("sumNo", "sum_no")), ("entry_id", ("entryId", "entry_id"))):
                value = _key(receipt.keys, *names)
                if value:
                    setattr(target, attribute, value[:18])
                    fields.append(attribute)
        target.save(update_fields=fields)
        message = target.current_outbox_message()
        if receipt.decision in ("accepted", "rejected"):
            outbox.record_receipt(message.idempotency_key, receipt.decision, reason=target.return_info,
                                  receipt=raw)
    return Applied(message_type=target.message_type, guid=guid, status=target.return_status)


def hand_over_tax_slips(slips) -> bool:
    """CEB816 tax slips are the rebates app's (when it offers take_tax_slips); whether taken."""
    try:
        rebates = import_module("marketplace.rebates.services")
    except ImportError:
        return False
    take = getattr(rebates, "take_tax_slips", None)
    if take is None:
        logger.warning("A tax slip arrived and no app takes it (marketplace.rebates.services.take_tax_slips)")
        return False
    if "order_for_inventory" in inspect.signature(take).parameters:
        take(slips, order_for_inventory=order_for_inventory)
    else:
        take(slips)
    return True


def order_for_inventory(invt_no: str) -> str | None:
    """The order whose list customs numbered `invt_no` (from the list's receipt)."""
    return (DeclarationMessage.objects.filter(invt_no=invt_no)
            .values_list("declaration__order__number", flat=True).first())
