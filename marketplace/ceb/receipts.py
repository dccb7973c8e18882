"""Reading what customs sends back: receipts (CEB304/404/506/604/702, 312/412/512/622), the
format-error message CEB900 and the import tax slips CEB816, bare or inside a DxpMsg envelope.

Parsing is safe (no DTD, no entities, no network, 2 MB at most) and strict: anything that is
not a receipt this module knows raises :class:`CebReceiptError` with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation

from lxml import etree

from .builders.base import BEIJING, CEB_NS
from .envelope import DXP_NS, unwrap
from .errors import CebReceiptError
from .safexml import parse_bytes

__all__ = [
    "DECISIONS",
    "RECEIPT_OF",
    "Receipt",
    "TaxSlip",
    "TaxSlipItem",
    "decision_for",
    "parse_receipt",
    "parse_receipts",
    "parse_tax_slips",
]

ACCEPTED = "accepted"
REJECTED = "rejected"

#: Receipt type -> (the message it answers, its return node).
RECEIPT_OF: dict[str, tuple[str, str]] = {
    "CEB304": ("CEB303", "OrderReturn"),
    "CEB404": ("CEB403", "ReceiptsReturn"),
    "CEB506": ("CEB505", "LogisticsReturn"),
    "CEB604": ("CEB603", "InventoryReturn"),
    "CEB702": ("CEB701", "SummaryReturn"),
    "CEB312": ("CEB311", "OrderReturn"),
    "CEB412": ("CEB411", "PaymentReturn"),
    "CEB512": ("CEB511", "LogisticsReturn"),
    "CEB622": ("CEB621", "InventoryReturn"),
}

#: Orders, payment records and waybills are only stored by customs, never reviewed: "entered
#: the customs database" (120) is their final, good answer. Lists and summaries go on to
#: review, so 120 there means "in progress".
_STORED_IS_FINAL = frozenset({"CEB304", "CEB404", "CEB506", "CEB312", "CEB412", "CEB512"})

#: returnStatus -> decision, per DOMAIN §2.5 (SPEC22 §2-3, §7; ZJ CustomsResultStatus.kt).
#: None = still in progress: 1 stored at E-port, 2 declaring, 3 sent to customs, 120 in the
#: customs database (lists), 300 manual review, 500 inspection, 501/502/503/599 detained (to
#: clearance, anti-smuggling, legal, other: not final, customs decides later).
#: Negative codes (processing errors such as -301010 duplicate, -621005/-621018 limits,
#: -621029 signature) are rejections as well, see :func:`decision_for`.
DECISIONS: dict[str, str | None] = {
    "1": None,
    "2": None,
    "3": None,
    "4": REJECTED,  # sending to customs failed: this message will not be decided, send anew
    "100": REJECTED,  # rejected by customs, reason in returnInfo
    "120": None,  # see _STORED_IS_FINAL
    "300": None,
    "399": ACCEPTED,  # approved (审结): lists, cancellations, summaries
    "500": None,
    "501": None,
    "502": None,
    "503": None,
    "599": None,
    "700": REJECTED,  # returned abroad (退运)
    "800": ACCEPTED,  # released (放行)
    "899": ACCEPTED,  # closed (结关)
}

MAX_BYTES = 2 * 1024 * 1024
_FRAME_FIELDS = ("guid", "returnStatus", "returnTime", "returnInfo")


@dataclass(frozen=True, slots=True)
class Receipt:
    message_type: str
    """The receipt's own type, e.g. ``"CEB604"`` (``"CEB900"`` for a format error)."""
    receipt_of: str
    """The message it answers, e.g. ``"CEB603"``."""
    guid: str
    """The guid of the business node answered (the platform's guid)."""
    keys: dict[str, str]
    """Business keys as customs names them: orderNo, logisticsNo, copNo, preNo, invtNo ..."""
    return_status: str
    return_time: datetime
    """Beijing time, aware."""
    return_info: str
    decision: str | None
    """``"accepted"``, ``"rejected"`` or None while customs is still working on it."""


@dataclass(frozen=True, slots=True)
class TaxSlipItem:
    gnum: int
    gcode: str
    tax_price: Decimal
    customs_tax: Decimal
    value_added_tax: Decimal
    consumption_tax: Decimal


@dataclass(frozen=True, slots=True)
class TaxSlip:
    guid: str
    return_time: datetime
    invt_no: str
    tax_no: str
    order_no: str | None
    """Not in the 2022 TaxHeadRd (older editions carried it); None then."""
    status: str
    """``"1"`` generated, ``"2"`` summarised, ``"3"`` void."""
    customs_tax: Decimal
    value_added_tax: Decimal
    consumption_tax: Decimal
    items: list[TaxSlipItem] = field(default_factory=list)


def decision_for(receipt_type: str, return_status: str) -> str | None:
    status = return_status.strip()
    if receipt_type == "CEB900" or status.startswith("-"):
        return REJECTED
    if status == "120" and receipt_type in _STORED_IS_FINAL:
        return ACCEPTED
    return DECISIONS.get(status)


# ---- parsing ---------------------------------------------------------------------------


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


def _message_root(data: bytes) -> tuple[str, etree._Element]:
    root = parse_bytes(data, error=CebReceiptError, max_bytes=MAX_BYTES * 2)
    if etree.QName(root).namespace == DXP_NS:
        _type, data = unwrap(data)
        root = parse_bytes(data, error=CebReceiptError, max_bytes=MAX_BYTES)
    elif len(data) > MAX_BYTES:
        raise CebReceiptError(f"receipt larger than {MAX_BYTES} bytes")
    qname = etree.QName(root)
    if qname.namespace != CEB_NS or not qname.localname.endswith("Message"):
        raise CebReceiptError(f"not a CEB message ({qname.localname})")
    return qname.localname.removesuffix("Message"), root


