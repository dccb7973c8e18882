"""The seller dashboard of batches: forms checked on the server, sellers kept to their own."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from marketplace.traceability.models import Batch, BatchAllocation, BatchDocument
from marketplace.traceability.signals import inspection_failed
from tests.declaration.factories import place

from .conftest import make_batch

pytestmark = pytest.mark.django_db

# A 404 under /dashboard/ (outside the language prefix) is first redirected by Django's
# LocaleMiddleware to /<lang>/dashboard/..., which is not found either: followed, as in
# tests/seller_dashboard/test_isolation.py.
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def batch_data(product, **changes):
    return {"product": product.pk, "lot_number": "L2026-11", "production_date": "2026-11-01",
            "expiry_date": "", "quantity": "1000", "factory_name": "Plant 1",
            "factory_address": "Road 1", "raw_material_origin": "Steel coil",
            "catch_area": "", "vessel_or_farm": "", "landing_date": "", **changes}


def test_seller_records_a_batch_of_its_product(knife_seller):
    response = knife_seller.client.post("/dashboard/batches/new/", batch_data(knife_seller.product))
    batch = Batch.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/dashboard/batches/{batch.pk}/"
    assert batch.enterprise == knife_seller.enterprise
    page = knife_seller.client.get(response["Location"]).content.decode()
    assert "/01/06901234567892/10/L2026-11" in page
    assert "(01)06901234567892(10)L2026-11" in page
    assert "<svg" in page


@pytest.mark.parametrize("lot", ["", "-starts-with-dash", "A" * 21, "A B", "<b>x</b>", "Å1"])
def test_bad_lot_numbers_are_refused(knife_seller, lot):
    response = knife_seller.client.post("/dashboard/batches/new/",
                                        batch_data(knife_seller.product, lot_number=lot))
    assert response.status_code == 200
    assert "lot_number" in response.context["form"].errors
    assert not Batch.objects.exists()


def test_a_lot_number_is_unique_per_product(knife_seller, knife_batch):
    response = knife_seller.client.post("/dashboard/batches/new/",
                                        batch_data(knife_seller.product, lot_number="A2026-001"))
    assert "already" in str(response.context["form"].errors["lot_number"])


def test_seafood_batches_need_catch_area_vessel_and_landing_date(seafood_seller):
    url = "/dashboard/batches/new/"
    response = seafood_seller.client.post(url, batch_data(seafood_seller.product))
    errors = response.context["form"].errors
    assert {"catch_area", "vessel_or_farm", "landing_date"} <= set(errors)
    response = seafood_seller.client.post(url, batch_data(
        seafood_seller.product, catch_area="FAO 61", vessel_or_farm="Yuedong Yu 12345",
        landing_date="2026-10-30"))
    assert response.status_code == 302
    assert Batch.objects.get().catch_area == "FAO 61"


def test_knife_batches_do_not_need_catch_data(knife_seller):
    response = knife_seller.client.post("/dashboard/batches/new/", batch_data(knife_seller.product))
    assert response.status_code == 302


def test_dates_in_the_wrong_order_are_refused(knife_seller):
    response = knife_seller.client.post("/dashboard/batches/new/", batch_data(
        knife_seller.product, production_date="2026-11-01", expiry_date="2026-10-01"))
    assert "expiry_date" in response.context["form"].errors
    response = knife_seller.client.post("/dashboard/batches/new/", batch_data(
        knife_seller.product, production_date="2999-01-01"))
    assert "production_date" in response.context["form"].errors


def test_hostile_markup_is_stored_as_text_and_escaped(knife_seller, client):
    knife_seller.client.post("/dashboard/batches/new/", batch_data(
        knife_seller.product, factory_name='<script>alert(1)</script>Plant "7"',
        raw_material_origin="<img src=x onerror=alert(2)>Steel & coil"))
    batch = Batch.objects.get()
    assert "<script>" not in batch.factory_name and "<img" not in batch.raw_material_origin
    for page in (knife_seller.client.get(f"/dashboard/batches/{batch.pk}/").content.decode(),
                 client.get("/01/06901234567892/10/L2026-11").content.decode()):
        assert "<script>alert(1)" not in page and "<img src=x" not in page
        assert "Steel &amp; coil" in page


def test_a_seller_cannot_open_or_change_another_sellers_batch(knife_batch, seafood_seller):
    other = seafood_seller.client
    refused = 0
    for url in (f"/dashboard/batches/{knife_batch.pk}/", f"/dashboard/batches/{knife_batch.pk}/edit/",
                f"/dashboard/batches/{knife_batch.pk}/labels.pdf",
                f"/dashboard/batches/{knife_batch.pk}/qr.png",
                f"/dashboard/batches/{knife_batch.pk}/gs1-128.svg"):
        assert other.get(url, follow=True).status_code == 404, url
        refused += 1
    response = other.post(f"/dashboard/batches/{knife_batch.pk}/documents/", {"title": "x"},
                          follow=True)
    assert response.status_code == 404
    refused += 1
    assert refused == 6
    # Nor list it, nor make a batch of the other seller's product.
    assert knife_batch.lot_number not in other.get("/dashboard/batches/").content.decode()
    response = other.post("/dashboard/batches/new/", batch_data(knife_batch.product))
    assert "product" in response.context["form"].errors


def test_staff_see_every_batch(knife_batch, staff_client):
    assert staff_client.get(f"/dashboard/batches/{knife_batch.pk}/").status_code == 200
    assert knife_batch.lot_number in staff_client.get("/dashboard/batches/").content.decode()


def test_buyers_and_visitors_cannot_reach_the_dashboard(knife_batch, client):
    from tests.sellers.factories import UserFactory

    assert client.get("/dashboard/batches/").status_code == 302  # to the login
    client.force_login(UserFactory())
    assert client.get(f"/dashboard/batches/{knife_batch.pk}/").status_code == 403


def test_a_product_without_gtin_has_no_trace_code_and_the_seller_is_told(knife_seller, knife_batch):
    knife_seller.product.gtin = ""
    knife_seller.product.save()
    page = knife_seller.client.get(f"/dashboard/batches/{knife_batch.pk}/").content.decode()
    assert "cannot have a trace code" in page
    assert knife_seller.client.get(f"/dashboard/batches/{knife_batch.pk}/labels.pdf",
                                   follow=True).status_code == 404


def document_data(**changes):
    return {"kind": "inspection", "title": "Salt spray test", "issued_by": "Yangjiang QC Lab",
            "issued_on": "2026-11-05", "number": "QC-1", "result": "passed",
            "file": SimpleUploadedFile("report.pdf", PDF, content_type="application/pdf"),
            **changes}


def test_documents_are_checked_by_content_and_kept_private(knife_seller, knife_batch,
                                                           seafood_seller, client, settings):
    url = f"/dashboard/batches/{knife_batch.pk}/documents/"
    fake = SimpleUploadedFile("report.pdf", b"<html>not a pdf</html>")
    response = knife_seller.client.post(url, document_data(file=fake))
    assert response.status_code == 400
    assert "content is not PDF" in response.content.decode()
    exe = SimpleUploadedFile("report.exe", b"MZ")
    assert knife_seller.client.post(url, document_data(file=exe)).status_code == 400
    assert knife_seller.client.post(url, document_data(result="")).status_code == 400
    assert not BatchDocument.objects.exists()

    assert knife_seller.client.post(url, document_data()).status_code == 302
    document = BatchDocument.objects.get()
    path = document.file.path
    assert path.startswith(str(settings.MARKETPLACE_TRACE_DOCUMENTS_ROOT))
    assert not path.startswith(str(settings.MEDIA_ROOT))
    file_url = f"/dashboard/batches/documents/{document.file.name}"
    response = knife_seller.client.get(file_url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF
    assert seafood_seller.client.get(file_url, follow=True).status_code == 404
    # The public trace page shows the title and the result, never a link to the file.
    page = client.get("/01/06901234567892/10/A2026-001").content.decode()
    assert "Salt spray test" in page and document.file.name not in page


def test_a_failed_inspection_is_signalled_after_commit(knife_seller, knife_batch,
                                                       django_capture_on_commit_callbacks):
    received = []

    def receiver(sender, batch, document, **kwargs):
        received.append((batch.pk, document.title))

    inspection_failed.connect(receiver, dispatch_uid="test-inspection-failed")
    try:
        url = f"/dashboard/batches/{knife_batch.pk}/documents/"
        with django_capture_on_commit_callbacks(execute=False) as passed_callbacks:
            knife_seller.client.post(url, document_data())
        assert passed_callbacks == []
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            knife_seller.client.post(url, document_data(title="Migration test", result="failed",
                                                        file=SimpleUploadedFile("r.pdf", PDF)))
        assert received == []  # not before the commit
        for callback in callbacks:
            callback()
        assert received == [(knife_batch.pk, "Migration test")]
    finally:
        inspection_failed.disconnect(dispatch_uid="test-inspection-failed")


# --- allocations on the order page -----------------------------------------------------------

def test_seller_allocates_its_batches_to_its_order_lines(knife_seller, knife_batch):
    order = place(knife_seller.product, quantity=10)
    line = order.lines.get()
    page = knife_seller.client.get(f"/dashboard/orders/{order.number}/").content.decode()
    assert 'id="order_batches"' in page and "A2026-001" in page
    url = f"/dashboard/batches/orders/{order.number}/allocate/"
    second = make_batch(knife_seller, lot="A2026-002")
    knife_seller.client.post(url, {"line": line.pk, "batch": knife_batch.pk, "quantity": 6})
    knife_seller.client.post(url, {"line": line.pk, "batch": second.pk, "quantity": 4})
    assert {(a.batch.lot_number, a.quantity) for a in BatchAllocation.objects.all()} == {
        ("A2026-001", 6), ("A2026-002", 4)}
    # More than the line's quantity is refused.
    response = knife_seller.client.post(url, {"line": line.pk, "batch": knife_batch.pk,
                                              "quantity": 1}, follow=True)
    assert "at most 0 more" in response.content.decode()
    assert sum(a.quantity for a in BatchAllocation.objects.all()) == 10


def test_only_own_on_sale_batches_of_the_product_can_fill_a_line(knife_seller, knife_batch,
                                                                 seafood_seller):
    order = place(knife_seller.product, quantity=10)
    line = order.lines.get()
    url = f"/dashboard/batches/orders/{order.number}/allocate/"
    Batch.objects.filter(pk=knife_batch.pk).update(status=Batch.Status.STOPPED)
    response = knife_seller.client.post(url, {"line": line.pk, "batch": knife_batch.pk,
                                              "quantity": 1}, follow=True)
    assert "cannot fill this line" in response.content.decode()
    prawns = make_batch(seafood_seller, lot="P1", catch_area="FAO 61", vessel_or_farm="V",
                        landing_date=date(2026, 10, 1))
    # Another seller's batch, or another seller posting to this order's line: not found.
    assert knife_seller.client.post(url, {"line": line.pk, "batch": prawns.pk, "quantity": 1},
                                    follow=True).status_code == 404
    assert seafood_seller.client.post(url, {"line": line.pk, "batch": prawns.pk, "quantity": 1},
                                      follow=True).status_code == 404
    assert not BatchAllocation.objects.exists()


def test_the_buyer_sees_the_trace_links_of_their_order(knife_seller, knife_batch):
    from marketplace.traceability import services

    order = place(knife_seller.product, quantity=3)
    services.allocate(order.lines.get(), knife_batch, 3, by=None)
    from django.test import Client

    buyer = Client()
    buyer.force_login(order.user)
    page = buyer.get(f"/en/accounts/orders/{order.number}/").content.decode()
    assert 'href="/01/06901234567892/10/A2026-001"' in page


def test_scan_counts_page_shows_a_sellers_own_batches_only(knife_seller, knife_batch,
                                                           seafood_seller, client):
    client.get("/01/06901234567892/10/A2026-001", HTTP_CF_IPCOUNTRY="JP")
    client.get("/01/06901234567892/10/NOPE", HTTP_CF_IPCOUNTRY="JP")
    page = knife_seller.client.get("/dashboard/batches/scans/").content.decode()
    assert "A2026-001" in page and "JP" in page and "Lot number unknown for the product" in page
    page = seafood_seller.client.get("/dashboard/batches/scans/").content.decode()
    assert "A2026-001" not in page and "Lot number unknown" not in page
