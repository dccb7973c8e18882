"""The public complaint form: every field checked, uploads judged by content, abuse bounded."""

import os
from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from marketplace.ip_complaints.models import CaseEvent, Complaint, Evidence
from tests.sellers.factories import PDF_BYTES

from .conftest import form_data, pdf, png

pytestmark = pytest.mark.django_db

URL = "/en/ip-complaints/"


def post(client, data, files=None):
    payload = dict(data)
    payload.update(files or {})
    return client.post(URL, payload)


def errors(response, field):
    return [str(error) for error in response.context["form"].errors.get(field, [])]


def test_the_product_page_links_to_the_form_prefilled_with_the_listing(client, listings):
    page = client.get(listings[0].get_absolute_url()).content.decode()
    assert f'href="/en/ip-complaints/?product={listings[0].pk}"' in page
    assert "Report an intellectual-property infringement" in page

    form = client.get(f"{URL}?product={listings[0].pk}").content.decode()
    assert f"http://testserver{listings[0].get_absolute_url()}" in form


def test_the_form_is_served_in_spanish(client):
    page = client.get("/es/ip-complaints/")
    assert page.status_code == 200
    assert 'lang="es"' in page.content.decode()


def test_a_rights_holder_files_a_complaint_and_gets_a_reference_and_private_link(
        client, listings, settings, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, form_data(listings), {"evidence": [pdf(), png()]})

    complaint = Complaint.objects.get()
    assert response.status_code == 302
    assert response["Location"].startswith(f"/en/ip-complaints/case/{complaint.reference}/")
    assert len(complaint.reference) == len("IP-2026-ABCDEF")
    assert complaint.reference.startswith(f"IP-{timezone.localdate().year}-")
    assert complaint.listing_cases.count() == 2
    assert complaint.decision_due > timezone.now() + timedelta(days=6)
    # The token is not stored; the link opens the case.
    token = response["Location"].rstrip("/").rsplit("/", 1)[1]
    assert token not in complaint.token_hash and len(token) >= 40
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert complaint.reference in page.content.decode()
    assert page["Referrer-Policy"] == "no-referrer"
    # Evidence is kept privately, outside MEDIA_ROOT.
    files = list(Evidence.objects.filter(complaint=complaint))
    assert [f.original_name for f in files] == ["certificate.pdf", "photo.png"]
    stored = files[0].file.path
    assert os.path.exists(stored)
    assert not stored.startswith(str(settings.MEDIA_ROOT))
    # The complainant is e-mailed the reference and the link.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@toledo.example"]
    assert complaint.reference in message.subject
    assert f"/en/ip-complaints/case/{complaint.reference}/{token}/" in message.body
    assert CaseEvent.objects.get().kind == CaseEvent.Kind.FILED


def test_listings_may_be_given_by_number_and_relative_address(client, listings):
    data = form_data(listings=f"{listings[0].pk}\n\n{listings[1].get_absolute_url()}\n"
                              f"{listings[0].pk}")
    assert post(client, data).status_code == 302
    assert Complaint.objects.get().listing_cases.count() == 2


@pytest.mark.parametrize("line", [
    "999999999",
    "https://evil.example/en/catalogue/knife_{pk}/",
    "javascript:alert(1)",
    "http://testserver/en/basket/",
    "not a listing at all",
    "x" * 600,
])
def test_a_line_that_is_not_a_listing_on_this_site_is_named_in_the_error(client, listings, line):
    line = line.replace("{pk}", str(listings[0].pk))
    response = post(client, form_data(listings=f"{listings[0].pk}\n{line}"))

    assert response.status_code == 200
    [error] = errors(response, "listings")
    assert error.startswith("Line 2 (")
    assert "is not a listing on this site" in error
    assert not Complaint.objects.exists()


def test_a_listing_not_on_sale_cannot_be_named(client, listings):
    type(listings[0]).objects.filter(pk=listings[0].pk).update(is_public=False)
    response = post(client, form_data(listings=str(listings[0].pk)))
    assert "Line 1" in errors(response, "listings")[0]


def test_too_many_listings_are_refused(client, listings, settings):
    settings.MARKETPLACE_IP_MAX_LISTINGS = 1
    response = post(client, form_data(listings))
    assert "at most 1 listings" in errors(response, "listings")[0]


@pytest.mark.parametrize("field", ["complainant_name", "email", "country", "capacity", "ip_type",
                                   "registration_number", "office", "valid_from",
                                   "valid_until", "listings", "description", "good_faith",
                                   "accurate"])
def test_every_required_field_is_required(client, listings, field):
    data = form_data(listings)
    data.pop(field)
    response = post(client, data)
    assert errors(response, field), field
    assert not Complaint.objects.exists()


@pytest.mark.parametrize("field,limit", [("complainant_name", 200), ("organisation", 200),
                                         ("registration_number", 100), ("office", 200),
                                         ("description", 5000)])
def test_text_is_bounded(client, listings, field, limit):
    response = post(client, form_data(listings, **{field: "a" * (limit + 1)}))
    assert errors(response, field)


