"""Report tables as the authorities' clerks open them: CSV and XLSX.

One description of the columns serves both formats and the HTML preview, so a figure
cannot differ between them. CSV is UTF-8 with a byte-order mark (Excel on a Chinese
Windows otherwise reads it as GB18030 and garbles seller names); XLSX keeps numbers as
numbers and dates as dates, with a bold header and bold total rows.

Text typed by users (product titles, seller and payer names) is neutralised against
formula injection as the product sheets are (product_import.files): a leading = + - @
gets a quote in CSV, and XLSX text cells are always strings, never formulas.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from marketplace.product_import.files import neutralise

TEXT, MONEY, RATE, FRACTION, DATE, INTEGER = "text", "money", "rate", "fraction", "date", "integer"
XLSX_FORMATS = {MONEY: "#,##0.00", RATE: "0.000000", FRACTION: "0.00%", DATE: "yyyy-mm-dd", INTEGER: "0"}
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # a lazy translation: the header in the reader's language
    kind: str = TEXT


def _csv_value(value, kind: str) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return neutralise(str(value))


def write_csv(columns: Sequence[Column], rows: Iterable[dict], totals: Iterable[dict] = ()) -> bytes:
    """The table as CSV bytes, UTF-8 with BOM; totals rows follow the data rows."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([str(column.label) for column in columns])
    for row in [*rows, *totals]:
        writer.writerow([_csv_value(row.get(column.key), column.kind) for column in columns])
    return buffer.getvalue().encode("utf-8-sig")


def write_xlsx(columns: Sequence[Column], rows: Iterable[dict], totals: Iterable[dict] = (), *,
               title: str = "Report", notes: Sequence[str] = ()) -> bytes:
    """The table as an XLSX workbook: header and totals bold, numbers typed, notes on a second sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    bold = Font(bold=True)
    sheet.append([str(column.label) for column in columns])
    for cell in sheet[1]:
        cell.font = bold
    sheet.freeze_panes = "A2"

    def append(row: dict, *, strong: bool) -> None:
        sheet.append([None] * len(columns))
        line = sheet.max_row
        for index, column in enumerate(columns, start=1):
            value = row.get(column.key)
            cell = sheet.cell(row=line, column=index)
            if value is None or value == "":
                cell.value = None
            elif isinstance(value, Decimal | int | date) and not isinstance(value, bool):
                cell.value = value
                if column.kind in XLSX_FORMATS:
                    cell.number_format = XLSX_FORMATS[column.kind]
            else:
                # Always a string: openpyxl would make a text beginning with "=" a formula.
                cell.value = str(value)
                cell.data_type = "s"
            if strong:
                cell.font = bold

    for row in rows:
        append(row, strong=False)
    for row in totals:
        append(row, strong=True)
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(10, min(40, len(str(column.label)) + 2))
    if notes:
        notes_sheet = workbook.create_sheet("Notes")
        for note in notes:
            notes_sheet.append([str(note)])
            notes_sheet.cell(row=notes_sheet.max_row, column=1).data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
