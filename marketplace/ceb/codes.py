"""Customs parameter codes (JGS-20 海关业务代码集) the CEB messages carry, from the platform's own
codes: ISO 4217 currencies, ISO 3166 countries, units of measure, transport modes, packing.

Each function takes what the platform stores and returns the customs code, or raises
:class:`CebDataError` naming the value, so a declaration is never sent with a guessed code.

Sources (no official machine-readable table is published; two independent public copies were
compared and agree on every code used here):

* countries, 国别(地区)代码 (3 digits, by continent: 1xx Asia, 2xx Africa, 3xx Europe, 4xx Latin
  America, 5xx North America, 6xx Oceania, 701 unknown): public Java enums
  ``com.ruoyi.yz.enums.Currency`` (alpha-3 -> code, includes the 2006 Serbia 358 / Montenegro 359
  split) and ``com.xgs.zwy.constant.Constants.COUNTRY`` (name -> code), matched to ISO alpha-2
  through django-countries' alpha-3 codes. ISO territories without a code of their own take
  their region's "other" code (x99), as the table's "其他国家(地区)" rows intend; see
  ``data/countries.csv`` (``note`` = ``region``). [P]
* currencies, 货币代码: the customs code is the issuing country's code (EUR 300): HKD 110,
  JPY 116, CNY 142, EUR 300, GBP 303, USD 502 ... as in public E-port code (``GyIMS.Enums.
  CurrencyEnum``, ``ConstantMaps.getcurrencys``, ``FileUtil.currCodeMap``). RUB 344 and AED 138
  follow the same rule and were not found in a second copy: verify before the first
  declaration in those currencies. [P]
* units, 计量单位代码: ``data/units.csv`` from the public ``BaseUnit`` enum of a customs
  declaration system (007 个, 011 件, 035 千克 ... as DOMAIN and the XSD examples). [P]
* transport modes (运输方式) and packing types (包装种类, CEB ``wrapType`` is one character):
  the JGS-20 tables as reproduced in public E-port code (``Constants.TRAFMODE``). [P]
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from .errors import CebDataError

__all__ = [
    "CebDataError",
    "country_code",
    "currency_code",
    "transport_mode_code",
    "unit_code",
    "wrap_type_code",
]

DATA_DIR = Path(__file__).resolve().parent / "data"


# ISO 4217 -> customs currency code. Every currency the platform shows
# (settings.MARKETPLACE_DISPLAY_CURRENCIES) plus the ones Yangjiang's trade partners use.
CURRENCIES: dict[str, str] = {
    "HKD": "110",
    "IDR": "112",
    "JPY": "116",
    "MOP": "121",
    "MYR": "122",
    "PHP": "129",
    "SGD": "132",
    "KRW": "133",
    "THB": "136",
    "AED": "138",  # [P] rule "issuing country's code", see module docstring
    "CNY": "142",
    "TWD": "143",
    "EUR": "300",
    "DKK": "302",
    "GBP": "303",
    "NOK": "326",
    "SEK": "330",
    "CHF": "331",
    "RUB": "344",  # [P] rule "issuing country's code", see module docstring
    "CAD": "501",
    "USD": "502",
    "AUD": "601",
    "NZD": "609",
}

# Transport modes (运输方式代码, JGS-20). CEB lists carry one character.
TRANSPORT_MODES: dict[str, str] = {
    "0": "非保税区",
    "1": "监管仓库",
    "2": "水路运输",
    "3": "铁路运输",
    "4": "公路运输",
    "5": "航空运输",
    "6": "邮件运输",
    "7": "保税区",
    "8": "保税仓库",
    "9": "其他运输",
    "G": "固定设施运输",
    "H": "边境特殊海关作业区",
    "L": "旅客携带",
    "W": "物流中心",
    "X": "物流园区",
    "Y": "保税港区",
    "Z": "出口加工区",
}
#: The platform's shipping modes (freight app words) -> customs transport mode.
TRANSPORT_MODE_ALIASES: dict[str, str] = {
    "sea": "2",
    "ocean": "2",
    "waterway": "2",
    "rail": "3",
    "railway": "3",
    "road": "4",
    "truck": "4",
    "air": "5",
    "express": "5",  # cross-border express parcels fly
    "post": "6",
    "postal": "6",
    "mail": "6",
}

# Packing types (包装种类), one digit in CEB's wrapType.
WRAP_TYPES: dict[str, str] = {
    "1": "木箱",
    "2": "纸箱",
    "3": "桶装",
    "4": "散装",
    "5": "托盘",
    "6": "包",
    "7": "其它",
}
WRAP_TYPE_ALIASES: dict[str, str] = {
    "wooden case": "1",
    "wooden box": "1",
    "crate": "1",
    "carton": "2",
    "box": "2",
    "drum": "3",
    "barrel": "3",
    "bulk": "4",
    "pallet": "5",
    "bag": "6",
    "bale": "6",
    "package": "6",
    "parcel": "6",
    "other": "7",
}

#: Everyday unit names (and UN/ECE Rec. 20 codes) -> customs unit code.
UNIT_ALIASES: dict[str, str] = {
    "kg": "035",
    "kgm": "035",
    "kilogram": "035",
    "g": "036",
    "grm": "036",
    "gram": "036",
    "t": "070",
    "tne": "070",
    "tonne": "070",
    "piece": "011",
    "pieces": "011",
    "pc": "011",
    "pcs": "011",
    "pce": "011",
    "h87": "011",
    "item": "007",
    "each": "007",
    "ea": "007",
    "set": "006",
    "pair": "025",
    "pr": "025",
    "dozen": "127",
    "dzn": "127",
    "box": "140",
    "carton": "120",
    "case": "120",
    "bag": "136",
    "bottle": "142",
    "can": "122",
    "l": "095",
    "ltr": "095",
    "litre": "095",
    "liter": "095",
    "ml": "096",
    "m": "030",
    "mtr": "030",
    "metre": "030",
    "meter": "030",
    "m2": "032",
    "mtk": "032",
    "m3": "033",
    "mtq": "033",
}


@cache
def _countries() -> dict[str, tuple[str, str]]:
    with (DATA_DIR / "countries.csv").open(encoding="utf-8", newline="") as handle:
        return {row["iso"]: (row["customs"], row["name_zh"]) for row in csv.DictReader(handle)}


@cache
def _units() -> dict[str, str]:
    with (DATA_DIR / "units.csv").open(encoding="utf-8", newline="") as handle:
        return {row["customs"]: row["name_zh"] for row in csv.DictReader(handle)}


def _clean(value: object) -> str:
    return str(value).strip() if value is not None else ""


def currency_code(iso_code: str) -> str:
    """``"USD"`` -> ``"502"``. A 3-digit customs code already known is returned unchanged."""
    value = _clean(iso_code).upper()
    if value in CURRENCIES:
        return CURRENCIES[value]
    if value in CURRENCIES.values():
        return value
    raise CebDataError("currency", iso_code, "add it to marketplace.ceb.codes.CURRENCIES "
                       "from the JGS-20 currency table")


def country_code(iso_code: str) -> str:
    """``"US"`` -> ``"502"`` (ISO 3166-1 alpha-2, any case). Unknown codes raise
    :class:`CebDataError`; a 3-digit customs code in the table is returned unchanged."""
    value = _clean(iso_code).upper()
    table = _countries()
    if value in table:
        return table[value][0]
    if value.isdigit() and value in {code for code, _name in table.values()}:
        return value
    raise CebDataError("country", iso_code, "expected an ISO 3166-1 alpha-2 code")


def country_name_zh(iso_code: str) -> str:
    """The Chinese name customs' table gives the country (for documents, not messages)."""
    value = _clean(iso_code).upper()
    try:
        return _countries()[value][1]
    except KeyError:
        raise CebDataError("country", iso_code, "expected an ISO 3166-1 alpha-2 code") from None


