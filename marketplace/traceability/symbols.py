"""The printed forms of a trace code: a QR code of its URI (segno) and a GS1-128 barcode of
its element string (python-barcode), as SVG for pages and PDFs and PNG for scanners' tests."""

from __future__ import annotations

import io
import re

import segno
from barcode import Gs1_128
from barcode.writer import ImageWriter, SVGWriter

from .gs1 import TraceCode

_XML_PROLOGUE = re.compile(r"^\s*<\?xml[^>]*\?>\s*(<!DOCTYPE[^>]*>\s*)?", re.DOTALL)


def qr_svg(uri: str, *, scale: int = 4) -> str:
    buffer = io.BytesIO()
    # Error level M: a label may be scratched; the URI stays short enough for a small code.
    segno.make(uri, error="m", micro=False).save(buffer, kind="svg", scale=scale, border=4,
                                                  xmldecl=False, svgns=True, nl=False)
    return buffer.getvalue().decode()


def qr_png(uri: str, *, scale: int = 6) -> bytes:
    buffer = io.BytesIO()
    segno.make(uri, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


_BARCODE_OPTIONS = {"module_width": 0.25, "module_height": 12.0, "quiet_zone": 3.0,
                    "font_size": 8, "text_distance": 4.0}


def gs1_128_svg(code: TraceCode) -> str:
    """The GS1-128 symbol of (01) and (10), with its human-readable text under the bars."""
    buffer = io.BytesIO()
    Gs1_128(code.barcode_data, writer=SVGWriter()).write(
        buffer, options={**_BARCODE_OPTIONS}, text=code.element_string)
    return _XML_PROLOGUE.sub("", buffer.getvalue().decode())


def gs1_128_png(code: TraceCode) -> bytes:
    buffer = io.BytesIO()
    Gs1_128(code.barcode_data, writer=ImageWriter()).write(
        buffer, options={**_BARCODE_OPTIONS, "dpi": 300}, text=code.element_string)
    return buffer.getvalue()