def _text(node: etree._Element, name: str, *, required: bool = True) -> str | None:
    child = node.find(f"{{{CEB_NS}}}{name}")
    if child is None or child.text is None or not child.text.strip():
        if required and not (child is not None and name in ("returnInfo", "oriBizMessage")):
            raise CebReceiptError(f"{_local(node)} has no {name}")
        return "" if child is not None else None
    return child.text.strip()


def _return_time(value: str) -> datetime:
    """``yyyyMMddHHmmssSSS`` (17 digits; 14 accepted) in Beijing time."""
    if not value.isdigit() or len(value) not in (14, 17):
        raise CebReceiptError(f"returnTime {value!r} is not yyyyMMddHHmmssSSS")
    try:
        moment = datetime.strptime(value[:14], "%Y%m%d%H%M%S")
    except ValueError as exc:
        raise CebReceiptError(f"returnTime {value!r} is not a valid time") from exc
    micro = int(value[14:] or 0) * 1000
    return moment.replace(microsecond=micro, tzinfo=BEIJING)


def _decimal(node: etree._Element, name: str) -> Decimal:
    value = _text(node, name)
    try:
        number = Decimal(value)
    except InvalidOperation as exc:
        raise CebReceiptError(f"{_local(node)}.{name} {value!r} is not a number") from exc
    if not number.is_finite():
        raise CebReceiptError(f"{_local(node)}.{name} {value!r} is not a number")
    return number


def _receipt(message_type: str, receipt_of: str, node: etree._Element) -> Receipt:
    status = _text(node, "returnStatus")
    keys = {
        _local(child): (child.text or "").strip()
        for child in node
        if isinstance(child.tag, str) and _local(child) not in _FRAME_FIELDS
    }
    return Receipt(
        message_type=message_type,
        receipt_of=receipt_of,
        guid=_text(node, "guid"),
        keys=keys,
        return_status=status,
        return_time=_return_time(_text(node, "returnTime")),
        return_info=_text(node, "returnInfo") or "",
        decision=decision_for(message_type, status),
    )


def _format_error(root: etree._Element) -> Receipt:
    node = root.find(f"{{{CEB_NS}}}MessageReturn")
    if node is None:
        raise CebReceiptError("CEB900 without MessageReturn")
    original = (_text(node, "oriMessageType", required=False) or "").removesuffix("Message")
    return Receipt(
        message_type="CEB900",
        receipt_of=original,
        guid=_text(node, "guid"),
        keys={"oriCopMsgId": _text(node, "oriCopMsgId", required=False) or ""},
        return_status=_text(node, "returnStatus"),
        return_time=_return_time(_text(node, "returnTime")),
        return_info=_text(node, "returnInfo") or "",
        decision=REJECTED,
    )


def parse_receipts(data: bytes) -> list[Receipt]:
    """Every receipt in a receipt message (customs may answer up to 100 at once)."""
    message_type, root = _message_root(data)
    if message_type == "CEB900":
        return [_format_error(root)]
    if message_type not in RECEIPT_OF:
        raise CebReceiptError(f"{message_type} is not a receipt this platform reads")
    receipt_of, node_name = RECEIPT_OF[message_type]
    nodes = root.findall(f"{{{CEB_NS}}}{node_name}")
    if not nodes:
        raise CebReceiptError(f"{message_type} without {node_name}")
    return [_receipt(message_type, receipt_of, node) for node in nodes]


def parse_receipt(data: bytes) -> Receipt:
    """The one receipt in ``data``; a message with several raises (use :func:`parse_receipts`)."""
    receipts = parse_receipts(data)
    if len(receipts) != 1:
        raise CebReceiptError(f"{len(receipts)} receipts in one message: use parse_receipts")
    return receipts[0]


def parse_tax_slips(data: bytes) -> list[TaxSlip]:
    """The electronic tax slips of a CEB816 message."""
    message_type, root = _message_root(data)
    if message_type != "CEB816":
        raise CebReceiptError(f"{message_type} is not a tax slip message (CEB816)")
    slips = []
    for tax in root.findall(f"{{{CEB_NS}}}Tax"):
        head = tax.find(f"{{{CEB_NS}}}TaxHeadRd")
        if head is None:
            raise CebReceiptError("CEB816 Tax without TaxHeadRd")
        items = []
        for line in tax.findall(f"{{{CEB_NS}}}TaxListRd"):
            gnum = _text(line, "gnum")
            if not gnum.isdigit():
                raise CebReceiptError(f"TaxListRd.gnum {gnum!r} is not a number")
            items.append(TaxSlipItem(
                gnum=int(gnum),
                gcode=_text(line, "gcode"),
                tax_price=_decimal(line, "taxPrice"),
                customs_tax=_decimal(line, "customsTax"),
                value_added_tax=_decimal(line, "valueAddedTax"),
                consumption_tax=_decimal(line, "consumptionTax"),
            ))
        status = _text(head, "status")
        if status not in ("1", "2", "3"):
            raise CebReceiptError(f"TaxHeadRd.status {status!r} is not 1, 2 or 3")
        slips.append(TaxSlip(
            guid=_text(head, "guid"),
            return_time=_return_time(_text(head, "returnTime")),
            invt_no=_text(head, "invtNo"),
            tax_no=_text(head, "taxNo"),
            order_no=_text(head, "orderNo", required=False) or None,
            status=status,
            customs_tax=_decimal(head, "customsTax"),
            value_added_tax=_decimal(head, "valueAddedTax"),
            consumption_tax=_decimal(head, "consumptionTax"),
            items=items,
        ))
    if not slips:
        raise CebReceiptError("CEB816 without Tax")
    return slips