def unit_code(unit: str) -> str:
    """A unit as the platform writes it -> customs unit code: a customs code (``"035"``), its
    Chinese name (``"千克"``), an everyday name or UN/ECE Rec. 20 code (``"kg"``, ``"pcs"``)."""
    value = _clean(unit)
    units = _units()
    if value in units:
        return value
    for code, name in units.items():
        if name == value:
            return code
    alias = UNIT_ALIASES.get(value.lower())
    if alias:
        return alias
    raise CebDataError("unit of measure", unit)


def unit_name_zh(code: str) -> str:
    try:
        return _units()[_clean(code)]
    except KeyError:
        raise CebDataError("unit of measure", code) from None


def transport_mode_code(mode: str) -> str:
    """``"air"`` or ``"5"`` -> ``"5"``."""
    value = _clean(mode)
    if value.upper() in TRANSPORT_MODES:
        return value.upper()
    alias = TRANSPORT_MODE_ALIASES.get(value.lower())
    if alias:
        return alias
    raise CebDataError("transport mode", mode)


def wrap_type_code(packing: str) -> str:
    """``"carton"`` or ``"2"`` -> ``"2"``."""
    value = _clean(packing)
    if value in WRAP_TYPES:
        return value
    alias = WRAP_TYPE_ALIASES.get(value.lower())
    if alias:
        return alias
    for code, name in WRAP_TYPES.items():
        if name == value:
            return code
    raise CebDataError("packing type", packing)
