"""A printable A4 sheet of batch labels (PDF, WeasyPrint): product, lot, production date,
the QR code of the trace URI and the GS1-128 barcode with its (01)(10) text.

Symbols are inline SVG, so the page loads nothing: the fetcher refuses every URL (the
same wall as marketplace/trade_documents/pdf.py: product names are sellers' text).
"""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import translation

from . import conf, symbols
from .gs1 import TraceCode
from .models import Batch


class RefusedResource(ValueError):
    pass


def _refuse(url, *args, **kwargs):
    raise RefusedResource(f"Labels load no outside resources: {str(url)[:200]}")


def label_sheet_context(batch: Batch, code: TraceCode, base: str, *, count: int) -> dict:
    columns, rows = conf.SHEET_LAYOUTS[conf.labels_per_page()]
    per_page = columns * rows
    count = max(1, min(count, per_page * 20))
    uri = code.uri(base)
    label = {"title": batch.product.get_title(), "lot": batch.lot_number,
             "production_date": batch.production_date, "expiry_date": batch.expiry_date,
             "uri": uri, "element_string": code.element_string,
             "qr": symbols.qr_svg(uri, scale=2), "barcode": symbols.gs1_128_svg(code)}
    pages = [[label] * min(per_page, count - start) for start in range(0, count, per_page)]
    return {"pages": pages, "columns": columns, "rows": rows,
            "language": translation.get_language() or "en"}


def render_label_sheet(batch: Batch, code: TraceCode, base: str, *, count: int | None = None) -> bytes:
    """The PDF of `count` labels (one full sheet by default) of `batch`."""
    count = count or conf.SHEET_LAYOUTS[conf.labels_per_page()][0] * conf.SHEET_LAYOUTS[
        conf.labels_per_page()][1]
    html = render_to_string("traceability/labels.html",
                            label_sheet_context(batch, code, base, count=count))
    # Loaded on first use: importing WeasyPrint parses its stylesheets and fonts.
    from weasyprint import HTML

    return HTML(string=html, url_fetcher=_refuse).write_pdf()
