"""The storefront's pages are valid HTML by the Nu HTML checker (vnu.jar), in English and Arabic.

One Java run checks every page at once: the JVM's start is most of the checker's time.
"""

import json
import shutil
import subprocess
from urllib.parse import unquote, urlsplit

import pytest

from .conftest import LANGUAGES, PAGES, VNU, checker, make_shop, paths

pytestmark = pytest.mark.django_db


def fetch_pages(client, shop):
    """Every page's HTML by file name, e.g. "ar-basket.html"."""
    pages = {}
    for language in LANGUAGES:
        response = client.post(f"/{language}/basket/add/{shop['product'].pk}/", {"quantity": 1})
        assert response.status_code == 302, response.content.decode()[:500]
        for name, path in paths(shop, language).items():
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
            pages[f"{language}-{name}.html"] = response.content
    return pages


def test_the_pages_have_no_html_errors(client, tmp_path):
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java is missing: `make a11y-tools` installs it (apt-get install default-jre-headless)")
    pages = fetch_pages(client, make_shop())
    assert sorted(pages) == sorted(f"{lang}-{name}.html" for lang in LANGUAGES for name in PAGES)
    for name, html in pages.items():
        (tmp_path / name).write_bytes(html)

    run = subprocess.run(
        [java, "-Xss4m", "-jar", str(checker(VNU)), "--format", "json", "--errors-only",
         *sorted(str(tmp_path / name) for name in pages)],
        capture_output=True, text=True, timeout=240,
    )

    # The checker writes its JSON report to stderr; it exits 1 when it found errors.
    assert run.returncode in (0, 1), run.stderr[-2000:]
    report = json.loads(run.stderr)
    errors = [
        f"{unquote(urlsplit(m.get('url', '')).path).rsplit('/', 1)[-1]}:{m.get('lastLine', '?')}: "
        f"{m['message']}  [{' '.join(m.get('extract', '').split())[:100]}]"
        for m in report["messages"] if m.get("type") in ("error", "non-document-error")
    ]
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors)
