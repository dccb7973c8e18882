"""Only moderators and the two parties see a case; everyone else gets 404, whatever they try."""

import secrets

import pytest
from django.test import Client

from marketplace.ip_complaints import services
from marketplace.ip_complaints.models import Evidence, ListingCase
from tests.factories import StockRecordFactory
from tests.moderation.conftest import make_seller
from tests.sellers.factories import UserFactory

from .conftest import file_complaint, pdf, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def taken_down(listings, moderator):
    complaint, token = file_complaint(listings[:1], evidence=[pdf("mine.pdf")])
    case = services.take_down(ListingCase.objects.get(product=listings[0]),
                              decided_by=moderator, reason="Copy.")
    return complaint, token, case


def track(reference, token):
    return f"/en/ip-complaints/case/{reference}/{token}/"


def test_forged_references_and_tokens_are_all_404(client, taken_down):
    complaint, token, _case = taken_down
    attempts = [
        track(complaint.reference, secrets.token_urlsafe(32)),
        track(complaint.reference, token[:-1]),
        track(complaint.reference, token.upper()),
        track(complaint.reference, ""),
        track(complaint.reference.lower(), token),
        track("IP-2026-AAAAAA", token),
        track("IP-2026-" + complaint.reference[-6:][::-1], token),
        track(complaint.reference + "X", token),
        track("x" * 300, token),
        track(complaint.reference, token + "/../" + token),
    ]
    attempts += [track(complaint.reference, secrets.token_urlsafe(32)) for _n in range(40)]
    statuses = [client.get(url).status_code for url in attempts]
    assert statuses.count(404) == len(attempts) == 50
    assert client.get(track(complaint.reference, token)).status_code == 200


def test_one_complainant_cannot_open_another_complainants_case(client, listings):
    mine, my_token = file_complaint(listings[:1], email="me@example.com")
    theirs, their_token = file_complaint(listings[1:], email="them@example.com")
    mine_file = Evidence.objects.create(complaint=theirs, party="complainant",
                                        file=pdf("theirs.pdf"), original_name="theirs.pdf",
                                        size=10)
    statuses = [
        client.get(track(theirs.reference, my_token)).status_code,
        client.get(track(mine.reference, their_token)).status_code,
        client.post(track(theirs.reference, my_token) + "reply/", {"message": "x"}).status_code,
        client.get(track(mine.reference, my_token) + f"evidence/{mine_file.pk}/").status_code,
    ]
    assert statuses == [404, 404, 404, 404]


def test_the_complainant_downloads_their_evidence_through_their_link_only(client, taken_down):
    complaint, token, _case = taken_down
    evidence = complaint.evidence.get()
    url = track(complaint.reference, token) + f"evidence/{evidence.pk}/"

    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert 'attachment; filename="mine.pdf"' in response["Content-Disposition"]
    assert client.get(track(complaint.reference, "forged") + f"evidence/{evidence.pk}/"
                      ).status_code == 404


def test_dashboard_pages_send_anonymous_visitors_to_log_in(client, taken_down):
    complaint, _token, case = taken_down
    for url in ("/dashboard/ip-complaints/", f"/dashboard/ip-complaints/{complaint.reference}/",
                f"/dashboard/ip-complaints/listings/{case.pk}/",
                "/dashboard/ip-complaints/seller/", f"/dashboard/ip-complaints/seller/{case.pk}/",
                f"/dashboard/ip-complaints/evidence/{complaint.evidence.get().pk}/"):
        response = client.get(url)
        assert response.status_code == 302 and "/dashboard/login/" in response["Location"], url


def test_signed_in_users_who_are_not_moderators_get_404_everywhere(client, taken_down, seller):
    complaint, _token, case = taken_down
    other_seller = make_seller(name_en="Honest Knives", applicant__email="h@honest.example")
    StockRecordFactory(partner=other_seller.partner)
    buyer = UserFactory(username="buyer")
    evidence = complaint.evidence.get()
    urls_get = ["/dashboard/ip-complaints/", f"/dashboard/ip-complaints/{complaint.reference}/",
                f"/dashboard/ip-complaints/listings/{case.pk}/",
                f"/dashboard/ip-complaints/evidence/{evidence.pk}/",
                f"/dashboard/ip-complaints/seller/{case.pk}/",
                f"/dashboard/ip-complaints/suspensions/{case.pk}/"]
    urls_post = [f"/dashboard/ip-complaints/listings/{case.pk}/reinstate/",
                 f"/dashboard/ip-complaints/{complaint.reference}/reject/",
                 f"/dashboard/ip-complaints/seller/{case.pk}/"]
    refused = 0
    for user in (buyer, other_seller.applicant):
        browser = sign_in(Client(), user)
        for url in urls_get:
            assert browser.get(url, follow=True).status_code == 404, (user, url)
            refused += 1
        for url in urls_post:
            assert browser.post(url, {"reason": "x", "statement": "x"},
                                follow=True).status_code == 404
            refused += 1
        assert "Santoku" not in browser.get("/dashboard/ip-complaints/seller/").content.decode()
    assert refused == 18
    assert ListingCase.objects.get(pk=case.pk).status == ListingCase.Status.TAKEN_DOWN


def test_the_seller_sees_their_case_and_the_complaints_evidence_but_not_the_contact(
        client, taken_down, seller):
    complaint, _token, case = taken_down
    sign_in(client, seller.applicant)

    assert "Santoku knife" in client.get("/dashboard/ip-complaints/seller/").content.decode()
    page = client.get(f"/dashboard/ip-complaints/seller/{case.pk}/").content.decode()
    assert complaint.reference in page and "Ana García" in page
    assert "ana@toledo.example" not in page
    evidence = complaint.evidence.get()
    assert client.get(f"/dashboard/ip-complaints/evidence/{evidence.pk}/").status_code == 200
    # The seller never sees the moderators' queue or the complaint's own page.
    # (A dashboard 404 is redirected into the language prefix first, then answered 404.)
    assert client.get("/dashboard/ip-complaints/", follow=True).status_code == 404
    assert client.get(f"/dashboard/ip-complaints/{complaint.reference}/",
                      follow=True).status_code == 404


def test_a_seller_sees_nothing_before_a_takedown(client, listings, seller):
    complaint, _token = file_complaint(listings[:1], evidence=[pdf()])
    case = ListingCase.objects.get()
    sign_in(client, seller.applicant)
    assert client.get(f"/dashboard/ip-complaints/seller/{case.pk}/",
                      follow=True).status_code == 404
    evidence = complaint.evidence.get()
    assert client.get(f"/dashboard/ip-complaints/evidence/{evidence.pk}/",
                      follow=True).status_code == 404


def test_moderators_and_staff_see_every_case(client, taken_down):
    complaint, _token, case = taken_down
    staff = UserFactory(username="staff", is_staff=True)
    sign_in(client, staff)
    assert client.get(f"/dashboard/ip-complaints/{complaint.reference}/").status_code == 200
    assert client.get(f"/dashboard/ip-complaints/listings/{case.pk}/").status_code == 200
    assert client.get("/dashboard/ip-complaints/IP-2026-NOSUCH/",
                      follow=True).status_code == 404


def test_evidence_is_not_under_media_root_and_has_no_public_url(taken_down, settings):
    complaint, _token, _case = taken_down
    evidence = complaint.evidence.get()
    assert not evidence.file.path.startswith(str(settings.MEDIA_ROOT))
    with pytest.raises(ValueError):
        evidence.file.url  # noqa: B018
