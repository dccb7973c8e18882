"""Parsing XML that came from outside (customs receipts, a signer's answer, an uploaded XSD
folder) without the classic traps: no DTD, no entities (billion laughs, external entities), no
network access, bounded size."""

from __future__ import annotations

import re

from lxml import etree

#: Receipts are a few kilobytes; a CEB message with 100 lines is well under 1 MB.
MAX_BYTES = 2 * 1024 * 1024

_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def parser() -> etree.XMLParser:
    # A parser per call: lxml parsers are not thread-safe to share.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, remove_blank_text=False)


def parse_bytes(data: bytes, *, error: type[Exception] = ValueError,
                max_bytes: int = MAX_BYTES) -> etree._Element:
    """The root element of ``data``; raises ``error`` with the reason when the bytes are not
    XML, too big, or carry a DOCTYPE / entity declaration."""
    if not isinstance(data, bytes | bytearray):
        raise error("expected XML bytes")
    if len(data) > max_bytes:
        raise error(f"XML larger than {max_bytes} bytes ({len(data)})")
    if _DOCTYPE.search(data):
        raise error("XML with a DOCTYPE or entity declaration is refused")
    try:
        root = etree.fromstring(bytes(data), parser())
    except etree.XMLSyntaxError as exc:
        raise error(f"not well-formed XML: {exc}") from exc
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        # Reached only by encodings the byte check cannot read (e.g. UTF-16).
        raise error("XML with a DOCTYPE or entity declaration is refused")
    return root
