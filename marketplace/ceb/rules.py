"""The platform's own field rules for CEB documents, applied always (with or without the XSDs).

They mirror the 202205 schemas (lengths ``C..n``/``Cn``, decimals ``N19,5``, list sizes) and add
what the schemas cannot say: code formats, required text that is not blank, totals that add up,
``gnum`` numbering, the conditions the XSD annotations and DOMAIN §2.3-2.4 state in words
(CEB311 ``acturalPaid``, bonded and direct-purchase fields, import currency 142).

``check(document)`` returns every broken field as :class:`FieldError` (path in the document's
own names: ``lines[0].gcode``); ``validate(document)`` raises :class:`CebInvalid` with all of
them, so one pass shows a seller everything to fix.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import fields
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from django.utils.translation import gettext_lazy as _

from . import documents as d
from .errors import CebInvalid, FieldError

__all__ = ["CebInvalid", "FieldError", "check", "check_frame", "validate"]

#: Lines per message part: CEB303/603 allow 100, the import messages 99 (XSD maxOccurs).
MAX_EXPORT_LINES = 100
MAX_IMPORT_LINES = 99

#: A line's total may differ from qty × price by one cent: prices carry 5 decimals, totals
#: are what the buyer paid, rounded to the currency's cents.
LINE_TOTAL_TOLERANCE = Decimal("0.01")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_GUID = re.compile(r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")
_DIGITS = {n: re.compile(rf"^\d{{{n}}}$") for n in (3, 4, 6, 10, 14)}
# 10-character customs registration code (letters occur, DOMAIN §7) or 18-character USCC.
_FIRM_CODE = re.compile(r"^(?:[0-9A-Z]{10}|[0-9A-HJ-NPQRTUWXY]{18})$")
#: Party codes customs accepts besides a registration: "无" for an overseas platform without
#: one (CEB303), "NO" for an unregistered producer (CEB603 owner) [DOMAIN §2.3-2.4].
_FIRM_CODE_PLACEHOLDERS = frozenset({"无", "NO"})

Check = Callable[[str, object], list[FieldError]]


def _err(path: str, message) -> list[FieldError]:
    return [FieldError(path, str(message))]


# ---- field checks: each returns the errors for one value (None = absent) -----------------


def text(max_length: int, *, exact: int | None = None, min_length: int = 1,
         pattern: re.Pattern | None = None, pattern_text=None) -> Check:
    """A string field: ``C..max_length`` (or ``C{exact}``), no control characters."""

    def check(path: str, value: object) -> list[FieldError]:
        if value is None:
            return []
        if not isinstance(value, str):
            return _err(path, _("must be text"))
        if not value.strip():
            return _err(path, _("must not be blank"))
        if _CONTROL.search(value):
            return _err(path, _("contains control characters"))
        if exact is not None and len(value) != exact:
            return _err(path, _("must be exactly %(n)d characters (got %(got)d)")
                        % {"n": exact, "got": len(value)})
        if len(value) > max_length:
            return _err(path, _("at most %(n)d characters (got %(got)d)")
                        % {"n": max_length, "got": len(value)})
        if len(value) < min_length:
            return _err(path, _("at least %(n)d characters (got %(got)d)")
                        % {"n": min_length, "got": len(value)})
        if pattern is not None and not pattern.match(value):
            message = pattern_text() if callable(pattern_text) else pattern_text
            return _err(path, message or _("has the wrong format"))
        return []

    return check


def digits(n: int, what) -> Check:
    # Formatted when an error occurs, not at import: translations are not ready then.
    return text(n, exact=n, pattern=_DIGITS[n],
                pattern_text=lambda: _("must be %(n)d digits (%(what)s)") % {"n": n, "what": what})


def choice(*allowed: str) -> Check:
    def check(path: str, value: object) -> list[FieldError]:
        if value is None or value in allowed:
            return []
        return _err(path, _("must be one of %(allowed)s (got %(got)r)")
                    % {"allowed": ", ".join(map(str, allowed)), "got": value})

    return check


def amount(*, positive: bool = False) -> Check:
    """``N19,5``: a finite Decimal, not negative, at most 5 decimals and 19 digits."""

    def check(path: str, value: object) -> list[FieldError]:
        if value is None:
            return []
        if isinstance(value, bool) or not isinstance(value, Decimal | int):
            return _err(path, _("must be a Decimal (got %(type)s)") % {"type": type(value).__name__})
        value = Decimal(value)
        if not value.is_finite():
            return _err(path, _("must be a finite number"))
        if value < 0 or (positive and value == 0):
            return _err(path, _("must be greater than zero") if positive
                        else _("must not be negative"))
        if abs(value) >= Decimal(10) ** 14:
            return _err(path, _("at most 14 digits before the decimal point"))
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -5 \
                and value != value.quantize(Decimal("0.00001")):
            return _err(path, _("at most 5 decimal places (got %(value)s)") % {"value": value})
        return []

    return check


def count(max_digits: int, *, minimum: int = 1) -> Check:
    def check(path: str, value: object) -> list[FieldError]:
        if value is None:
            return []
        if isinstance(value, bool) or not isinstance(value, int):
            return _err(path, _("must be a whole number"))
        if value < minimum or value >= 10**max_digits:
            return _err(path, _("must be between %(min)d and %(max)d")
                        % {"min": minimum, "max": 10**max_digits - 1})
        return []

    return check


def moment(kind: type) -> Check:
    def check(path: str, value: object) -> list[FieldError]:
        if value is None:
            return []
        if kind is datetime and not isinstance(value, datetime):
            return _err(path, _("must be a date and time"))
        if kind is date and (not isinstance(value, date) or isinstance(value, datetime)):
            return _err(path, _("must be a date"))
        if not 2000 <= value.year <= 2099:
            return _err(path, _("year out of range (got %(year)d)") % {"year": value.year})
        return []

    return check


def party(*, placeholders: bool = False) -> Check:
    """A firm: code = 10-character customs code or 18-character USCC; name ``C..100``."""

    code_check = text(18)
    name_check = text(100)

    def check(path: str, value: object) -> list[FieldError]:
        if value is None:
            return []
        if not isinstance(value, d.Party):
            return _err(path, _("must be a Party(code, name)"))
        errors = code_check(f"{path}.code", value.code) or name_check(f"{path}.name", value.name)
        if errors:
            return errors
        if value.code in _FIRM_CODE_PLACEHOLDERS and placeholders:
            return []
        if not _FIRM_CODE.match(value.code):
            return _err(f"{path}.code", _("must be a 10-character customs code or an "
                                          "18-character unified social credit code"))
        return []

    return check


CUSTOMS_CODE = digits(3, _("customs parameter code"))
OFFICE = digits(4, _("customs office code"))
GCODE = digits(10, _("10-digit HS code"))
NOTE = text(1000)
AMOUNT = amount()
CNY = choice("142")
ID_CARD = choice("1")

# ---- the field specs, one per document type; None = field not checked here -------------

SPECS: dict[type, dict[str, Check]] = {
    d.BaseTransfer: {
        "cop_code": text(18), "cop_name": text(100), "dxp_id": text(30),
        "dxp_mode": choice("DXP"), "note": NOTE,
    },
    d.ExportOrderLine: {
        "gnum": count(5), "item_no": text(30), "item_name": text(250),
        "unit": CUSTOMS_CODE, "currency": CUSTOMS_CODE,
        "qty": amount(positive=True), "price": AMOUNT, "total_price": AMOUNT,
        "item_describe": text(1000), "bar_code": text(50), "note": NOTE,
    },
    d.ExportOrder: {
        "order_type": choice("E", "B", "W"), "order_no": text(60),
        "ebp": party(placeholders=True), "ebc": party(),
        "goods_value": AMOUNT, "freight": AMOUNT, "currency": CUSTOMS_CODE, "note": NOTE,
    },
    d.PaymentReceipt: {
        "ebp": party(), "ebc": party(), "order_no": text(60), "pay_name": text(100),
        "charge": amount(positive=True), "currency": CUSTOMS_CODE,
        "accounting_date": moment(datetime), "pay_code": text(18), "pay_no": text(60),
        "note": NOTE,
    },
    d.ExportWaybill: {
        "logistics": party(), "logistics_no": text(32), "freight": AMOUNT,
        "insured_fee": AMOUNT, "currency": CUSTOMS_CODE,
        "gross_weight": amount(positive=True), "pack_no": count(9), "goods_info": text(200),
        "ebc": party(), "ebc_telephone": text(50), "note": NOTE,
    },
    d.InventoryLine: {
        "gnum": count(5), "item_no": text(20), "gcode": GCODE, "gname": text(250),
        "gmodel": text(250), "country": CUSTOMS_CODE, "currency": CUSTOMS_CODE,
        "qty": amount(positive=True), "qty1": amount(positive=True),
        "unit": CUSTOMS_CODE, "unit1": CUSTOMS_CODE, "price": AMOUNT, "total_price": AMOUNT,
        "bar_code": text(50), "item_record_no": text(30), "item_name": text(250),
        "qty2": amount(positive=True), "unit2": CUSTOMS_CODE, "note": NOTE,
    },
    d.ExportInventory: {
        "customs_code": OFFICE, "port_code": OFFICE,
        "ebp": party(placeholders=True), "ebc": party(), "logistics": party(),
        "agent": party(), "owner": party(placeholders=True),
        "order_no": text(60), "logistics_no": text(32), "cop_no": text(30),
        "ie_date": moment(date), "statistics_flag": choice("A", "B"),
        "trade_mode": choice("9610", "9710", "9810", "1210"),
        "traf_mode": text(1, exact=1), "country": CUSTOMS_CODE, "pod": text(4, min_length=3),
        "freight": AMOUNT, "f_currency": CUSTOMS_CODE, "f_flag": choice("1", "2", "3"),
        "insured_fee": AMOUNT, "i_currency": CUSTOMS_CODE, "i_flag": choice("1", "2", "3"),
        "wrap_type": text(1, exact=1), "pack_no": count(9),
        "gross_weight": amount(positive=True), "net_weight": amount(positive=True),
        "iac": party(), "ems_no": text(30), "traf_name": text(100), "voyage_no": text(32),
        "bill_no": text(37), "total_package_no": text(37), "loct_no": text(10),
        "license_no": text(19), "pre_no": text(18, exact=18), "invt_no": text(20),
        "note": NOTE,
    },
    d.SummaryApply: {
        "customs_code": OFFICE, "cop_no": text(30), "agent": party(), "ebc": party(),
        "decl_agent": party(), "summary_flag": choice("1", "2"),
        "item_name_flag": text(1, exact=1), "start_time": moment(datetime),
        "end_time": moment(datetime), "msg_count": count(9), "msg_seq_no": count(9),
        "loct_no": text(10), "pre_no": text(18), "sum_no": text(18), "note": NOTE,
    },
    d.ImportOrderLine: {
        "gnum": count(5), "item_name": text(250), "gmodel": text(510), "unit": CUSTOMS_CODE,
        "qty": amount(positive=True), "price": AMOUNT, "total_price": AMOUNT,
        "country": CUSTOMS_CODE, "currency": CNY, "item_no": text(30),
        "item_describe": text(1000), "bar_code": text(50), "note": NOTE,
    },
    d.ImportOrder: {
        "order_no": text(60), "ebp": party(), "ebc": party(), "goods_value": AMOUNT,
        "freight": AMOUNT, "discount": AMOUNT, "tax_total": AMOUNT, "actural_paid": AMOUNT,
        "buyer_reg_no": text(60), "buyer_name": text(60), "buyer_telephone": text(30),
        "buyer_id_number": text(60), "consignee": text(100),
        "consignee_telephone": text(50), "consignee_address": text(200),
        "buyer_id_type": ID_CARD, "currency": CNY, "pay": party(),
        "pay_transaction_id": text(60), "batch_numbers": text(100),
        "consignee_district": digits(6, _("administrative division code")), "note": NOTE,
    },
    d.ImportPayment: {
        "pay": party(), "pay_transaction_id": text(60), "order_no": text(60), "ebp": party(),
        "payer_id_number": text(60), "payer_name": text(60),
        "amount_paid": amount(positive=True), "pay_time": moment(datetime),
        "payer_id_type": ID_CARD, "telephone": text(60), "currency": CNY, "note": NOTE,
    },
    d.ImportWaybill: {
        "logistics": party(), "logistics_no": text(60), "order_no": text(60),
        "weight": amount(positive=True), "consignee": text(100),
        "consignee_address": text(200), "consignee_telephone": text(50), "currency": CNY,
        "pack_no": choice(1), "bill_no": text(37), "freight": AMOUNT, "insured_fee": AMOUNT,
        "goods_info": text(200), "note": NOTE,
    },
    d.ImportInventoryLine: {
        "gnum": count(5), "gcode": GCODE, "gname": text(250), "gmodel": text(510),
        "country": CUSTOMS_CODE, "qty": amount(positive=True), "unit": CUSTOMS_CODE,
        "qty1": amount(positive=True), "unit1": CUSTOMS_CODE, "price": AMOUNT,
        "total_price": AMOUNT, "currency": CNY, "item_record_no": text(30),
        "item_no": text(20), "item_name": text(250), "bar_code": text(50),
        "trade_country": CUSTOMS_CODE, "qty2": amount(positive=True),
        "unit2": CUSTOMS_CODE, "note": NOTE,
    },
    d.ImportInventory: {
        "order_no": text(60), "ebp": party(), "ebc": party(), "logistics": party(),
        "logistics_no": text(60), "agent": party(), "assure_code": text(30),
        "decl_time": moment(date), "customs_code": OFFICE, "port_code": OFFICE,
        "buyer_id_number": text(60), "buyer_name": text(60), "buyer_telephone": text(30),
        "consignee_address": text(200), "trade_mode": choice("9610", "1210"),
        "traf_mode": text(1, exact=1), "country": CUSTOMS_CODE, "freight": AMOUNT,
        "insured_fee": AMOUNT, "gross_weight": amount(positive=True),
        "net_weight": amount(positive=True), "buyer_id_type": ID_CARD, "currency": CNY,
        "pack_no": choice(1), "cop_no": text(20), "pre_no": text(18), "invt_no": text(18),
        "ems_no": text(30), "area": party(), "ie_date": moment(date), "traf_no": text(100),
        "voyage_no": text(32), "bill_no": text(37), "loct_no": text(10),
        "license_no": text(19), "wrap_type": text(1, exact=1), "note": NOTE,
    },
}

#: Lines allowed per document type (the XSD's maxOccurs of the list node).
LINE_LIMITS: dict[type, int] = {
    d.ExportOrder: MAX_EXPORT_LINES,
    d.ExportInventory: MAX_EXPORT_LINES,
    d.ImportOrder: MAX_IMPORT_LINES,
    d.ImportInventory: MAX_IMPORT_LINES,
}

def _is_optional(field) -> bool:
    """A field may be absent when its default is None; every other field is required."""
    return field.default is None


@cache
def _plan(kind: type) -> tuple[tuple[str, bool, Check | None], ...]:
    """(field, optional, check) per field of a document type, worked out once."""
    spec = SPECS[kind]
    return tuple((field.name, _is_optional(field), spec.get(field.name))
                 for field in fields(kind) if field.name not in ("lines", "invt_nos"))


def _check_fields(document: object, prefix: str = "") -> list[FieldError]:
    errors: list[FieldError] = []
    for name, optional, check_value in _plan(type(document)):
        value = getattr(document, name)
        if value is None or value == "":
            if not optional:
                errors.append(FieldError(f"{prefix}{name}", str(_("is required"))))
            continue
        if check_value is not None:
            errors.extend(check_value(f"{prefix}{name}", value))
    return errors


def _line_total_errors(path: str, line) -> list[FieldError]:
    if not all(isinstance(v, Decimal | int) for v in (line.qty, line.price, line.total_price)):
        return []
    expected = Decimal(line.qty) * Decimal(line.price)
    if abs(Decimal(line.total_price) - expected) > LINE_TOTAL_TOLERANCE:
        return _err(f"{path}.total_price", _("must be qty × price = %(expected)s (got %(got)s)")
                    % {"expected": expected.normalize(), "got": line.total_price})
    return []


def _lines_errors(document) -> list[FieldError]:
    lines = document.lines
    limit = LINE_LIMITS[type(document)]
    errors: list[FieldError] = []
    if not lines:
        return _err("lines", _("at least one line is required"))
    if len(lines) > limit:
        errors += _err("lines", _("at most %(n)d lines per message (got %(got)d)")
                       % {"n": limit, "got": len(lines)})
    expected_type = {
        d.ExportOrder: d.ExportOrderLine, d.ExportInventory: d.InventoryLine,
        d.ImportOrder: d.ImportOrderLine, d.ImportInventory: d.ImportInventoryLine,
    }[type(document)]
    for index, line in enumerate(lines):
        path = f"lines[{index}]"
        if not isinstance(line, expected_type):
            errors += _err(path, _("must be a %(type)s") % {"type": expected_type.__name__})
            continue
        errors += _check_fields(line, f"{path}.")
        if line.gnum != index + 1:
            errors += _err(f"{path}.gnum", _("items are numbered 1, 2, 3... without gaps "
                                            "(expected %(n)d, got %(got)s)")
                           % {"n": index + 1, "got": line.gnum})
        errors += _line_total_errors(path, line)
    return errors


def _sum_errors(document, field_name: str) -> list[FieldError]:
    lines = [line for line in document.lines if isinstance(getattr(line, "total_price", None),
                                                            Decimal | int)]
    declared = getattr(document, field_name)
    if len(lines) != len(document.lines) or not isinstance(declared, Decimal | int):
        return []
    total = sum((Decimal(line.total_price) for line in lines), Decimal(0))
    if Decimal(declared) != total:
        return _err(field_name, _("must be the sum of the lines' total_price = %(total)s "
                                  "(got %(got)s)") % {"total": total.normalize(), "got": declared})
    return []


def _currency_errors(document, field_name: str = "currency") -> list[FieldError]:
    """Every line is in the head's currency: customs reads one currency per order."""
    head = getattr(document, field_name)
    return [
        FieldError(f"lines[{i}].currency", str(_("must be the order's currency %(c)s")
                                               % {"c": head}))
        for i, line in enumerate(document.lines)
        if getattr(line, "currency", head) != head
    ]


