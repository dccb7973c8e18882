"""A printable A4 sheet of batch labels (PDF, WeasyPrint): product, lot, production date,
the QR code of the trace URI and the GS1-128 barcode with its (01)(10) text.

Symbols are SVG images in data: URIs (WeasyPrint's SVG renderer reads their style
attributes; inline <svg> would be styled as HTML and lose its fills). The fetcher serves
those data: URIs and refuses every other URL (the same wall as
marketplace/trade_documents/pdf.py: product names are sellers' text).
"""

from __future__ import annotations

import base64

from django.template.loader import render_to_string
from django.utils import translation

from . import conf, symbols
from .gs1 import TraceCode
from .models import Batch


class RefusedResource(ValueError):
    pass


def _data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _fetcher():
    from weasyprint.urls import URLFetcher

    class SymbolsOnlyFetcher(URLFetcher):
        """Serves the labels' own data: SVG images; refuses every other URL."""

        def fetch(self, url, headers=None):
            if not str(url).startswith("data:image/svg+xml;base64,"):
                raise RefusedResource(f"Labels load no outside resources: {str(url)[:200]}")
            return super().fetch(url, headers)

    return SymbolsOnlyFetcher()


def label_sheet_context(batch: Batch, code: TraceCode, base: str, *, count: int) -> dict:
    columns, rows = conf.SHEET_LAYOUTS[conf.labels_per_page()]
    per_page = columns * rows
    count = max(1, min(count, per_page * 20))
    uri = code.uri(base)
    label = {"title": batch.product.get_title(), "lot": batch.lot_number,
             "production_date": batch.production_date, "expiry_date": batch.expiry_date,
             "uri": uri, "element_string": code.element_string,
             "qr": _data_uri(symbols.qr_svg(uri, scale=2)),
             "barcode": _data_uri(symbols.gs1_128_svg(code))}
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

    return HTML(string=html, url_fetcher=_fetcher()).write_pdf()
