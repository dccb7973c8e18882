"""Reading and writing product sheets as CSV or XLSX: rows of text keyed by column name.

Every cell is handled as text both ways, so a GTIN or HS code keeps its leading zeros
and a spreadsheet never turns "0304610000" into a number.
"""

import csv
import datetime
import io
from decimal import Decimal
from pathlib import Path

from django.utils.translation import gettext as _

FORMATS = ("csv", "xlsx")


class FileProblem(Exception):
    """The file cannot be read as a product sheet at all (not a row's fault)."""


def format_of(name):
    """"csv" or "xlsx" from a file name; FileProblem for anything else."""
    extension = Path(name or "").suffix.lower().lstrip(".")
    if extension not in FORMATS:
        raise FileProblem(_("Use a .csv or .xlsx file; “%(name)s” is neither.")
                          % {"name": Path(name or "").name})
    return extension


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        # Spreadsheets store whole numbers as floats: 12.0 is the 12 the seller typed.
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value).strip()


def _decode(data):
    # Excel in China saves "CSV" in GB18030 unless told otherwise; UTF-8 (with or
    # without BOM) is tried first because it fails loudly on anything else.
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise FileProblem(_("The file is not UTF-8 text; save it as “CSV UTF-8”."))


def _csv_rows(data):
    text = _decode(data)
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 1
    try:
        for values in reader:
            # A quoted cell may span lines: a row is reported by the line it starts on.
            yield line, [value.strip() for value in values]
            line = reader.line_num + 1
    except csv.Error as exc:
        raise FileProblem(_("Line %(line)d cannot be read as CSV: %(error)s")
                          % {"line": line, "error": exc}) from exc


def _xlsx_rows(data):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise FileProblem(_("The file cannot be opened as an Excel workbook (.xlsx).")) from exc
    try:
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell_text(value) for value in values]
    finally:
        workbook.close()


def read_rows(data, file_format):
    """(header, rows): the column names of the first row and [(line, {column: text})].

    Blank rows are skipped; columns without a name are ignored. Line numbers are the
    file's own (CSV line, spreadsheet row), as the seller sees them.
    """
    reader = _csv_rows if file_format == "csv" else _xlsx_rows
    lines = reader(data)
    header = None
    rows = []
    for line, values in lines:
        if not any(values):
            continue
        if header is None:
            header = [value.strip().lower() for value in values]
            continue
        rows.append((line, {name: value for name, value in zip(header, values, strict=False)
                            if name}))
    if header is None:
        raise FileProblem(_("The file is empty: the first row must name the columns."))
    return [name for name in header if name], rows


def write_rows(target, file_format, header, rows):
    """Write `rows` ({column: text}) under `header` to the binary file object `target`."""
    if file_format == "csv":
        stream = io.TextIOWrapper(target, encoding="utf-8-sig", newline="")
        writer = csv.writer(stream)
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(name, "") for name in header])
        stream.flush()
        stream.detach()
        return
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("products")
    sheet.append(header)
    for row in rows:
        sheet.append([row.get(name, "") for name in header])
    workbook.save(target)
