"""Reading and writing product sheets as CSV or XLSX: rows of text keyed by column name.

Every cell is handled as text both ways, so a GTIN or HS code keeps its leading zeros
and a spreadsheet never turns "0304610000" into a number.

A file is bounded before it is read: its size, and for an XLSX the sizes its zip
directory declares, are checked first (cheap enough for the upload form); rows, columns
and cell lengths are then counted while reading, and reading stops at the first limit
passed. A sheet declaring a million rows therefore costs no more than one within limits.

Exports are neutralised against spreadsheet formula injection (OWASP "CSV Injection"):
a text cell beginning with = + - @, a tab or a carriage return gets a leading single
quote, and XLSX cells are always written as strings, never as formulas. Reading undoes
exactly that quote, so an export imports back unchanged.
"""

import csv
import datetime
import io
import re
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext as _

FORMATS = ("csv", "xlsx")


class FileProblem(Exception):
    """The file cannot be read as a product sheet at all (not a row's fault)."""


# --- limits -----------------------------------------------------------------------------

#: Settings that override the defaults below, read on every use (tests change them).
DEFAULT_LIMITS = {
    # What the seller uploads: 10,000 rows are 3-5 MB as CSV, less as XLSX.
    "MARKETPLACE_IMPORT_MAX_BYTES": 25 * 1024 * 1024,
    # Data rows (the header not counted); the benchmark's 10,000 rows take about half a
    # minute, and a bigger catalogue is sent as several files.
    "MARKETPLACE_IMPORT_MAX_ROWS": 10_000,
    # The template has about a hundred columns (one per attribute of any class).
    "MARKETPLACE_IMPORT_MAX_COLUMNS": 300,
    # Excel's own limit for a cell; it truncates longer text.
    "MARKETPLACE_IMPORT_MAX_CELL_CHARS": 32_767,
    # An XLSX's members once unzipped, each and together: 10,000 rows of our export's
    # inline-string XML are well under this.
    "MARKETPLACE_IMPORT_MAX_UNZIPPED_BYTES": 200 * 1024 * 1024,
    # Spreadsheet XML compresses about ten to thirty times; a zip bomb a thousand times.
    "MARKETPLACE_IMPORT_MAX_COMPRESSION_RATIO": 100,
}
#: Members this small are never a bomb, whatever their ratio (a theme compresses 7:1).
RATIO_CHECKED_FROM = 1024 * 1024
#: A workbook is a dozen members; thousands are a way to make the directory itself costly.
MAX_ZIP_MEMBERS = 1000


def limit(name):
    return getattr(settings, name, DEFAULT_LIMITS[name])


def max_rows():
    return limit("MARKETPLACE_IMPORT_MAX_ROWS")


def _count(name):
    return number_format(limit(name), force_grouping=True)


def _too_many_rows():
    return FileProblem(_("The file has more than %(limit)s rows; split it into files of at "
                         "most %(limit)s rows.") % {"limit": _count("MARKETPLACE_IMPORT_MAX_ROWS")})


def _too_many_columns(line):
    return FileProblem(_("Row %(line)s has more than %(limit)s columns; a product sheet has "
                         "at most %(limit)s.")
                       % {"line": line, "limit": _count("MARKETPLACE_IMPORT_MAX_COLUMNS")})


def _cell_too_long(line, column):
    return FileProblem(_("Row %(line)s, column %(column)s holds more than %(limit)s "
                         "characters, the most a cell may hold.")
                       % {"line": line, "column": column,
                          "limit": _count("MARKETPLACE_IMPORT_MAX_CELL_CHARS")})


def check_size(size):
    """FileProblem if a file of `size` bytes is larger than an import may be."""
    most = limit("MARKETPLACE_IMPORT_MAX_BYTES")
    if size > most:
        raise FileProblem(_("This file is %(size)s; files may be at most %(limit)s.")
                          % {"size": filesizeformat(size), "limit": filesizeformat(most)})


def check_archive(source):
    """FileProblem unless `source` (bytes or a binary file) is a zip whose directory
    declares sizes an import may unpack. Reads the zip directory only, never a member.

    The declared sizes can be trusted: Python's zipfile stops inflating a member at its
    declared size (and then fails its CRC), so a member cannot unpack to more.
    """
    handle = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        with zipfile.ZipFile(handle) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise FileProblem(_("The file cannot be opened as an Excel workbook (.xlsx).")) from exc
    finally:
        if not isinstance(source, bytes):
            source.seek(0)
    if len(members) > MAX_ZIP_MEMBERS:
        raise FileProblem(_("The workbook holds %(count)s parts; an Excel workbook has a few "
                            "dozen at most.") % {"count": len(members)})
    most = limit("MARKETPLACE_IMPORT_MAX_UNZIPPED_BYTES")
    ratio = limit("MARKETPLACE_IMPORT_MAX_COMPRESSION_RATIO")
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > most or total > most:
            raise FileProblem(_("The workbook unpacks to more than %(limit)s; save a smaller "
                                "file or split the rows over several files.")
                              % {"limit": filesizeformat(most)})
        if (member.file_size >= RATIO_CHECKED_FROM
                and member.file_size > ratio * max(member.compress_size, 1)):
            raise FileProblem(_("The workbook is compressed more than %(ratio)s times, far more "
                                "than a spreadsheet is; it is refused as a zip bomb.")
                              % {"ratio": ratio})


