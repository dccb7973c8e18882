"""Text from sellers and buyers is printed as text: never markup, never a reason to fetch anything."""

import io

import pytest
from oscar.core.loading import get_model
from pypdf import PdfReader

from marketplace.trade_documents import pdf

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")

REMOTE = '<img src="http://evil.example/track.png">'
LOCAL = '<img src="file:///etc/passwd">'


@pytest.fixture
def fetched(monkeypatch):
    calls = []
    original = pdf.LocalStaticFetcher.fetch

    def recording(self, url, headers=None):
        calls.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(pdf.LocalStaticFetcher, "fetch", recording)
    return calls


def text_of(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_hostile_text_is_printed_not_fetched(order, buyer, fetched):
    address = order.shipping_address
    address.line1 = REMOTE
    address.line2 = "<style>@import url(http://evil.example/x.css);</style>"
    address.save()
    # Past the product's own cleaning, as data imported or written by older code could be.
    knife = order.lines.get(partner__enterprise__name_en="Yangjiang Eighteen Knives").product
    Product.objects.filter(pk=knife.pk).update(title_en=f"{LOCAL}Chef knife")

    response = buyer.client.get("/en/documents/trade/EXP-700/commercial-invoice.pdf")
    text = text_of(response.content)

    assert fetched == []
    assert REMOTE in text and LOCAL in text.replace("\n", "")
    assert "@import url(http://evil.example/x.css);" in text
    assert b"root:" not in response.content


def test_the_fetcher_refuses_remote_and_local_files(fetched):
    html = (f'<html><body><p>Hello</p>{REMOTE}{LOCAL}'
            '<link rel="stylesheet" href="https://evil.example/a.css"></body></html>')
    content = pdf.html_to_pdf(html)
    assert content.startswith(b"%PDF-")
    assert set(fetched) == {"http://evil.example/track.png", "file:///etc/passwd",
                            "https://evil.example/a.css"}
    assert b"root:" not in content
    assert pdf.local_static_path("http://evil.example/track.png") is None
    assert pdf.local_static_path("file:///etc/passwd") is None
    assert pdf.local_static_path((pdf.STATIC_ROOT / ".." / ".." / "pdf.py").resolve().as_uri()) is None
