"""What every CEB message shares: namespace, values written the customs way, the frame
(guid, appType, appTime, appStatus), BaseTransfer, the deterministic guid."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from operator import attrgetter
from zoneinfo import ZoneInfo

from lxml import etree

from .. import documents as d

CEB_NS = "http://www.chinaport.gov.cn/ceb"
DS_NS = "http://www.w3.org/2000/09/xmldsig#"
NSMAP = {"ceb": CEB_NS}
MESSAGE_VERSION = "1.0"

#: Customs reads every time as Beijing time.
BEIJING = ZoneInfo("Asia/Shanghai")

#: Namespace of the platform's deterministic guids. Fixed forever: changing it would give
#: every re-built message a new guid.
GUID_NAMESPACE = uuid.UUID("6f1c2a4e-8d3b-5c7a-9e0f-1a2b3c4d5e6f")

_FIVE_PLACES = Decimal("0.00001")


def guid_for(key: str) -> str:
    """A 36-character upper-case guid derived from ``key`` (uuid5), so that building the
    message for the same business object again gives the same guid."""
    return str(uuid.uuid5(GUID_NAMESPACE, key)).upper()


@cache
def q(name: str) -> str:
    """Qualified tag name in the CEB namespace (cached: builders ask for it per field)."""
    return f"{{{CEB_NS}}}{name}"


def format_value(value: object) -> str:
    """A Python value as customs writes it: Decimal plain (no exponent, at most 5 decimals),
    datetime YYYYMMDDhhmmss in Beijing time, date YYYYMMDD."""
    if isinstance(value, str):
        return value
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -5:
            value = value.quantize(_FIVE_PLACES)
        return format(value, "f")
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(BEIJING)
        return value.strftime("%Y%m%d%H%M%S")
    if isinstance(value, date):
        return value.strftime("%Y%m%d")
    return str(value)


#: A node's content: (element name, getter) in XSD order. A getter returning None omits an
#: optional element; a Party getter under name "xxx" writes xxxCode and xxxName.
Field = tuple[str, Callable[[object], object]]


def attr(name: str) -> Callable[[object], object]:
    return attrgetter(name)


def const(value: str) -> Callable[[object], object]:
    return lambda _document: value


def fill(node: etree._Element, document: object, layout: Iterable[Field]) -> etree._Element:
    sub = etree.SubElement
    party = d.Party
    for name, getter in layout:
        value = getter(document)
        if value is None:
            continue
        if value.__class__ is str:
            sub(node, q(name)).text = value
        elif isinstance(value, party):
            sub(node, q(f"{name}Code")).text = value.code
            sub(node, q(f"{name}Name")).text = value.name
        else:
            sub(node, q(name)).text = format_value(value)
    return node


def frame_fields(frame: dict[str, str]) -> list[Field]:
    return [(name, const(frame[name])) for name in ("guid", "appType", "appTime", "appStatus")]


def root(message_type: str, guid: str) -> etree._Element:
    return etree.Element(q(f"{message_type}Message"), {"guid": guid, "version": MESSAGE_VERSION},
                         nsmap=NSMAP)


def add_base_transfer(message: etree._Element, transfer: d.BaseTransfer) -> None:
    fill(etree.SubElement(message, q("BaseTransfer")), transfer, [
        ("copCode", attr("cop_code")),
        ("copName", attr("cop_name")),
        ("dxpMode", attr("dxp_mode")),
        ("dxpId", attr("dxp_id")),
        ("note", attr("note")),
    ])


def app_time_now() -> str:
    return datetime.now(BEIJING).strftime("%Y%m%d%H%M%S")
