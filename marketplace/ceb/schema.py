"""The official 202205 XSDs as the second check after :mod:`rules`.

The folder comes from ``settings.MARKETPLACE_CEB_XSD_DIR`` (the operator installs the schemas
China Customs hands to connected firms; default None = rules only). Files are named as in
``/work/shared/reference/ceb-202205``: ``export.xsd``, ``import.xsd``, ``terminal.xsd``,
``xmldsig-core-schema.xsd``. Compiling takes about a second, so each schema is compiled once per
process and folder and reused; lxml's XMLSchema may be shared by threads for validation.
"""

from __future__ import annotations

import threading
from pathlib import Path

from django.conf import settings
from lxml import etree

from .errors import CebInvalid, FieldError
from .safexml import parse_bytes

__all__ = ["SCHEMA_FILES", "schema_dir", "schema_for", "schemas_available", "validate"]

#: Which file holds which message (see the reference folder's README).
EXPORT_MESSAGES = frozenset({
    "CEB303", "CEB304", "CEB403", "CEB404", "CEB505", "CEB506", "CEB507", "CEB508", "CEB509",
    "CEB510", "CEB603", "CEB604", "CEB605", "CEB606", "CEB607", "CEB608", "CEB213", "CEB214",
    "CEB215", "CEB216", "CEB701", "CEB702", "CEB792",
})
IMPORT_MESSAGES = frozenset({
    "CEB311", "CEB312", "CEB411", "CEB412", "CEB511", "CEB512", "CEB513", "CEB514", "CEB621",
    "CEB622", "CEB623", "CEB624", "CEB625", "CEB626", "CEB711", "CEB712", "CEB816", "CEB818",
    "CEB900",
})
SCHEMA_FILES = ("export.xsd", "import.xsd", "terminal.xsd", "xmldsig-core-schema.xsd")
DXP_NS = "http://www.chinaport.gov.cn/dxp"

_lock = threading.Lock()
_compiled: dict[Path, etree.XMLSchema] = {}


def schema_dir() -> Path | None:
    folder = getattr(settings, "MARKETPLACE_CEB_XSD_DIR", None)
    return Path(folder) if folder else None


def schemas_available() -> bool:
    """True when the setting names a folder holding the schema files."""
    folder = schema_dir()
    return folder is not None and all((folder / name).is_file() for name in SCHEMA_FILES)


def _compile(path: Path) -> etree.XMLSchema:
    # The XSDs import xmldsig-core-schema.xsd by a relative file name: file access stays on,
    # network access off.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.XMLSchema(etree.parse(str(path), parser))


def _schema_file(root: etree._Element) -> str:
    qname = etree.QName(root)
    if qname.namespace == DXP_NS:
        return "terminal.xsd"
    name = qname.localname.removesuffix("Message")
    if name in EXPORT_MESSAGES:
        return "export.xsd"
    if name in IMPORT_MESSAGES:
        return "import.xsd"
    raise CebInvalid([FieldError("root", f"no schema for {qname.localname}")])


def schema_for(file_name: str) -> etree.XMLSchema:
    folder = schema_dir()
    if folder is None or not schemas_available():
        raise CebInvalid([FieldError(
            "schema", f"CEB schemas not found in MARKETPLACE_CEB_XSD_DIR={folder!s}")])
    path = (folder / file_name).resolve()
    schema = _compiled.get(path)
    if schema is None:
        with _lock:
            schema = _compiled.get(path)
            if schema is None:
                schema = _compiled[path] = _compile(path)
    return schema


def validate(message: etree._Element | bytes) -> None:
    """Raise :class:`CebInvalid` with the schema's messages (line + text) when ``message``
    (a CEB business message or a DxpMsg envelope) does not match its official XSD."""
    root = message if isinstance(message, etree._Element) else parse_bytes(
        message, error=_invalid)
    schema = schema_for(_schema_file(root))
    if schema.validate(root):
        return
    if root.sourceline is None:
        # Built in memory, the tree has no line numbers: parse its text once more so the
        # errors point at lines of the message as it is sent (only on this failure path).
        root = parse_bytes(etree.tostring(root, encoding="UTF-8"), error=_invalid)
        schema.validate(root)
    raise CebInvalid([FieldError(f"line {entry.line}", entry.message)
                      for entry in schema.error_log])


def _invalid(reason: str) -> CebInvalid:
    return CebInvalid([FieldError("xml", reason)])
