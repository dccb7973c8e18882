"""Officers act on an alert: stop sales, recall a batch, record returns; sellers and exactly
the buyers holding the batch are told."""

from datetime import date
from types import SimpleNamespace

import pytest
from django.core import mail
from oscar.core.loading import get_model

from catalog.models import ReviewStatus
from marketplace.ip_complaints.signals import complaint_filed
from marketplace.listing_holds.models import ListingHold
from marketplace.risk import notices, services
from marketplace.risk.models import Alert, Recall, RecallDisposal, RecallNotice
from marketplace.traceability.models import Batch

from .conftest import login

Product = get_model("catalogue", "Product")
Basket = get_model("basket", "Basket")
pytestmark = pytest.mark.django_db


@pytest.fixture
def alert(knife):
    complaint_filed.send(sender=None, case=SimpleNamespace(pk=1, reference="IP-1"), products=[knife])
    return Alert.objects.get()


def url(alert, action):
    return f"/dashboard/risk/alerts/{alert.pk}/{action}/"


def test_stopping_the_sale_of_a_listing_takes_it_out_of_the_catalogue_and_baskets(
        alert, knife, officer_client, django_capture_on_commit_callbacks):
    shopper = login(get_model("auth", "User").objects.create_user("shopper", "s@example.com", "x"))
    shopper.post(f"/en/basket/add/{knife.pk}/", {"quantity": 5})
    assert Basket.objects.get(owner__username="shopper").lines.count() == 1

    with django_capture_on_commit_callbacks(execute=True):
        response = officer_client.post(url(alert, "stop-product"), {"reason": "Rust found <b>x</b>"})

    assert response.status_code == 302
    knife.refresh_from_db()
    assert (knife.review_status, knife.is_public) == (ReviewStatus.HELD, False)
    assert not Product.objects.browsable().filter(pk=knife.pk).exists()
    assert shopper.get(knife.get_absolute_url()).status_code == 404
    assert Basket.objects.get(owner__username="shopper").lines.count() == 0
    hold = ListingHold.objects.get()
    assert (hold.kind, hold.reference) == (ListingHold.Kind.STOP_SALE, alert.reference)
    assert [message.to for message in mail.outbox] == [["sales@knives.example.cn"]]
    assert "Rust found x" in mail.outbox[0].body

    with django_capture_on_commit_callbacks(execute=True):
        officer_client.post(url(alert, "resolve"), {"resolution": "Supplier changed",
                                                    "resume_sale": "on"})

    knife.refresh_from_db()
    assert (knife.review_status, knife.is_public) == (ReviewStatus.APPROVED, True)
    alert.refresh_from_db()
    assert alert.status == Alert.Status.RESOLVED
    assert list(alert.actions.values_list("kind", flat=True))[-3:] == [
        "stop_product", "lift_product", "resolved"]
    assert len(mail.outbox) == 2  # the seller hears the stop is lifted


def test_a_second_stop_of_the_same_alert_is_refused(alert, risk_officer):
    services.stop_product_sale(alert, by=risk_officer, reason="First")
    with pytest.raises(services.RiskError):
        services.stop_product_sale(alert, by=risk_officer, reason="Second")
    assert ListingHold.objects.active().count() == 1


def test_stopping_a_batch_stops_only_that_lot_and_tells_the_seller(
        alert, lots, officer_client, django_capture_on_commit_callbacks):
    lot_a, lot_b = lots
    with django_capture_on_commit_callbacks(execute=True):
        officer_client.post(url(alert, "stop-batch"), {"batch": lot_a.pk, "reason": "Salt spray"})

    lot_a.refresh_from_db()
    lot_b.refresh_from_db()
    assert (lot_a.status, lot_b.status) == (Batch.Status.STOPPED, Batch.Status.ON_SALE)
    assert mail.outbox[0].to == ["sales@knives.example.cn"]
    assert "LOT-A" in mail.outbox[0].subject

    officer_client.post(url(alert, "resume-batch"), {"batch": lot_a.pk})
    lot_a.refresh_from_db()
    assert lot_a.status == Batch.Status.ON_SALE


def test_a_batch_of_another_listing_cannot_be_stopped_from_this_alert(alert, risk_officer, seller):
    from tests.factories import StockRecordFactory

    from .conftest import make_batch

    other = make_batch(StockRecordFactory().product, seller.enterprise, "OTHER-1")
    with pytest.raises(services.RiskError):
        services.stop_batch_sale(alert, other, by=risk_officer, reason="x")


def test_a_recall_emails_exactly_the_buyers_holding_the_batch_once_and_the_seller(
        alert, lots, buyers, officer_client, django_capture_on_commit_callbacks):
    lot_a, _lot_b = lots
    with django_capture_on_commit_callbacks(execute=True):
        response = officer_client.post(url(alert, "recall"), {
            "batch": lot_a.pk, "hazard": "defect", "remedy": "return",
            "note": "<script>alert(1)</script> Call +86 662 000", "confirm": "on"})

    recall = Recall.objects.get()
    assert response.status_code == 302 and response.url == recall.get_absolute_url()
    lot_a.refresh_from_db()
    assert lot_a.status == Batch.Status.RECALLED
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["ana@example.es", "ben@example.de", "sales@knives.example.cn"]
    assert "chloe@example.fr" not in recipients
    ana = next(message for message in mail.outbox if message.to == ["ana@example.es"])
    # Ana's two orders in one e-mail, in Spanish (her orders ship to Spain).
    assert "YJ-2001" in ana.body and "YJ-2002" in ana.body
    assert RecallNotice.objects.get(email="ana@example.es").language == "es"
    assert "<script>" not in ana.body  # the officer's note is stored as text
    assert sorted(recall.lines.values_list("order__number", flat=True)) == [
        "YJ-2001", "YJ-2002", "YJ-2003"]

    # Sending again (a retried task) e-mails nobody twice.
    assert notices.send_recall_notices(recall.pk) == 0
    assert len(mail.outbox) == 3


