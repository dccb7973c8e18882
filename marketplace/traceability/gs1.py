"""Trace codes: the GS1 Digital Link URI /01/<GTIN-14>/10/<lot> of a batch, built and parsed
with biip (GS1's application identifier rules: GTIN check digit, AI 10 syntax).

A product's GTIN is kept as the seller typed it (GTIN-8, -12, -13 or -14); in a trace code
it is always padded to GTIN-14 with leading zeros, as GS1 Digital Link requires. Lot
numbers may hold a "/" (LOT_PATTERN): in a URI it is percent-encoded (%2F).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

from biip import ParseError
from biip.gs1_digital_link_uris import GS1DigitalLinkURI
from biip.gs1_element_strings import GS1ElementString, GS1ElementStrings
from stdnum import ean
from stdnum.exceptions import ValidationError as StdnumError


class InvalidTraceCode(ValueError):
    """Why a URI is not one of the platform's trace codes (reason is one of REASONS)."""

    MALFORMED = "malformed"
    CHECK_DIGIT = "check_digit"
    UNKNOWN_GTIN = "unknown_gtin"
    UNKNOWN_LOT = "unknown_lot"
    REASONS = (MALFORMED, CHECK_DIGIT, UNKNOWN_GTIN, UNKNOWN_LOT)

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


@dataclass(frozen=True)
class TraceCode:
    """A GTIN-14 and a lot number, both already valid for GS1."""

    gtin: str
    lot: str

    @property
    def path(self) -> str:
        """/01/<GTIN-14>/10/<lot, percent-encoded>: the path biip renders for these AIs."""
        uri = GS1DigitalLinkURI.from_element_strings(GS1ElementStrings([
            GS1ElementString.parse(f"01{self.gtin}"), GS1ElementString.parse(f"10{self.lot}")]))
        return urlsplit(uri.as_uri(domain="resolver.invalid")).path

    def uri(self, base: str) -> str:
        return base.rstrip("/") + self.path

    @property
    def element_string(self) -> str:
        """The human-readable GS1-128 text, e.g. (01)06901234567892(10)A123."""
        return f"(01){self.gtin}(10){self.lot}"

    @property
    def barcode_data(self) -> str:
        """AIs 01 then 10 without separators: (01) is fixed-length and (10) comes last."""
        return f"01{self.gtin}10{self.lot}"


def gtin14(value: str | None) -> str | None:
    """`value` as a GTIN-14 (8, 12 or 13 digits padded with zeros), or None if it is no GTIN."""
    value = ean.compact(str(value or ""))
    if len(value) not in (8, 12, 13, 14):
        return None
    try:
        ean.validate(value)
    except StdnumError:
        return None
    return value.zfill(14)


def gtin_spellings(gtin: str) -> list[str]:
    """The ways a product may store the GTIN-14 `gtin`: itself and its GTIN-8/12/13 forms."""
    return [gtin[14 - length:] for length in (14, 13, 12, 8) if gtin[:14 - length].strip("0") == ""]


def trace_code(gtin: str | None, lot: str) -> TraceCode | None:
    """The trace code of lot `lot` of a product with GTIN `gtin`; None without a valid GTIN."""
    padded = gtin14(gtin)
    if padded is None:
        return None
    return TraceCode(padded, lot)


def parse(uri: str) -> TraceCode:
    """The trace code a GS1 Digital Link URI names; raises InvalidTraceCode.

    Accepted as GS1 Digital Link allows: any host and path prefix, a GTIN shortened to 8,
    12 or 13 digits, query attributes (?17=YYMMDD, linkType=...) and a serial after the
    lot (/21/...). Refused: no GTIN or lot, a wrong check digit, a lot outside AI 10's
    syntax (20 characters of GS1's set), segments out of order or unknown.
    """
    try:
        parsed = GS1DigitalLinkURI.parse(uri)
    except ParseError as error:
        raise InvalidTraceCode(InvalidTraceCode.MALFORMED, str(error)[:200]) from None
    except (ValueError, IndexError) as error:  # biip's own checks of odd values
        raise InvalidTraceCode(InvalidTraceCode.MALFORMED, str(error)[:200]) from None
    gtin = parsed.element_strings.get(ai="01")
    lot = parsed.element_strings.get(ai="10")
    if gtin is None or lot is None:
        raise InvalidTraceCode(InvalidTraceCode.MALFORMED, "a GTIN and a lot are required")
    if gtin.gtin is None or gtin.gtin_error:
        raise InvalidTraceCode(InvalidTraceCode.CHECK_DIGIT, str(gtin.gtin_error or "")[:200])
    return TraceCode(gtin.value, lot.value)


def parse_path(path: str, query: str = "") -> tuple[TraceCode, InvalidTraceCode | None]:
    """The trace code of a request's (decoded) path, e.g. /01/0690.../10/A123.

    Servers hand Django the path with %2F already decoded, so a lot "A/1" arrives as
    /10/A/1. The path is first read as GS1 segments (/10/A/21/1 is a lot and a serial);
    if that fails, what follows /10/ is read as one lot with its slashes. Returns the code
    and, for that second reading, the error of the first: if no batch has the joined lot,
    the URI was malformed (extra segments), not a code of an unknown lot.
    """
    suffix = f"?{query}" if query else ""
    segments = [quote(part, safe="") for part in path.strip("/").split("/")]
    try:
        return parse("https://resolver.invalid/" + "/".join(segments) + suffix), None
    except InvalidTraceCode as first:
        if first.reason != InvalidTraceCode.MALFORMED or "10" not in segments[2:3]:
            raise
        lot = "/".join(unquote(part) for part in segments[3:])
        joined = "/".join([*segments[:3], quote(lot, safe="")])
        try:
            return parse("https://resolver.invalid/" + joined + suffix), first
        except InvalidTraceCode:
            raise first from None
