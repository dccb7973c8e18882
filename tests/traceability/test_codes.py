"""What is printed: the QR code (decoded by zxing-cpp, then opened in Spanish), the GS1-128
barcode (decoded as GS1) and the PDF label sheet."""

import io
import shutil
import subprocess

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from marketplace.traceability import gs1, symbols

pytestmark = pytest.mark.django_db


def decode(png: bytes):
    return zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))


def test_scanning_the_qr_code_opens_the_trace_page_in_the_scanners_language(knife_seller,
                                                                             knife_batch, client):
    png = knife_seller.client.get(f"/dashboard/batches/{knife_batch.pk}/qr.png")
    assert png["Content-Type"] == "image/png"
    (found,) = decode(png.content)
    assert found.format == zxingcpp.BarcodeFormat.QRCode
    assert found.text == "http://testserver/01/06901234567892/10/A2026-001"
    response = client.get(found.text, HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 200
    assert response["Content-Language"] == "es"
    assert "Cuchillo de chef 8 pulgadas" in response.content.decode()


def test_the_qr_code_carries_the_configured_https_base(knife_seller, knife_batch, settings):
    settings.MARKETPLACE_TRACE_BASE_URL = "https://trace.yangjiang-trade.example/"
    png = knife_seller.client.get(f"/dashboard/batches/{knife_batch.pk}/qr.png").content
    (found,) = decode(png)
    assert found.text == "https://trace.yangjiang-trade.example/01/06901234567892/10/A2026-001"
    assert gs1.parse(found.text) == gs1.TraceCode("06901234567892", "A2026-001")


def test_the_gs1_128_barcode_decodes_to_the_element_strings(knife_seller, knife_batch):
    png = knife_seller.client.get(f"/dashboard/batches/{knife_batch.pk}/gs1-128.png").content
    (found,) = decode(png)
    assert found.symbology_identifier == "]C1"  # GS1-128: FNC1 in first position
    assert found.text == "(01)06901234567892(10)A2026-001"
    svg = knife_seller.client.get(f"/dashboard/batches/{knife_batch.pk}/gs1-128.svg")
    assert svg["Content-Type"] == "image/svg+xml" and b"<svg" in svg.content
    assert b"(01)06901234567892(10)A2026-001" in svg.content


def test_a_lot_with_a_slash_survives_print_and_scan(knife_seller):
    from .conftest import make_batch

    code = gs1.trace_code(knife_seller.product.gtin, make_batch(knife_seller, lot="B/7").lot_number)
    (found,) = decode(symbols.qr_png(code.uri("https://t.example")))
    assert found.text == "https://t.example/01/06901234567892/10/B%2F7"
    assert gs1.parse(found.text).lot == "B/7"


def test_the_label_sheet_is_a_pdf_of_labels_with_product_lot_date_and_codes(knife_seller,
                                                                            knife_batch, settings):
    settings.MARKETPLACE_TRACE_LABELS_PER_PAGE = 8
    response = knife_seller.client.get(f"/dashboard/batches/{knife_batch.pk}/labels.pdf?count=10")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 2  # 8 on the first sheet, 2 on the second
    first = reader.pages[0].extract_text()
    assert first.count("A2026-001") >= 8
    assert "Chef Knife 8in" in first and "2026-11-02" in first
    assert "(01)06901234567892(10)A2026-001" in first


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs Debian's poppler-utils")
def test_the_printed_label_scans(knife_seller, knife_batch, tmp_path):
    pdf = knife_seller.client.get(f"/dashboard/batches/{knife_batch.pk}/labels.pdf?count=1")
    (tmp_path / "labels.pdf").write_bytes(pdf.content)
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1",
                    str(tmp_path / "labels.pdf"), str(tmp_path / "page")], check=True, timeout=60)
    (page,) = tmp_path.glob("page*.png")
    found = {(code.format, code.text) for code in zxingcpp.read_barcodes(Image.open(page))}
    assert (zxingcpp.BarcodeFormat.QRCode,
            "http://testserver/01/06901234567892/10/A2026-001") in found
    assert (zxingcpp.BarcodeFormat.Code128, "(01)06901234567892(10)A2026-001") in found
