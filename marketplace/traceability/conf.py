"""Settings the traceability app reads, each with its default (nothing is needed in settings.py).

MARKETPLACE_TRACE_BASE_URL       "https://trace.example.com": the scheme and host printed in trace
                                 codes (QR, labels); default: the host of the request that asks.
MARKETPLACE_TRACE_COUNTRY_HEADER The request header carrying the scanner's country (two letters),
                                 as Django's META key; default "HTTP_CF_IPCOUNTRY" (Cloudflare).
MARKETPLACE_TRACE_LABELS_PER_PAGE Labels on one A4 sheet of the PDF: 8, 12, 21 or 24 (default 12).
MARKETPLACE_TRACE_DOCUMENTS_ROOT Folder of batch documents (private); default VAR_DIR/private/batch-documents.
MARKETPLACE_TRACE_COUNT_BOTS     Count scans by crawlers too (default False).
"""

from django.conf import settings

#: (columns, rows) of a label sheet by labels per page.
SHEET_LAYOUTS = {8: (2, 4), 12: (3, 4), 21: (3, 7), 24: (3, 8)}


def base_url(request=None) -> str:
    configured = getattr(settings, "MARKETPLACE_TRACE_BASE_URL", "")
    if configured:
        return configured.rstrip("/")
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    return getattr(settings, "WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000").rstrip("/")


def country_header() -> str:
    return getattr(settings, "MARKETPLACE_TRACE_COUNTRY_HEADER", "HTTP_CF_IPCOUNTRY")


def labels_per_page() -> int:
    value = getattr(settings, "MARKETPLACE_TRACE_LABELS_PER_PAGE", 12)
    return value if value in SHEET_LAYOUTS else 12


def count_bots() -> bool:
    return bool(getattr(settings, "MARKETPLACE_TRACE_COUNT_BOTS", False))
