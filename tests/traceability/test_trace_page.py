"""The public trace page at the GS1 Digital Link URI: in the visitor's language, counted, and a
"not a genuine code" page (404, counted) for anything else."""

from datetime import date

import pytest
from django.utils import timezone

from marketplace.order_lifecycle import statuses
from marketplace.traceability import selectors, services
from marketplace.traceability.models import Batch, BatchDocument, FailedScanCount, ScanCount
from tests.declaration.factories import place

from .conftest import KNIFE_GTIN14, make_batch

pytestmark = pytest.mark.django_db

PATH = f"/01/{KNIFE_GTIN14}/10/A2026-001"


def test_trace_page_shows_product_manufacturer_batch_and_documents(client, knife_batch):
    BatchDocument.objects.create(batch=knife_batch, kind="inspection", title="Salt spray test",
                                 issued_by="Yangjiang QC Lab", issued_on=date(2026, 11, 5),
                                 result="passed", number="QC-88")
    response = client.get(PATH)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Genuine trace code" in page
    assert "Chef Knife 8in" in page
    assert "Verified manufacturer" in page
    assert knife_batch.enterprise.get_absolute_url() in page
    assert "Yangdong plant 2" in page and "3Cr13 steel coil, Yangjiang" in page
    assert "Salt spray test" in page and "Yangjiang QC Lab" in page and "Passed" in page
    assert "(01)06901234567892(10)A2026-001" in page
    assert 'id="batch_status"' in page and "On sale" in page


def test_trace_page_answers_in_the_language_of_accept_language(client, knife_batch):
    response = client.get(PATH, HTTP_ACCEPT_LANGUAGE="es-ES,es;q=0.9")
    assert response.status_code == 200
    assert response["Content-Language"] == "es"
    page = response.content.decode()
    assert '<html lang="es"' in page
    assert "Cuchillo de chef 8 pulgadas" in page
    assert "Accept-Language" in response["Vary"]


def test_a_shortened_gtin_redirects_to_the_canonical_uri(client, knife_batch):
    response = client.get("/01/6901234567892/10/A2026-001?linkType=all")
    assert response.status_code == 301
    assert response["Location"] == PATH + "?linkType=all"
    assert not ScanCount.objects.exists()
    assert client.get(response["Location"]).status_code == 200


def test_a_lot_with_a_slash_is_served_at_its_percent_encoded_uri(client, knife_seller):
    make_batch(knife_seller, lot="B/12")
    response = client.get(f"/01/{KNIFE_GTIN14}/10/B%2F12")
    assert response.status_code == 200
    assert "B/12" in response.content.decode()


@pytest.mark.parametrize(("path", "reason"), [
    (f"/01/{KNIFE_GTIN14}/10/FORGED-1", "unknown_lot"),
    ("/01/06901234567891/10/A2026-001", "check_digit"),
    ("/01/04006381333931/10/A2026-001", "unknown_gtin"),
    # GS1's AI 10 allows < and >: a well-formed lot, but none the platform issued.
    (f"/01/{KNIFE_GTIN14}/10/<script>", "unknown_lot"),
    (f"/01/{KNIFE_GTIN14}", "malformed"),
    (f"/01/{KNIFE_GTIN14}/10/A2026-001/99/extra", "malformed"),
    ("/01/", "malformed"),
])
def test_forged_or_unknown_codes_get_a_not_genuine_page_and_are_counted(client, knife_batch,
                                                                         path, reason):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="es", HTTP_CF_IPCOUNTRY="DE")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Código no auténtico" in page  # the scanner's language, from Accept-Language
    assert '<html lang="es"' in page
    failed = FailedScanCount.objects.get()
    assert (failed.reason, failed.country, failed.count) == (reason, "DE", 1)
    assert failed.gtin == (KNIFE_GTIN14 if reason == "unknown_lot" else "")
    assert not ScanCount.objects.exists()


