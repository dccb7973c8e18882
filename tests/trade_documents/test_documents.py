"""The buyer downloads an export order's proforma, commercial invoice and packing list as PDFs
in its own language; sellers get their own part only; nobody else gets anything."""

import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from .conftest import KNIFE, SCISSORS

pytestmark = pytest.mark.django_db

KINDS = ("proforma-invoice", "commercial-invoice", "packing-list")


def url(kind, number="EXP-700", language="en"):
    return f"/{language}/documents/trade/{number}/{kind}.pdf"


def pdf_text(response) -> str:
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(response.content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    # Arabic comes out of a PDF in presentation forms (and visual order); NFKC folds the
    # forms back into letters, and spaces are dropped so that word order does not matter.
    return unicodedata.normalize("NFKC", text)


def embedded_fonts(response) -> set[str]:
    """Font names without their subset prefix (ABCDEF+Noto-Sans-CJK-JP)."""
    names = set()
    for page in PdfReader(io.BytesIO(response.content)).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def contains(text: str, expected: str) -> bool:
    squeeze = lambda value: re.sub(r"\s+", "", value)  # noqa: E731
    expected, text = squeeze(unicodedata.normalize("NFKC", expected)), squeeze(text)
    return expected in text or expected[::-1] in text


@pytest.mark.parametrize("language", ["en", "zh-hans", "ar", "ja"])
def test_the_buyer_downloads_each_document_in_its_language(order, buyer, language):
    for kind in KINDS:
        response = buyer.client.get(url(kind, language=language))
        text = pdf_text(response)
        assert response["Content-Disposition"] == f'attachment; filename="{kind}-EXP-700-{language}.pdf"'
        assert "8211910000" in text and "8213000000" in text
        assert "6901234567892" in text
        assert "EXP-700" in text
        assert "\ufffd" not in text and "\x00" not in text
        # The glyphs were drawn with Noto fonts that have them (no fallback boxes).
        fonts = embedded_fonts(response)
        assert "Noto-Sans-CJK-SC" in fonts
        assert ("Noto-Sans-Arabic" in fonts) == (language == "ar")
        if language == "ja":
            assert "Noto-Sans-CJK-JP" in fonts
        title = language.replace("-", "_")
        assert contains(text, KNIFE[title]) and contains(text, SCISSORS[title])
        # The exporter and customs need the Chinese names on every language's documents.
        assert contains(text, KNIFE["zh_hans"]) and contains(text, "阳江十八子刀具有限公司")
        assert "91441702" in text  # the exporter's USCC
        # The quantity is the cell after the GTIN in every layout (Arabic text comes out unspaced).
        assert re.search(r"6901234567892\s*50(?![\d.,])", text)
        if kind == "packing-list":
            assert "12.500" in text and "15.000" in text  # net and gross weight of the knives
            assert "0.072" in text  # 3 cartons of 0.024 m³
        else:
            assert "625.00" in text and "641.00" in text
            assert "4,437.50" in text or "4437.50" in text or "4 437,50" in text  # CNY at 7.10


def test_labels_follow_the_language_and_arabic_reads_right_to_left(order, buyer, monkeypatch):
    from marketplace.trade_documents import pdf

    seen = {}
    render = pdf.html_to_pdf

    def recording(html):
        seen["html"] = html
        return render(html)

    monkeypatch.setattr(pdf, "html_to_pdf", recording)
    response = buyer.client.get(url("commercial-invoice", language="en") + "?lang=ar")
    text = pdf_text(response)
    assert '<html lang="ar" dir="rtl">' in seen["html"]
    assert response["Content-Disposition"] == 'attachment; filename="commercial-invoice-EXP-700-ar.pdf"'
    assert contains(text, KNIFE["ar"])
    english = pdf_text(buyer.client.get(url("commercial-invoice", language="en")))
    assert "Commercial invoice" in english and "Exporter" in english


def test_proforma_gives_bank_details_and_the_order_number_as_payment_reference(order, buyer, settings):
    settings.MARKETPLACE_BANK_DETAILS = {"beneficiary": "Yangjiang Marketplace Ltd",
                                         "bank_name": "Bank of China Yangjiang Branch",
                                         "swift": "BKCHCNBJ47A", "account_number": "123456789"}
    text = pdf_text(buyer.client.get(url("proforma-invoice")))
    assert "BKCHCNBJ47A" in text and "123456789" in text
    assert contains(text, "Payment reference: EXP-700")


def test_trade_terms_are_printed_when_the_order_has_them(order, buyer):
    from marketplace.trade_documents import selectors

    assert selectors.trade_terms_of(order) == selectors.TradeTerms()
    order.trade_terms = {"incoterm": "fob", "named_place": "Yangjiang Port"}  # as the checkout stores them
    order.save(update_fields=["trade_terms"])
    text = pdf_text(buyer.client.get(url("commercial-invoice")))
    assert contains(text, "FOB Yangjiang Port")


def test_a_seller_sees_only_its_own_lines(order, seller_a, seller_b):
    for kind in KINDS:
        text = pdf_text(seller_a.client.get(url(kind)))
        assert contains(text, KNIFE["en"]) and "8211910000" in text
        assert not contains(text, SCISSORS["en"]) and "8213000000" not in text
        assert "Golden Scissors" not in text and "641.00" not in text
    text = pdf_text(seller_b.client.get(url("commercial-invoice")))
    assert contains(text, SCISSORS["en"]) and "16.00" in text
    assert not contains(text, KNIFE["en"]) and "625.00" not in text


def test_other_buyers_and_unknown_orders_get_404_and_visitors_are_sent_to_sign_in(order, client):
    from tests.sellers.factories import UserFactory

    other = UserFactory()
    client.force_login(other)
    assert client.get(url("commercial-invoice")).status_code == 404
    assert client.get(url("commercial-invoice", number="NOPE-1")).status_code == 404
    client.logout()
    response = client.get(url("packing-list"))
    assert response.status_code == 302 and "login" in response["Location"]
    assert response["Location"].endswith("next=/en/documents/trade/EXP-700/packing-list.pdf") or \
        "next=" in response["Location"]


def test_staff_see_the_whole_order(order, client):
    from tests.sellers.factories import UserFactory

    client.force_login(UserFactory(is_staff=True))
    text = pdf_text(client.get(url("commercial-invoice")))
    assert "625.00" in text and "16.00" in text and "641.00" in text


def test_unknown_kind_is_not_found(order, buyer):
    assert buyer.client.get(url("certificate-of-origin")).status_code == 404


def test_render_document_refuses_a_viewer_with_no_part_of_the_order(order):
    from django.contrib.auth.models import AnonymousUser
    from django.core.exceptions import PermissionDenied

    from marketplace.trade_documents.services import render_document
    from tests.sellers.factories import UserFactory

    for viewer in (UserFactory(), AnonymousUser()):
        with pytest.raises(PermissionDenied):
            render_document(order, "packing-list", "en", viewer)
    assert render_document(order, "packing-list", "ko", order.user).startswith(b"%PDF-")


def test_the_buyers_order_page_and_the_sellers_order_page_link_the_documents(order, buyer, seller_a):
    page = buyer.client.get(f"/en/accounts/orders/{order.number}/")
    assert page.status_code == 200
    for kind in KINDS:
        assert f'href="{url(kind)}"' in page.text

    page = seller_a.client.get(f"/dashboard/orders/{order.number}/")
    assert page.status_code == 200
    for kind in KINDS:
        assert f'/documents/trade/{order.number}/{kind}.pdf"' in page.text
