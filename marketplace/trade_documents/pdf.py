"""HTML to PDF with WeasyPrint, fetching nothing but this app's own static files.

Documents print text that sellers and buyers wrote. Templates escape it, and the fetcher
is the second wall: were markup ever to slip through, WeasyPrint could otherwise be made
to request internal URLs or embed local files (file:///etc/passwd) in the PDF.
"""

import logging
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint import HTML
from weasyprint.urls import URLFetcher

logger = logging.getLogger(__name__)

#: The only files a document may load (stylesheets, logos); fonts come from fontconfig.
STATIC_ROOT = (Path(__file__).resolve().parent / "static" / "trade_documents").resolve()


class RefusedResource(ValueError):
    pass


class LocalStaticFetcher(URLFetcher):
    """Serves `file:` URLs inside STATIC_ROOT; refuses every other URL (http, ftp, data, files elsewhere)."""

    def fetch(self, url, headers=None):
        path = local_static_path(url)
        if path is None:
            logger.warning("Trade document refused to fetch %.200s", url)
            raise RefusedResource(f"Trade documents load no outside resources: {url[:200]}")
        return super().fetch(path.as_uri(), headers)


def local_static_path(url: str) -> Path | None:
    """The file under STATIC_ROOT that `url` names, or None if it names anything else."""
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        return None
    path = Path(unquote(parts.path)).resolve()
    if not path.is_relative_to(STATIC_ROOT) or not path.is_file():
        return None
    return path


def html_to_pdf(html: str) -> bytes:
    # base_url points into the static folder so that a relative href in a template resolves
    # there; anything else a page names is refused by the fetcher.
    return HTML(string=html, base_url=STATIC_ROOT.as_uri() + "/",
                url_fetcher=LocalStaticFetcher()).write_pdf()