def test_markup_in_a_forged_uri_is_not_echoed(client, knife_batch):
    response = client.get(f"/01/{KNIFE_GTIN14}/10/%3Cimg%20src=x%20onerror=alert(1)%3E")
    assert response.status_code == 404
    page = response.content.decode()
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_scans_are_counted_by_country_and_day(client, knife_batch, settings):
    for country in ("DE", "DE", "us", "", "XX"):
        assert client.get(PATH, HTTP_CF_IPCOUNTRY=country).status_code == 200
    counts = {row.country: row.count for row in ScanCount.objects.filter(batch=knife_batch)}
    assert counts == {"DE": 2, "US": 1, "": 2}
    assert {row.day for row in ScanCount.objects.all()} == {timezone.localdate()}
    settings.MARKETPLACE_TRACE_COUNTRY_HEADER = "HTTP_X_COUNTRY"
    client.get(PATH, HTTP_X_COUNTRY="FR", HTTP_CF_IPCOUNTRY="DE")
    assert ScanCount.objects.get(country="FR").count == 1


def test_crawlers_are_not_counted(client, knife_batch):
    response = client.get(PATH, HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)")
    assert response.status_code == 200
    assert not ScanCount.objects.exists()


def test_a_recalled_batch_says_so_in_its_status_line(client, knife_batch):
    Batch.objects.filter(pk=knife_batch.pk).update(status=Batch.Status.RECALLED)
    page = client.get(PATH).content.decode()
    assert "Recalled: do not use or sell goods from this batch." in page


def _allocate(batch, order, quantity):
    line = order.lines.get()
    return services.allocate(line, batch, quantity, by=None)


def test_shipments_are_shown_by_destination_and_day_without_buyer_names(client, knife_seller,
                                                                        knife_batch):
    shipped_de = place(knife_seller.product, country="DE", quantity=30)
    shipped_de2 = place(knife_seller.product, country="DE", quantity=5)
    shipped_us = place(knife_seller.product, country="US", quantity=12)
    unshipped = place(knife_seller.product, country="FR", quantity=7)
    for order, quantity in ((shipped_de, 30), (shipped_de2, 5), (shipped_us, 12), (unshipped, 7)):
        _allocate(knife_batch, order, quantity)
    for order in (shipped_de, shipped_de2, shipped_us):
        order.set_status(statuses.SHIPPED)
    found = selectors.shipments(knife_batch)
    assert {(s.country, s.orders, s.quantity) for s in found} == {("DE", 2, 35), ("US", 1, 12)}
    assert {s.day for s in found} == {timezone.localdate()}
    assert selectors.shipments_by_country(found) == [("DE", 2, 35), ("US", 1, 12)]
    response = client.get(PATH, HTTP_ACCEPT_LANGUAGE="es")
    page = response.content.decode()
    assert "Alemania" in page and "Estados Unidos" in page and "Francia" not in page
    buyer = shipped_de.user
    for private in (buyer.email, shipped_de.shipping_address.first_name, shipped_de.number):
        assert private not in page
    assert set(selectors.orders_holding(knife_batch)) == {shipped_de, shipped_de2, shipped_us,
                                                          unshipped}


def test_orders_holding_is_only_the_orders_filled_from_the_batch(knife_seller, knife_batch):
    other_batch = make_batch(knife_seller, lot="A2026-002")
    first = place(knife_seller.product, quantity=4)
    second = place(knife_seller.product, quantity=4)
    place(knife_seller.product, quantity=4)  # no batch recorded
    _allocate(knife_batch, first, 2)
    _allocate(other_batch, first, 2)
    _allocate(other_batch, second, 4)
    assert list(selectors.orders_holding(knife_batch)) == [first]
    assert set(selectors.orders_holding(other_batch)) == {first, second}


def test_code_entry_form_leads_to_the_trace_page(client, knife_batch):
    response = client.get("/en/trace/", {"code": "(01)06901234567892(10)A2026-001"})
    assert response.status_code == 302 and response["Location"] == PATH
    response = client.get("/en/trace/", {"code": "0106901234567892" + "10A2026-001"})
    assert response["Location"] == PATH
    response = client.get("/en/trace/", {"code": "(01)06901234567891(10)A2026-001"})
    assert response.status_code == 200
    assert "This is not a trace code" in response.content.decode()