def test_a_recall_interrupted_midway_sends_only_the_rest_on_retry(alert, lots, buyers, risk_officer,
                                                                   monkeypatch):
    lot_a, _lot_b = lots
    recall = services.recall_batch(alert, lot_a, by=risk_officer, hazard="chemical",
                                   remedy="destroy")
    real_send = notices._send
    calls = []

    def flaky(template, context, language, recipient):
        calls.append(recipient)
        if len(calls) == 2:
            raise OSError("SMTP down")
        real_send(template, context, language, recipient)

    monkeypatch.setattr(notices, "_send", flaky)
    with pytest.raises(OSError):
        notices.send_recall_notices(recall.pk)
    assert len(mail.outbox) == 1
    monkeypatch.setattr(notices, "_send", real_send)

    notices.send_recall_notices(recall.pk)

    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["ana@example.es", "ben@example.de", "sales@knives.example.cn"]


def test_a_batch_is_recalled_once(alert, lots, risk_officer):
    lot_a, _lot_b = lots
    services.recall_batch(alert, lot_a, by=risk_officer, hazard="defect", remedy="return")
    with pytest.raises(services.RiskError):
        services.recall_batch(alert, lot_a, by=risk_officer, hazard="defect", remedy="return")


def test_returns_and_destructions_are_recorded_against_the_recall(alert, lots, buyers, risk_officer,
                                                                   officer_client):
    lot_a, _lot_b = lots
    recall = services.recall_batch(alert, lot_a, by=risk_officer, hazard="defect", remedy="either")
    line = recall.lines.get(order__number="YJ-2001")  # 10 units

    officer_client.post(f"/dashboard/risk/recall-lines/{line.pk}/disposals/", {
        "kind": "returned", "quantity": 6, "happened_on": "2026-11-01", "note": "By courier"})
    response = officer_client.post(f"/dashboard/risk/recall-lines/{line.pk}/disposals/", {
        "kind": "destroyed", "quantity": 5, "happened_on": "2026-11-02"}, follow=True)
    assert "Only 4 units of this line are still out." in response.content.decode()
    officer_client.post(f"/dashboard/risk/recall-lines/{line.pk}/disposals/", {
        "kind": "destroyed", "quantity": 4, "happened_on": "2026-11-02"})

    assert services.recall_progress(recall) == {
        "recalled": 20, "returned": 6, "destroyed": 4, "outstanding": 10, "percent": 50}
    page = officer_client.get(recall.get_absolute_url()).content.decode()
    assert "20 units recalled: 6 returned, 4 destroyed, 10 still out" in page
    assert RecallDisposal.objects.count() == 2
    listing = officer_client.get("/dashboard/risk/recalls/").content.decode()
    assert recall.reference in listing and "LOT-A" in listing

    for other in recall.lines.exclude(pk=line.pk):
        services.record_disposal(other, by=risk_officer, kind="returned",
                                 quantity=other.quantity, happened_on=date(2026, 11, 3))
    recall.refresh_from_db()
    assert recall.closed_at is not None


def test_evidence_must_be_a_real_document_and_is_served_to_officers_only(
        alert, lots, buyers, risk_officer, officer_client, buyer_client_factory):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.sellers.factories import PDF_BYTES

    lot_a, _lot_b = lots
    recall = services.recall_batch(alert, lot_a, by=risk_officer, hazard="defect", remedy="destroy")
    line = recall.lines.first()
    post = f"/dashboard/risk/recall-lines/{line.pk}/disposals/"

    fake = SimpleUploadedFile("proof.pdf", b"MZ not a pdf", content_type="application/pdf")
    response = officer_client.post(post, {"kind": "destroyed", "quantity": 1,
                                          "happened_on": "2026-11-01", "evidence": fake}, follow=True)
    assert "its content is not PDF" in response.content.decode()
    assert not RecallDisposal.objects.exists()

    real = SimpleUploadedFile("proof.pdf", PDF_BYTES, content_type="application/pdf")
    officer_client.post(post, {"kind": "destroyed", "quantity": 1, "happened_on": "2026-11-01",
                               "evidence": real})
    disposal = RecallDisposal.objects.get()
    assert officer_client.get(disposal.evidence.url).status_code == 200
    assert buyer_client_factory(buyers.ana).get(disposal.evidence.url).status_code == 403
    assert officer_client.get("/dashboard/risk/evidence/recall-1/x/../../etc/passwd",
                              follow=True).status_code == 404


@pytest.fixture
def buyer_client_factory():
    return login