# --- formula injection ------------------------------------------------------------------

#: What makes a spreadsheet read a cell as a formula (OWASP "CSV Injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
#: A number as the sheet writes numeric columns: "-18", "38.50". Never a formula.
PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def _needs_quote(text):
    # A text that already begins with the quote followed by something needing one is
    # quoted again, so that reading takes exactly one quote off and gives the text back.
    if text.startswith(FORMULA_TRIGGERS):
        return True
    return text.startswith(QUOTE) and _needs_quote(text[1:])


def neutralise(text, *, numeric=False):
    """The cell text to write: `text`, with a quote before it if a spreadsheet would
    take it for a formula. A plain number in a numeric column is left as it is."""
    if numeric and PLAIN_NUMBER.fullmatch(text):
        return text
    return QUOTE + text if _needs_quote(text) else text


def unneutralise(text):
    """The inverse of `neutralise`: the quote it added is taken off, nothing else."""
    if text.startswith(QUOTE) and _needs_quote(text[1:]):
        return text[1:]
    return text


# --- control characters -----------------------------------------------------------------

#: C0 controls, DEL, C1 controls and lone surrogates: never text a seller meant to type.
CONTROL_CHARACTERS = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
#: What a free-text cell may hold besides: tabs and line breaks.
LAYOUT_CHARACTERS = frozenset("\t\n")


def control_character(text, *, multiline=False):
    """The first control character in `text` that a cell may not hold, or None."""
    for match in CONTROL_CHARACTERS.finditer(text):
        if not (multiline and match.group() in LAYOUT_CHARACTERS):
            return match.group()
    return None


def describe_character(char):
    """"U+0000" for a character that cannot be shown in a message."""
    return f"U+{ord(char):04X}"


#: What no export can carry: XML 1.0 (an XLSX) forbids these C0 controls, and a lone
#: surrogate cannot be written as UTF-8.
UNWRITABLE_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def _exportable(text):
    # A product stored before the importer refused control characters (or edited
    # elsewhere) must still export: what neither format can carry becomes U+FFFD, which
    # shows the seller where it was. DEL and C1 controls are written as they are; the
    # importer names them, row and column, if the file comes back.
    return UNWRITABLE_CHARACTERS.sub("\ufffd", text)


# --- reading ----------------------------------------------------------------------------


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


#: Encodings a seller's spreadsheet program saves CSV in, besides UTF-8: Excel in China
#: saves GB18030, Excel in Western Europe and the Americas Windows-1252.
LEGACY_ENCODINGS = ("gb18030", "cp1252")
ENCODING_NAMES = {"gb18030": "GB18030", "cp1252": "Windows-1252"}
BYTE_ORDER_MARKS = {
    b"\xff\xfe\x00\x00": "UTF-32", b"\x00\x00\xfe\xff": "UTF-32",
    b"\xff\xfe": "UTF-16", b"\xfe\xff": "UTF-16",
}


def _decode(data):
    # UTF-8 (with or without BOM) first: it fails loudly on anything else. GB18030 and
    # Windows-1252 both decode most byte strings without error, so trying one and then
    # the other stores the first one's mojibake; charset-normalizer decides instead, by
    # which of the two reads as the less garbled text.
    for mark, name in BYTE_ORDER_MARKS.items():
        if data.startswith(mark):
            raise FileProblem(_("The file is %(encoding)s text; save it as “CSV UTF-8”.")
                              % {"encoding": name})
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is not None and best.encoding in LEGACY_ENCODINGS:
        return str(best)
    seen = from_bytes(data).best()
    if seen is None:
        raise FileProblem(_("The file is not text in UTF-8, GB18030 or Windows-1252; save it "
                            "as “CSV UTF-8”."))
    raise FileProblem(_("The file looks like %(encoding)s text, which is not read here; save "
                        "it as “CSV UTF-8”.") % {"encoding": seen.encoding})


def _check_row(line, values, header):
    if len(values) > limit("MARKETPLACE_IMPORT_MAX_COLUMNS"):
        raise _too_many_columns(line)
    most = limit("MARKETPLACE_IMPORT_MAX_CELL_CHARS")
    for index, value in enumerate(values):
        if len(value) > most:
            from openpyxl.utils import get_column_letter

            name = header[index] if header and index < len(header) and header[index] \
                else get_column_letter(index + 1)
            raise _cell_too_long(line, name)