@pytest.mark.parametrize("field,value", [("email", "not-an-address"), ("country", "XX"),
                                         ("capacity", "friend"), ("ip_type", "recipe"),
                                         ("valid_from", "2020-13-45")])
def test_bad_values_are_refused(client, listings, field, value):
    assert errors(post(client, form_data(listings, **{field: value})), field)


def test_validity_must_run_forwards_and_be_in_force(client, listings):
    today = timezone.localdate()
    backwards = post(client, form_data(listings, valid_from=today.isoformat(),
                                       valid_until=(today - timedelta(days=1)).isoformat()))
    assert errors(backwards, "valid_until") == ["The right cannot end before it starts."]
    expired = post(client, form_data(listings, valid_from="2000-01-01",
                                     valid_until=(today - timedelta(days=1)).isoformat()))
    assert "expired" in errors(expired, "valid_until")[0]
    future = post(client, form_data(listings, valid_from=(today + timedelta(days=5)).isoformat()))
    assert errors(future, "valid_from") == ["This right is not yet in force."]


def test_an_agent_must_attach_proof_of_authority(client, listings):
    response = post(client, form_data(listings, capacity="agent"))
    assert errors(response, "authority") == ["An agent must attach the owner's authority."]

    response = post(client, form_data(listings, capacity="agent"),
                    {"authority": pdf("power-of-attorney.pdf")})
    assert response.status_code == 302
    assert Evidence.objects.get().original_name == "power-of-attorney.pdf"


def test_a_text_file_renamed_to_pdf_is_refused(client, listings):
    fake = SimpleUploadedFile("certificate.pdf", b"<html>not a pdf</html>", "application/pdf")
    response = post(client, form_data(listings), {"evidence": [fake]})
    assert "content is not PDF" in errors(response, "evidence")[0]


def test_other_file_types_are_refused(client, listings):
    script = SimpleUploadedFile("evidence.svg", b"<svg onload=alert(1)>", "image/svg+xml")
    response = post(client, form_data(listings), {"evidence": [script]})
    assert "is none of these" in errors(response, "evidence")[0]


def test_a_file_too_large_is_refused(client, listings, settings):
    settings.MARKETPLACE_IP_EVIDENCE_MAX_BYTES = 1024
    big = pdf(content=PDF_BYTES + b"0" * 2000)
    response = post(client, form_data(listings), {"evidence": [big]})
    assert "files may be at most 1.0" in errors(response, "evidence")[0]


def test_too_many_files_are_refused(client, listings, settings):
    settings.MARKETPLACE_IP_EVIDENCE_MAX_FILES = 2
    response = post(client, form_data(listings),
                    {"evidence": [pdf("a.pdf"), pdf("b.pdf"), pdf("c.pdf")]})
    assert errors(response, "evidence") == ["Attach at most 2 files."]
    assert not Evidence.objects.exists()


def test_filings_from_one_address_are_limited_per_day(client, listings, settings):
    settings.MARKETPLACE_IP_DAILY_FILINGS_PER_EMAIL = 2
    for _attempt in range(2):
        assert post(client, form_data(listings[:1])).status_code == 302
    response = post(client, form_data(listings[:1], email="ANA@toledo.example"))
    assert response.status_code == 200
    assert "Too many complaints were filed from this e-mail address today" in (
        response.content.decode())
    assert Complaint.objects.count() == 2


def test_filings_from_one_network_are_limited_per_day(client, listings, settings):
    settings.MARKETPLACE_IP_DAILY_FILINGS_PER_IP = 1
    assert post(client, form_data(listings[:1])).status_code == 302
    response = post(client, form_data(listings[:1], email="other@example.com"))
    assert "Too many complaints were filed from your network today" in response.content.decode()


def test_other_apps_hear_of_a_filing_after_commit(client, listings,
                                                  django_capture_on_commit_callbacks):
    from marketplace.ip_complaints.signals import complaint_filed

    heard = []
    complaint_filed.connect(lambda **kw: heard.append(kw), weak=False, dispatch_uid="test-filed")
    try:
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            post(client, form_data(listings))
        assert heard == []
        for callback in callbacks:
            callback()
    finally:
        complaint_filed.disconnect(dispatch_uid="test-filed")
    assert heard[0]["case"] == Complaint.objects.get()
    assert sorted(p.pk for p in heard[0]["products"]) == sorted(p.pk for p in listings)


def test_the_records_are_readable_in_the_django_admin(admin_client, listings):
    post(admin_client, form_data(listings), {"evidence": [pdf()]})
    for model in ("complaint", "listingcase", "evidence", "caseevent", "strike", "suspension"):
        assert admin_client.get(f"/django-admin/ip_complaints/{model}/").status_code == 200
    complaint = Complaint.objects.get()
    page = admin_client.get(f"/django-admin/ip_complaints/complaint/{complaint.pk}/change/")
    assert page.status_code == 200
    assert complaint.token_hash not in page.content.decode()