def _required_when(document, condition: bool, names: Iterable[str], why) -> list[FieldError]:
    if not condition:
        return []
    return [FieldError(name, str(_("is required %(why)s") % {"why": why}))
            for name in names if getattr(document, name) in (None, "")]


# ---- per-document rules beyond single fields -------------------------------------------


def _export_order(doc: d.ExportOrder) -> list[FieldError]:
    return _lines_errors(doc) + _sum_errors(doc, "goods_value") + _currency_errors(doc)


def _export_inventory(doc: d.ExportInventory) -> list[FieldError]:
    errors = _lines_errors(doc)
    errors += _weights(doc)
    bonded = doc.trade_mode == "1210"
    errors += _required_when(doc, bonded, ["iac", "ems_no"], _("for bonded (1210) export"))
    if bonded:
        errors += [FieldError(f"lines[{i}].item_record_no",
                              str(_("is required for bonded (1210) export")))
                   for i, line in enumerate(doc.lines)
                   if isinstance(line, d.InventoryLine) and not line.item_record_no]
    return errors


def _weights(doc) -> list[FieldError]:
    gross, net = doc.gross_weight, doc.net_weight
    if isinstance(gross, Decimal) and isinstance(net, Decimal) and net > gross:
        return _err("net_weight", _("must not exceed the gross weight"))
    return []


