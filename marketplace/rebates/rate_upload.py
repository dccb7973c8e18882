"""Loading the rebate-rate table from a CSV or XLSX file staff upload.

Files are read with the product import's bounded readers (product_import.files: size,
zip bombs, rows, columns, cells), then checked whole: every bad row is reported with its
line number, and nothing is saved unless every row is good (all or nothing, as the
exchange-rate import does). Rows of one HS prefix may not overlap in time, neither in
the file nor with the table — with one exception that makes a new rate easy to load: an
open-ended row already in the table that starts before a new row of its prefix is closed
the day before the new one starts (and the result says so). A row already in the table
with the same figures and dates is left as it is, so loading the same file twice changes
nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from marketplace.product_import.files import FileProblem, read_rows

from .models import RebateRate

COLUMNS = ("hs_prefix", "description", "vat_rate", "rebate_rate", "valid_from", "valid_to", "source")
REQUIRED = ("hs_prefix", "vat_rate", "rebate_rate", "valid_from", "source")
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
DEFAULT_MAX_ROWS = 5000
HS_PREFIX = re.compile(r"\d{2}(\d{2}){0,4}")
RATE_TEXT = re.compile(r"(?P<number>\d+(?:\.\d+)?)\s*(?P<percent>%?)")


def max_bytes() -> int:
    return getattr(settings, "MARKETPLACE_REBATE_RATES_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_rows() -> int:
    return getattr(settings, "MARKETPLACE_REBATE_RATES_MAX_ROWS", DEFAULT_MAX_ROWS)


@dataclass
class UploadResult:
    created: int = 0
    unchanged: int = 0
    closed: list[str] = field(default_factory=list)  # rows ended by a newer rate, described
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line, message); nothing saved

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class _Row:
    line: int
    hs_prefix: str
    description: str
    vat_rate: Decimal
    rebate_rate: Decimal
    valid_from: date
    valid_to: date | None
    source: str

    def overlaps(self, valid_from: date, valid_to: date | None) -> bool:
        return (valid_to is None or self.valid_from <= valid_to) and (
            self.valid_to is None or valid_from <= self.valid_to)


def _rate(text: str, name: str, problems: list[str]) -> Decimal | None:
    match = RATE_TEXT.fullmatch(text.replace(",", "."))
    if not match:
        problems.append(_("%(column)s “%(value)s” is not a rate: write 0.13 or 13%%") % {"column": name, "value": text})
        return None
    value = Decimal(match["number"])
    if match["percent"]:
        value /= 100
    elif value > 1:
        problems.append(_("%(column)s %(value)s is over 1: write a fraction (0.13) or a percentage (13%%)")
                        % {"column": name, "value": text})
        return None
    if value != value.quantize(Decimal("0.0001")):
        problems.append(_("%(column)s %(value)s has more than four decimals as a fraction")
                        % {"column": name, "value": text})
        return None
    return value.quantize(Decimal("0.0001"))


def _day(text: str, name: str, problems: list[str], *, required: bool) -> date | None:
    if not text:
        if required:
            problems.append(_("%(column)s is missing") % {"column": name})
        return None
    # A spreadsheet's date cell is read as a date-time at midnight.
    text = text[:10] if re.fullmatch(r"\d{4}-\d{2}-\d{2}T00:00(:00)?", text) else text
    try:
        return date.fromisoformat(text)
    except ValueError:
        problems.append(_("%(column)s “%(value)s” is not a date (YYYY-MM-DD)") % {"column": name, "value": text})
        return None


def _parse(line: int, cells: dict) -> tuple[_Row | None, list[str]]:
    problems: list[str] = []
    for name in REQUIRED:
        if not cells.get(name):
            problems.append(_("%(column)s is missing") % {"column": name})
    prefix = "".join(cells.get("hs_prefix", "").split()).replace(".", "")
    if prefix and not HS_PREFIX.fullmatch(prefix):
        problems.append(_("HS prefix “%(value)s” must be 2, 4, 6, 8 or 10 digits (a prefix that starts with 0 "
                          "loses it when the column is a number: format it as text)") % {"value": prefix})
    vat = _rate(cells["vat_rate"], "vat_rate", problems) if cells.get("vat_rate") else None
    rebate = _rate(cells["rebate_rate"], "rebate_rate", problems) if cells.get("rebate_rate") else None
    if vat is not None and rebate is not None and rebate > vat:
        problems.append(_("the rebate rate %(rebate)s is above the VAT rate %(vat)s") % {"rebate": rebate, "vat": vat})
    valid_from = _day(cells.get("valid_from", ""), "valid_from", problems, required=False)
    valid_to = _day(cells.get("valid_to", ""), "valid_to", problems, required=False)
    if valid_from and valid_to and valid_to < valid_from:
        problems.append(_("valid_to comes before valid_from"))
    description, source = cells.get("description", ""), cells.get("source", "")
    if len(description) > 255:
        problems.append(_("description is longer than 255 characters"))
    if len(source) > 255:
        problems.append(_("source is longer than 255 characters"))
    if problems:
        return None, problems
    return _Row(line=line, hs_prefix=prefix, description=description, vat_rate=vat, rebate_rate=rebate,
                valid_from=valid_from, valid_to=valid_to, source=source), []


def _span(valid_from: date, valid_to: date | None) -> str:
    return f"{valid_from.isoformat()} – {valid_to.isoformat() if valid_to else '…'}"


def read_file(data: bytes, file_format: str) -> tuple[list[_Row], list[tuple[int, str]]]:
    """The rows of a rate file, or the errors of its bad rows (line numbers as the file shows them)."""
    if len(data) > max_bytes():
        raise FileProblem(_("The file is larger than %(limit)d bytes; a rate table is much smaller.")
                          % {"limit": max_bytes()})
    header, cells_by_line = read_rows(data, file_format)
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise FileProblem(_("The first row must name the columns; missing: %(columns)s. Expected: %(expected)s.")
                          % {"columns": ", ".join(missing), "expected": ", ".join(COLUMNS)})
    if len(cells_by_line) > max_rows():
        raise FileProblem(_("The file has more than %(limit)d rows.") % {"limit": max_rows()})
    if not cells_by_line:
        raise FileProblem(_("The file has no rate rows under its header."))
    rows, errors = [], []
    for line, cells in cells_by_line:
        row, problems = _parse(line, cells)
        if problems:
            errors.append((line, "; ".join(problems)))
        else:
            rows.append(row)
    by_prefix: dict[str, list[_Row]] = defaultdict(list)
    for row in rows:
        by_prefix[row.hs_prefix].append(row)
    for siblings in by_prefix.values():
        siblings.sort(key=lambda row: row.valid_from)
        for earlier, later in zip(siblings, siblings[1:], strict=False):
            if later.overlaps(earlier.valid_from, earlier.valid_to):
                errors.append((later.line, _("HS %(prefix)s: %(span)s overlaps line %(line)d (%(other)s)") % {
                    "prefix": later.hs_prefix, "span": _span(later.valid_from, later.valid_to),
                    "line": earlier.line, "other": _span(earlier.valid_from, earlier.valid_to)}))
    return rows, sorted(errors)


def load_rates(data: bytes, file_format: str) -> UploadResult:
    """Check a rate file whole and, when every row is good, add its rows to the table.

    Raises FileProblem when the file cannot be read at all; row errors are in the result
    (and then nothing was saved).
    """
    rows, errors = read_file(data, file_format)
    if errors:
        return UploadResult(errors=errors)
    result = UploadResult()
    with transaction.atomic():
        prefixes = {row.hs_prefix for row in rows}
        existing: dict[str, list[RebateRate]] = defaultdict(list)
        for rate in RebateRate.objects.select_for_update().filter(hs_prefix__in=prefixes).order_by("valid_from"):
            existing[rate.hs_prefix].append(rate)
        to_create, to_close = [], []
        for prefix in sorted(prefixes):
            new = [row for row in rows if row.hs_prefix == prefix]
            current = existing[prefix]
            fresh = [row for row in new if not any(_same(row, rate) for rate in current)]
            result.unchanged += len(new) - len(fresh)
            open_row = next((rate for rate in current if rate.valid_to is None), None)
            if open_row is not None and fresh:
                later = [row.valid_from for row in fresh if row.valid_from > open_row.valid_from]
                if later:
                    open_row.valid_to = min(later) - timedelta(days=1)
                    to_close.append(open_row)
            for row in fresh:
                for rate in current:
                    if row.overlaps(rate.valid_from, rate.valid_to):
                        result.errors.append((row.line, _(
                            "HS %(prefix)s: %(span)s overlaps the rate already in the table for %(other)s "
                            "(source: %(source)s)") % {
                            "prefix": prefix, "span": _span(row.valid_from, row.valid_to),
                            "other": _span(rate.valid_from, rate.valid_to), "source": rate.source}))
                        break
                else:
                    to_create.append(row)
        if result.errors:
            result.errors.sort()
            transaction.set_rollback(True)
            return UploadResult(errors=result.errors)
        for rate in to_close:
            rate.save(update_fields=["valid_to"])
            result.closed.append(_("HS %(prefix)s from %(start)s now ends on %(end)s") % {
                "prefix": rate.hs_prefix, "start": rate.valid_from.isoformat(), "end": rate.valid_to.isoformat()})
        RebateRate.objects.bulk_create([
            RebateRate(hs_prefix=row.hs_prefix, description=row.description, vat_rate=row.vat_rate,
                       rebate_rate=row.rebate_rate, valid_from=row.valid_from, valid_to=row.valid_to,
                       source=row.source) for row in to_create])
        result.created = len(to_create)
    return result


def _same(row: _Row, rate: RebateRate) -> bool:
    return (row.valid_from, row.valid_to, row.vat_rate, row.rebate_rate) == (
        rate.valid_from, rate.valid_to, rate.vat_rate, rate.rebate_rate)
