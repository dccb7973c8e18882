"""The customs code tables (marketplace.ceb.codes) as the declaration asks them: "" for a
value the table does not know, so facts.py can say what is missing instead of failing.

The platform's own vocabularies (freight trade modes, packing) are translated here.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

#: The freight app's trade modes as customs transport modes (JGS-20 运输方式).
TRANSPORT_BY_TRADE_MODE = {
    "postal": "6",  # postal mail
    "express": "5",  # express goes by air
    "air": "5",
    "sea_lcl": "2",  # waterway
    "sea_fcl": "2",
    "overseas_warehouse": "2",  # stocked by sea, the common route to an overseas warehouse [U]
}
DEFAULT_TRANSPORT = "5"


def _lookup(function: str, value: str) -> str:
    try:
        codes = import_module("marketplace.ceb.codes")
    except ImportError:
        return ""
    lookup: Callable[[str], str] | None = getattr(codes, function, None)
    if lookup is None or not value:
        return ""
    try:
        return str(lookup(value) or "")
    except (KeyError, ValueError, LookupError, TypeError):
        return ""


def currency_code(iso: str) -> str:
    return _lookup("currency_code", iso)


def country_code(iso2: str) -> str:
    return _lookup("country_code", iso2)


def unit_code(unit: str) -> str:
    return _lookup("unit_code", unit)


def transport_mode(trade_mode: str) -> str:
    return TRANSPORT_BY_TRADE_MODE.get(trade_mode or "", DEFAULT_TRANSPORT)


def wrap_type(trade_mode: str) -> str:
    """Packing: cartons for parcels and sea freight alike ([U] JGS packing code table)."""
    code = _lookup("wrap_type_code", "carton")
    return code or "2"