def _summary(doc: d.SummaryApply) -> list[FieldError]:
    errors: list[FieldError] = []
    window = (doc.start_time, doc.end_time)
    if (window[0] is None) != (window[1] is None):
        errors += _err("end_time" if window[1] is None else "start_time",
                       _("start_time and end_time go together"))
    elif window[0] is not None and window[1] < window[0]:
        errors += _err("end_time", _("must not be before start_time"))
    if window[0] is None and not doc.invt_nos:
        errors += _err("invt_nos", _("give the inventory list numbers or a time window"))
    invt_check = text(20)
    for index, number in enumerate(doc.invt_nos):
        errors += invt_check(f"invt_nos[{index}]", number) if number else _err(
            f"invt_nos[{index}]", _("is required"))
    if isinstance(doc.msg_seq_no, int) and isinstance(doc.msg_count, int) \
            and doc.msg_seq_no > doc.msg_count:
        errors += _err("msg_seq_no", _("must not exceed msg_count"))
    return errors


def _import_order(doc: d.ImportOrder) -> list[FieldError]:
    errors = _lines_errors(doc) + _sum_errors(doc, "goods_value")
    parts = (doc.goods_value, doc.freight, doc.tax_total, doc.discount, doc.actural_paid)
    if all(isinstance(v, Decimal | int) for v in parts):
        expected = Decimal(doc.goods_value) + doc.freight + doc.tax_total - doc.discount
        if Decimal(doc.actural_paid) != expected:
            errors += _err("actural_paid", _("must be goods_value + freight + tax_total − "
                                             "discount = %(expected)s (got %(got)s)")
                           % {"expected": expected.normalize(), "got": doc.actural_paid})
    return errors


