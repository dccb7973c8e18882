"""Turn a document (:mod:`marketplace.ceb.documents`) into its CEB message.

    element = build(inventory, base_transfer=transfer)      # lxml element, rules checked
    xml = render(element)                                   # UTF-8 bytes with declaration

One document per message. The guid defaults to :func:`guid_for` over the message type, the
document's business key and ``app_type``, so building the same declaration again yields the same
guid; pass ``guid=guid_for(f"...:{attempt}")`` to declare anew after customs rejected it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from .. import documents as d
from .. import rules
from ..errors import CebInvalid
from . import export, imports, summary
from .base import CEB_NS, DS_NS, add_base_transfer, app_time_now, format_value, guid_for, root

__all__ = [
    "CEB_NS",
    "DS_NS",
    "MESSAGES",
    "build",
    "guid_for",
    "message_type_of",
    "render",
]


@dataclass(frozen=True)
class MessageKind:
    message_type: str
    direction: str  # "export" | "import": which schema, which DXP receiver
    key: Callable[[object], str]
    """The business key the default guid is derived from."""
    fill: Callable[[etree._Element, object, dict[str, str]], None]


MESSAGES: dict[type, MessageKind] = {
    d.ExportOrder: MessageKind("CEB303", "export", lambda doc: doc.order_no, export.build_order),
    d.PaymentReceipt: MessageKind("CEB403", "export", lambda doc: doc.order_no,
                                  export.build_receipt),
    d.ExportWaybill: MessageKind("CEB505", "export", lambda doc: doc.logistics_no,
                                 export.build_waybill),
    d.ExportInventory: MessageKind("CEB603", "export", lambda doc: doc.cop_no,
                                   export.build_inventory),
    d.SummaryApply: MessageKind("CEB701", "export", lambda doc: doc.cop_no,
                                summary.build_summary),
    d.ImportOrder: MessageKind("CEB311", "import", lambda doc: doc.order_no, imports.build_order),
    d.ImportPayment: MessageKind("CEB411", "import", lambda doc: doc.pay_transaction_id,
                                 imports.build_payment),
    d.ImportWaybill: MessageKind("CEB511", "import", lambda doc: doc.logistics_no,
                                 imports.build_waybill),
    d.ImportInventory: MessageKind("CEB621", "import", lambda doc: doc.order_no,
                                   imports.build_inventory),
}


def kind_of(document: object) -> MessageKind:
    try:
        return MESSAGES[type(document)]
    except KeyError:
        raise CebInvalid([rules.FieldError(
            "document", f"is not a CEB document (got {type(document).__name__})")]) from None


def build(
    document: object,
    *,
    base_transfer: d.BaseTransfer,
    guid: str | None = None,
    app_type: str = "1",
    app_status: str = "2",
    app_time: datetime | str | None = None,
    check: bool = True,
) -> etree._Element:
    """The message for ``document`` as an lxml element (root ``ceb:CEBxxxMessage``).

    Raises :class:`CebInvalid` listing every broken rule (document and frame) unless
    ``check=False`` (tests use that to show the official schema catches what the rules would).
    """
    kind = kind_of(document)
    if guid is None:
        guid = guid_for(f"{kind.message_type}:{kind.key(document)}:{app_type}")
    app_time_text = app_time_now() if app_time is None else format_value(app_time)
    if check:
        errors = rules.check_frame(guid=guid, app_type=app_type, app_status=app_status,
                                   app_time=app_time_text, base_transfer=base_transfer)
        errors += rules.check(document)
        if errors:
            raise CebInvalid(errors)
    frame = {"guid": guid, "appType": app_type, "appTime": app_time_text,
             "appStatus": app_status}
    message = root(kind.message_type, guid)
    try:
        kind.fill(message, document, frame)
        add_base_transfer(message, base_transfer)
    except (ValueError, TypeError) as error:
        # Only reachable with check=False: lxml refuses text that XML cannot carry.
        raise CebInvalid([rules.FieldError("document", str(error))]) from error
    return message


def render(element: etree._Element) -> bytes:
    """UTF-8 bytes with the XML declaration, as customs expects them."""
    return etree.tostring(element, xml_declaration=True, encoding="UTF-8")


def message_type_of(element: etree._Element | bytes) -> str:
    """``"CEB603"`` for a ``ceb:CEB603Message`` root (element or bytes)."""
    if isinstance(element, bytes | bytearray):
        from ..safexml import parse_bytes

        element = parse_bytes(bytes(element), error=_not_xml)
    tag = etree.QName(element).localname
    if not (tag.startswith("CEB") and tag.endswith("Message")):
        raise CebInvalid([rules.FieldError("root", f"is not a CEB message ({tag})")])
    return tag[: -len("Message")]


def _not_xml(reason: str) -> CebInvalid:
    return CebInvalid([rules.FieldError("xml", reason)])
