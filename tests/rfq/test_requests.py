"""Buyers ask for quotes: for a product (its seller) or in free text (a cluster's approved sellers)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from marketplace.rfq import services
from marketplace.rfq.models import Attachment, RequestForQuotation
from marketplace.sellers.models import Cluster, Enterprise
from tests.sellers.factories import PNG_BYTES

from .factories import in_days, make_rfq, make_seller, upload, xlsx_bytes

pytestmark = pytest.mark.django_db


def test_buyer_requests_a_quote_for_a_product_from_its_page(client, buyer, product, seller, rfq_data,
                                                           django_capture_on_commit_callbacks):
    client.force_login(buyer)
    form = client.get(f"/en/rfq/new/?product={product.pk}")
    assert form.status_code == 200
    assert product.get_title() in form.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/rfq/new/?product={product.pk}", rfq_data(title=""))

    rfq = RequestForQuotation.objects.get()
    assert response.status_code == 302 and response.url == f"/en/rfq/{rfq.pk}/"
    assert rfq.product == product and rfq.buyer == buyer and rfq.cluster is None
    assert rfq.title == product.get_title()
    assert list(rfq.partners.all()) == [seller.partner]
    assert rfq.status == RequestForQuotation.Status.OPEN
    assert [message.to for message in mail.outbox] == [[seller.applicant.email]]
    assert f"/en/rfq/seller/{rfq.pk}/" in mail.outbox[0].body


def test_a_free_text_request_goes_to_every_approved_seller_of_the_cluster_only(
        buyer, seller, django_capture_on_commit_callbacks):
    second = make_seller()
    suspended = make_seller(status=Enterprise.Status.SUSPENDED)
    under_review = make_seller(status=Enterprise.Status.SUBMITTED)
    other_cluster = make_seller(cluster=Cluster.SEAFOOD)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        rfq = make_rfq(buyer)
        assert mail.outbox == []  # nothing leaves before the commit

    assert len(callbacks) == 2
    assert set(rfq.partners.all()) == {seller.partner, second.partner}
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted([seller.applicant.email, second.applicant.email])
    for absent in (suspended, under_review, other_cluster):
        assert absent.applicant.email not in recipients


def test_each_seller_is_told_once_even_if_the_task_runs_twice(buyer, seller, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        rfq = make_rfq(buyer)
    invitation = rfq.invitations.get()
    assert services.notify_invitation(invitation.pk) is False
    assert len(mail.outbox) == 1


def test_a_cluster_without_approved_sellers_is_refused(buyer):
    make_seller(status=Enterprise.Status.SUSPENDED, cluster=Cluster.TEXTILES)
    with pytest.raises(services.RfqError, match="No approved seller"):
        make_rfq(buyer, cluster=Cluster.objects.get(code=Cluster.TEXTILES))
    assert not RequestForQuotation.objects.exists()


def test_free_text_form_creates_the_request(client, buyer, seller, rfq_data):
    client.force_login(buyer)
    assert client.get("/en/rfq/new/").status_code == 200
    response = client.post("/en/rfq/new/", rfq_data())
    assert response.status_code == 302
    rfq = RequestForQuotation.objects.get()
    assert rfq.cluster_id == Cluster.KNIVES_SCISSORS and rfq.product is None
    assert rfq.destination_country.code == "DE" and rfq.incoterm == "CIF"


@pytest.mark.parametrize("field, value, error", [
    ("quantity", "0", "Ensure this value is greater than or equal to 1."),
    ("quantity", "-5", "Ensure this value is greater than or equal to 1."),
    ("quantity", "2000000", "at most 1000000 units"),
    ("target_price", "-1.00", "A price must be more than zero."),
    ("target_currency", "XYZ", "Select a valid choice"),
    ("incoterm", "ABC", "Select a valid choice"),
    ("deadline", "2020-01-01", "Choose a date after today."),
    ("deadline", (timezone.localdate() + timedelta(days=400)).isoformat(), "at most 180 days ahead"),
    ("destination_place", "", "This field is required."),
    ("title", "x" * 201, "at most 200 characters"),
])
def test_bad_input_is_refused_next_to_its_field(client, buyer, seller, rfq_data, field, value, error):
    client.force_login(buyer)
    response = client.post("/en/rfq/new/", rfq_data(**{field: value}))
    assert response.status_code == 200
    assert any(error in message for message in response.context["form"].errors[field])
    assert not RequestForQuotation.objects.exists()


def test_a_target_price_needs_its_currency(client, buyer, seller, rfq_data):
    client.force_login(buyer)
    response = client.post("/en/rfq/new/", rfq_data(target_currency=""))
    assert "Give the currency of your target price." in response.context["form"].errors["target_currency"]


def test_the_service_refuses_what_the_form_refuses(buyer, seller):
    with pytest.raises(ValidationError):
        make_rfq(buyer, quantity=0)
    with pytest.raises(ValidationError):
        make_rfq(buyer, target_currency="XYZ")
    with pytest.raises(ValidationError):
        make_rfq(buyer, deadline=timezone.localdate())
    assert not RequestForQuotation.objects.exists()


@pytest.mark.parametrize("name, content", [
    ("drawing.pdf", b"%PDF-1.4 a drawing"),
    ("photo.png", PNG_BYTES),
    ("photo.jpg", b"\xff\xd8\xff\xe0 jpeg"),
    ("prices.xlsx", xlsx_bytes()),
])
def test_pdf_png_jpeg_and_xlsx_files_are_attached_privately(client, buyer, seller, rfq_data, settings, name, content):
    client.force_login(buyer)
    response = client.post("/en/rfq/new/", rfq_data(attachments=[upload(name, content)]))
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert attachment.name == name
    assert not str(attachment.file.path).startswith(str(settings.MEDIA_ROOT))
    assert "/private/rfq-attachments/" in attachment.file.path
    assert attachment.file.url.startswith("/en/rfq/files/")


@pytest.mark.parametrize("name, content, error", [
    ("drawing.pdf", b"<html>not a pdf</html>", "is not a PDF, PNG, JPEG or Excel (XLSX) file"),
    ("script.exe", b"MZ\x90\x00", "is not a PDF, PNG, JPEG or Excel (XLSX) file"),
    ("archive.xlsx", b"PK\x03\x04 not really a zip", "is not a PDF, PNG, JPEG or Excel (XLSX) file"),
    ("photo.pdf", PNG_BYTES, "holds a PNG file but is not named like one"),
])
def test_files_are_judged_by_their_content(client, buyer, seller, rfq_data, name, content, error):
    client.force_login(buyer)
    response = client.post("/en/rfq/new/", rfq_data(attachments=[upload(name, content)]))
    assert response.status_code == 200
    assert any(error in message for message in response.context["form"].errors["attachments"])
    assert not Attachment.objects.exists()


def test_files_above_the_size_limit_or_too_many_are_refused(client, buyer, seller, rfq_data, settings):
    client.force_login(buyer)
    settings.MARKETPLACE_RFQ_UPLOAD_MAX_BYTES = 20
    response = client.post("/en/rfq/new/", rfq_data(attachments=[upload(content=b"%PDF-" + b"x" * 50)]))
    assert "files may be at most" in response.context["form"].errors["attachments"][0]
    settings.MARKETPLACE_RFQ_UPLOAD_MAX_BYTES = 10 * 1024 * 1024
    response = client.post("/en/rfq/new/", rfq_data(attachments=[upload() for _ in range(6)]))
    assert "Attach at most 5 files." in response.context["form"].errors["attachments"]
    assert not RequestForQuotation.objects.exists()


def test_overdue_requests_without_quotes_expire(buyer, seller):
    rfq = make_rfq(buyer)
    assert services.expire_overdue_rfqs(today=in_days(13)) == 0
    assert services.expire_overdue_rfqs(today=in_days(15)) == 1
    rfq.refresh_from_db()
    assert rfq.status == RequestForQuotation.Status.EXPIRED