def _import_inventory(doc: d.ImportInventory) -> list[FieldError]:
    errors = _lines_errors(doc) + _weights(doc)
    direct = doc.trade_mode == "9610"
    bonded = doc.trade_mode == "1210"
    errors += _required_when(doc, direct, ["traf_no", "voyage_no", "bill_no"],
                             _("for direct purchase (9610)"))
    errors += _required_when(doc, bonded, ["ems_no", "area"], _("for bonded import (1210)"))
    if bonded and doc.country != "142":
        errors += _err("country", _("must be 142 for bonded import (1210)"))
    if bonded:
        errors += [FieldError(f"lines[{i}].item_record_no",
                              str(_("is required for bonded import (1210)")))
                   for i, line in enumerate(doc.lines)
                   if isinstance(line, d.ImportInventoryLine) and not line.item_record_no]
    return errors


_EXTRA: dict[type, Callable[[object], list[FieldError]]] = {
    d.ExportOrder: _export_order,
    d.ExportInventory: _export_inventory,
    d.SummaryApply: _summary,
    d.ImportOrder: _import_order,
    d.ImportInventory: _import_inventory,
}


def check(document: object) -> list[FieldError]:
    """Every rule the document breaks; an empty list when it may be built."""
    if type(document) not in SPECS:
        return _err("document", _("is not a CEB document (got %(type)s)")
                    % {"type": type(document).__name__})
    errors = _check_fields(document)
    extra = _EXTRA.get(type(document))
    if extra is not None:
        errors += extra(document)
    return errors


def validate(document: object) -> None:
    """Raise :class:`CebInvalid` listing every broken rule."""
    errors = check(document)
    if errors:
        raise CebInvalid(errors)


def check_frame(*, guid: str, app_type: str, app_status: str, app_time: str,
                base_transfer: d.BaseTransfer) -> list[FieldError]:
    """The message frame the builder adds: guid, appType/Status/Time, BaseTransfer."""
    errors: list[FieldError] = []
    if not isinstance(guid, str) or not _GUID.match(guid):
        errors += _err("guid", _("must be 36 characters, an upper-case UUID"))
    errors += choice("1", "2", "3")("app_type", app_type)
    errors += choice("1", "2")("app_status", app_status)
    if not isinstance(app_time, str) or not _DIGITS[14].match(app_time):
        errors += _err("app_time", _("must be 14 digits YYYYMMDDhhmmss"))
    if not isinstance(base_transfer, d.BaseTransfer):
        errors += _err("base_transfer", _("must be a BaseTransfer"))
    else:
        errors += _check_fields(base_transfer, "base_transfer.")
    return errors
