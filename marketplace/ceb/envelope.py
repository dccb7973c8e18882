"""The terminal envelope ``DxpMsg`` (namespace http://www.chinaport.gov.cn/dxp, terminal.xsd):
the business message travels Base64-encoded in ``Data`` (DOMAIN §2.1).

Settings: ``MARKETPLACE_CEB_SENDER_ID`` — the firm's DXP user id (``DXPENT`` + 10 digits, issued
by the E-port data centre). The default ``DXPENT0000000000`` is a well-formed placeholder so
demo envelopes validate; the E-port refuses it, so production must set the real one.
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime

from django.conf import settings
from lxml import etree

from .builders.base import BEIJING
from .errors import CebInvalid, CebReceiptError, FieldError
from .safexml import MAX_BYTES, parse_bytes
from .schema import EXPORT_MESSAGES, IMPORT_MESSAGES

__all__ = ["DXP_NS", "RECEIVER_EXPORT", "RECEIVER_IMPORT", "receiver_for", "unwrap", "wrap"]

DXP_NS = "http://www.chinaport.gov.cn/dxp"
DEFAULT_SENDER_ID = "DXPENT0000000000"
#: Customs' CEB receivers [P repo zhengjin-me/CustomsSignature, IEType.kt; DOMAIN §2.1].
RECEIVER_IMPORT = "DXPEDCCEB0000002"
RECEIVER_EXPORT = "DXPEDCCEB0000003"


def _q(name: str) -> str:
    return f"{{{DXP_NS}}}{name}"


def receiver_for(message_type: str) -> str:
    if message_type in EXPORT_MESSAGES:
        return RECEIVER_EXPORT
    if message_type in IMPORT_MESSAGES:
        return RECEIVER_IMPORT
    raise CebInvalid([FieldError("message_type", f"unknown CEB message type {message_type!r}")])


def default_sender_id() -> str:
    return getattr(settings, "MARKETPLACE_CEB_SENDER_ID", None) or DEFAULT_SENDER_ID


def file_name(message_type: str, cop_msg_id: str) -> str:
    """``{MessageType}_{CopMsgId}.xml``, the convention of public E-port clients (DOMAIN §2.1)."""
    return f"{message_type}_{cop_msg_id}.xml"


def wrap(
    message_bytes: bytes,
    *,
    message_type: str,
    cop_msg_id: str,
    sender_id: str | None = None,
    receiver_id: str | None = None,
    created: datetime | None = None,
) -> bytes:
    """The DxpMsg envelope around a (signed) business message, as UTF-8 bytes."""
    sender = sender_id or default_sender_id()
    receiver = receiver_id or receiver_for(message_type)
    errors = []
    for name, value, limit in (("cop_msg_id", cop_msg_id, 255), ("sender_id", sender, 16),
                               ("receiver_id", receiver, 16), ("message_type", message_type, 30)):
        if not value or len(value) > limit:
            errors.append(FieldError(name, f"must be 1 to {limit} characters"))
    if errors:
        raise CebInvalid(errors)
    created = created or datetime.now(BEIJING)
    if created.tzinfo is not None:
        created = created.astimezone(BEIJING).replace(tzinfo=None)
    root = etree.Element(_q("DxpMsg"), {"ver": "1.0"}, nsmap={"dxp": DXP_NS})
    info = etree.SubElement(root, _q("TransInfo"))
    etree.SubElement(info, _q("CopMsgId")).text = cop_msg_id
    etree.SubElement(info, _q("SenderId")).text = sender
    etree.SubElement(etree.SubElement(info, _q("ReceiverIds")), _q("ReceiverId")).text = receiver
    etree.SubElement(info, _q("CreatTime")).text = created.strftime("%Y-%m-%dT%H:%M:%S")
    etree.SubElement(info, _q("MsgType")).text = message_type
    etree.SubElement(root, _q("Data")).text = base64.b64encode(message_bytes).decode("ascii")
    add_info = etree.SubElement(root, _q("AddInfo"))
    etree.SubElement(add_info, _q("FileName")).text = file_name(message_type, cop_msg_id)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def unwrap(envelope: bytes) -> tuple[str, bytes]:
    """``(message_type, business_bytes)`` from a DxpMsg; raises :class:`CebReceiptError`."""
    root = parse_bytes(envelope, error=CebReceiptError, max_bytes=MAX_BYTES * 2)
    if root.tag != _q("DxpMsg"):
        raise CebReceiptError(f"not a DxpMsg envelope ({etree.QName(root).localname})")
    data = root.findtext(_q("Data"))
    if not data or not data.strip():
        raise CebReceiptError("the DxpMsg envelope carries no Data")
    try:
        payload = base64.b64decode("".join(data.split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise CebReceiptError("the DxpMsg Data is not Base64") from exc
    message_type = (root.findtext(f"{_q('TransInfo')}/{_q('MsgType')}") or "").strip()
    if not message_type:
        inner = parse_bytes(payload, error=CebReceiptError)
        message_type = etree.QName(inner).localname.removesuffix("Message")
    return message_type, payload