def _csv_rows(data):
    check_size(len(data))
    text = _decode(data)
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 1
    # csv.field_size_limit is global to the process, so it is left at its default
    # (131,072 characters), which already bounds the work per cell; the cell limit
    # itself is checked below, with its own message.
    try:
        for count, values in enumerate(reader, start=1):
            if count > max_rows() + 1:
                raise _too_many_rows()
            # A quoted cell may span lines: a row is reported by the line it starts on.
            yield line, [value.strip() for value in values]
            line = reader.line_num + 1
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise FileProblem(_("Line %(line)s holds a cell of more than %(limit)s characters, "
                                "the most a cell may hold.")
                              % {"line": line,
                                 "limit": _count("MARKETPLACE_IMPORT_MAX_CELL_CHARS")}) from exc
        raise FileProblem(_("Line %(line)d cannot be read as CSV: %(error)s")
                          % {"line": line, "error": exc}) from exc


def _xlsx_rows(data):
    from openpyxl import load_workbook

    check_size(len(data))
    check_archive(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise FileProblem(_("The file cannot be opened as an Excel workbook (.xlsx).")) from exc
    try:
        if not workbook.worksheets:
            raise FileProblem(_("The workbook has no sheet."))
        sheet = workbook.worksheets[0]
        # The declared size (<dimension>) refuses a too large sheet before reading it...
        if (sheet.max_row or 0) > max_rows() + 1:
            raise _too_many_rows()
        if (sheet.max_column or 0) > limit("MARKETPLACE_IMPORT_MAX_COLUMNS"):
            raise _too_many_columns(1)
        # ...but it is not trusted otherwise: a sheet declaring fewer rows or columns than
        # it holds would lose the rest, and one declaring more would be padded with empty
        # rows up to the declared size. Without it, rows are read as they are, and the
        # row numbers are counted instead.
        sheet.reset_dimensions()
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            # Rows missing from the file (a row numbered 1,048,576 after row 2) are given
            # as empty rows: counting them stops the reading at the limit.
            if line > max_rows() + 1:
                raise _too_many_rows()
            yield line, [_cell_text(value) for value in values]
    except FileProblem:
        raise
    except Exception as exc:  # a damaged sheet fails while it is read, not when opened
        raise FileProblem(_("The file cannot be opened as an Excel workbook (.xlsx).")) from exc
    finally:
        workbook.close()


def read_rows(data, file_format):
    """(header, rows): the column names of the first row and [(line, {column: text})].

    Blank rows are skipped; columns without a name are ignored. Line numbers are the
    file's own (CSV line, spreadsheet row), as the seller sees them. The quote an export
    puts before a formula-like text is taken off. FileProblem when the file cannot be
    read or passes a limit (bytes, unzipped bytes, rows, columns, characters in a cell).
    """
    reader = _csv_rows if file_format == "csv" else _xlsx_rows
    header = None
    rows = []
    for line, values in reader(data):
        _check_row(line, values, header)
        if not any(values):
            continue
        # A line break in a cell is "\n", whichever system saved the file.
        values = [value.replace("\r\n", "\n") for value in values]
        if header is None:
            header = [value.strip().lower() for value in values]
            continue
        rows.append((line, {name: unneutralise(value)
                            for name, value in zip(header, values, strict=False) if name}))
    if header is None:
        raise FileProblem(_("The file is empty: the first row must name the columns."))
    return [name for name in header if name], rows


# --- writing ----------------------------------------------------------------------------


@dataclass
class _Cells:
    header: list
    numeric: frozenset

    def texts(self, row):
        return [neutralise(_exportable(row.get(name, "") or ""), numeric=name in self.numeric)
                for name in self.header]


def write_rows(target, file_format, header, rows, *, numeric=()):
    """Write `rows` ({column: text}) under `header` to the binary file object `target`.

    Texts are neutralised against formula injection, except plain numbers in the
    `numeric` columns; XLSX cells are all strings.
    """
    cells = _Cells(list(header), frozenset(numeric))
    if file_format == "csv":
        stream = io.TextIOWrapper(target, encoding="utf-8-sig", newline="")
        writer = csv.writer(stream)
        writer.writerow(header)
        for row in rows:
            writer.writerow(cells.texts(row))
        stream.flush()
        stream.detach()
        return
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("products")
    sheet.append(header)
    for row in rows:
        line = []
        for text in cells.texts(row):
            cell = WriteOnlyCell(sheet, value=text)
            # openpyxl makes any text beginning with "=" a formula; a product sheet has
            # none, so every cell is a string whatever it begins with.
            cell.data_type = "s"
            line.append(cell)
        sheet.append(line)
    workbook.save(target)
