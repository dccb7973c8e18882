"""Markup typed into any field comes back as text on every page that shows it."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from marketplace.ip_complaints import services
from marketplace.ip_complaints.models import ListingCase, Suspension
from tests.sellers.factories import PDF_BYTES

from .conftest import form_data, sign_in

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"


def assert_escaped(page, where):
    assert "<script>alert" not in page, where
    assert "<img src=x" not in page, where
    assert ESCAPED in page, where


def test_hostile_markup_is_escaped_everywhere_it_is_shown(client, listings, moderator, seller,
                                                          settings):
    settings.MARKETPLACE_IP_STRIKE_LIMIT = 1
    type(listings[0]).objects.filter(pk=listings[0].pk).update(title_en=HOSTILE)
    fields = {name: HOSTILE for name in ("complainant_name", "organisation",
                                         "registration_number", "office", "description")}
    evidence = SimpleUploadedFile(f"{HOSTILE}.pdf".replace("/", ""), PDF_BYTES)
    response = client.post("/en/ip-complaints/", {**form_data(listings[:1], **fields),
                                                  "evidence": [evidence]})
    assert response.status_code == 302, response.context["form"].errors
    link = response["Location"]
    case = ListingCase.objects.get()
    complaint = case.complaints.get()

    staff = sign_in(Client(), moderator)
    staff.post(f"/dashboard/ip-complaints/{complaint.reference}/request-info/",
               {"reason": HOSTILE})
    client.post(link + "reply/", {"message": HOSTILE})
    services.take_down(case, decided_by=moderator, reason=HOSTILE)
    services.counter_notice(case, user=seller.applicant, statement=HOSTILE)
    services.keep_down(case, decided_by=moderator, reason=HOSTILE)
    suspension = Suspension.objects.get()
    services.appeal_suspension(suspension, user=seller.applicant, statement=HOSTILE)
    seller_client = sign_in(Client(), seller.applicant)

    pages = {
        "tracking page": client.get(link),
        "queue": staff.get("/dashboard/ip-complaints/?status="),
        "complaint": staff.get(f"/dashboard/ip-complaints/{complaint.reference}/"),
        "listing case": staff.get(f"/dashboard/ip-complaints/listings/{case.pk}/"),
        "suspension": staff.get(f"/dashboard/ip-complaints/suspensions/{suspension.pk}/"),
        "seller's list": seller_client.get("/dashboard/ip-complaints/seller/"),
        "seller's case": seller_client.get(f"/dashboard/ip-complaints/seller/{case.pk}/"),
        "seller's appeal": seller_client.get(
            f"/dashboard/ip-complaints/seller/suspensions/{suspension.pk}/"),
    }
    for where, page in pages.items():
        assert page.status_code == 200, where
        assert_escaped(page.content.decode(), where)


def test_a_hostile_listing_line_is_escaped_in_its_error(client, listings):
    response = client.post("/en/ip-complaints/", form_data(listings, listings=HOSTILE))
    page = response.content.decode()
    assert "is not a listing on this site" in page
    assert "<script>alert" not in page


def test_the_complaint_form_keeps_typed_text_escaped_when_shown_again(client, listings):
    today = timezone.localdate()
    data = form_data(listings, description=HOSTILE, valid_until=today.replace(year=2000))
    page = client.post("/en/ip-complaints/", data).content.decode()
    assert "<script>alert" not in page
