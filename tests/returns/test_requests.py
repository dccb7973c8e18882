"""Asking to return goods: quantities bounded by what was bought less what is already
asked back, photos checked by content and size, and a case seen by its parties only."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from marketplace.returns.models import CaseEvent, CaseFile, ReturnRequest, ReturnStatus
from marketplace.returns.services import refuse
from tests.sellers.factories import UserFactory

from .conftest import ask, jpeg_bytes, line_field, login, photo, place_order, request_url

pytestmark = pytest.mark.django_db


def test_the_buyer_asks_to_return_some_of_its_goods(card_order, buyer_client, seller, mailoutbox,
                                                    django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(buyer_client, card_order, quantity=1,
                       photos=[photo(), SimpleUploadedFile("box.jpg", jpeg_bytes(), "image/jpeg")])
    case = ReturnRequest.objects.get()
    assert response.status_code == 302 and response.url == f"/en/returns/{case.pk}/"
    assert (case.status, case.reason, case.amount, case.window_days) == (
        ReturnStatus.REQUESTED, "damaged", card_order.lines.get().line_price_incl_tax / 2, 14)
    assert sorted(case.files.values_list("content_type", flat=True)) == ["image/jpeg", "image/png"]
    page = buyer_client.get(response.url).text
    assert "Requested, awaiting the seller" in page and "Blade chipped" in page
    assert [message.to for message in mailoutbox] == [["sales@knives.example.cn"]]
    assert case.reference in mailoutbox[0].subject and "Return requested" in mailoutbox[0].subject
    assert CaseEvent.objects.get().action == "requested"


def test_quantities_are_bounded_by_what_is_left(card_order, buyer_client, seller):
    response = ask(buyer_client, card_order, quantity=3)  # two were bought
    assert response.status_code == 200 and "Ensure this value is less than or equal to 2." in response.text
    ask(buyer_client, card_order, quantity=0)
    assert not ReturnRequest.objects.exists()

    assert ask(buyer_client, card_order, quantity=1).status_code == 302
    page = buyer_client.get(request_url(card_order)).text
    assert "Up to 1" in page
    assert ask(buyer_client, card_order, quantity=2).status_code == 200
    assert ask(buyer_client, card_order, quantity=1).status_code == 302
    assert ReturnRequest.objects.count() == 2
    # Everything is asked back: the form is no longer offered.
    response = buyer_client.get(request_url(card_order), follow=True)
    assert "Every item of this order has already been returned or asked back." in response.text

    # A refused request gives its quantity back.
    refuse(ReturnRequest.objects.first(), by=seller.user, reason="Used")
    assert ask(buyer_client, card_order, quantity=1).status_code == 302
    assert ReturnRequest.objects.count() == 3


def test_lines_of_another_order_are_not_accepted(card_order, buyer, buyer_client, other_seller):
    from marketplace.returns.services import request_return

    other = place_order("YJ-2999", buyer, other_seller.product)
    with pytest.raises(Exception) as refused:
        request_return(card_order, buyer=buyer, quantities={other.lines.get().pk: 1}, reason="damaged")
    assert "lines" in refused.value.message_dict
    assert not ReturnRequest.objects.exists()


@pytest.mark.parametrize(("upload", "error"), [
    (SimpleUploadedFile("knife.png", b"<?php echo 1; ?>", "image/png"), "is not a JPEG or PNG photo"),
    (SimpleUploadedFile("knife.jpg", b"\xff\xd8\xff\xe0 not really a jpeg", "image/jpeg"), "is not a JPEG or PNG"),
    (SimpleUploadedFile("scan.pdf", b"%PDF-1.4 a pdf", "application/pdf"), "is not a JPEG or PNG photo"),
    (SimpleUploadedFile("<img src=x onerror=alert(1)>.svg", b"<svg onload=alert(1)/>", "image/svg+xml"),
     "is not a JPEG or PNG photo"),
])
def test_photos_are_checked_by_their_content(card_order, buyer_client, upload, error):
    response = ask(buyer_client, card_order, photos=[upload])
    assert response.status_code == 200 and error in response.text
    assert "<img src=x" not in response.text and "<svg" not in response.text
    assert not ReturnRequest.objects.exists() and not CaseFile.objects.exists()


def test_photos_are_bounded_in_size_and_count(card_order, buyer_client, settings):
    settings.MARKETPLACE_RETURN_PHOTO_MAX_BYTES = 200
    response = ask(buyer_client, card_order, photos=[photo(content=b"\x89PNG\r\n\x1a\n" + b"0" * 300)])
    assert "files may be at most 200" in response.text
    settings.MARKETPLACE_RETURN_PHOTO_MAX_BYTES = 5 * 1024 * 1024
    settings.MARKETPLACE_RETURN_PHOTO_MAX_COUNT = 2
    response = ask(buyer_client, card_order, photos=[photo(f"{n}.png") for n in range(3)])
    assert "Attach at most 2 files." in response.text
    assert not ReturnRequest.objects.exists()


def test_a_case_and_its_photos_are_seen_by_its_parties_only(card_order, buyer_client, seller, other_seller,
                                                           staff_client):
    ask(buyer_client, card_order, photos=[photo()])
    case = ReturnRequest.objects.get()
    photo_id = case.files.get().pk
    stored = case.files.get().file.path
    assert "/media/" not in stored and "knife" not in stored  # private folder, random name

    buyer_urls = [f"/en/returns/{case.pk}/", f"/en/returns/{case.pk}/files/{photo_id}/"]
    dashboard_urls = [f"/dashboard/returns/{case.pk}/", f"/dashboard/returns/{case.pk}/files/{photo_id}/"]
    for client in (buyer_client,):
        assert [client.get(url).status_code for url in buyer_urls] == [200, 200]
    assert [seller.client.get(url).status_code for url in dashboard_urls] == [200, 200]
    assert [staff_client.get(url).status_code for url in dashboard_urls] == [200, 200]
    served = buyer_client.get(buyer_urls[1])
    assert served["Content-Type"] == "image/png" and served["X-Content-Type-Options"] == "nosniff"

    strangers = [login(UserFactory()), other_seller.client]
    posts = [f"/en/returns/{case.pk}/escalate/", f"/en/returns/{case.pk}/message/",
             f"/dashboard/returns/{case.pk}/approve/", f"/dashboard/returns/{case.pk}/refuse/",
             f"/dashboard/returns/{case.pk}/received/", f"/dashboard/returns/{case.pk}/refund/",
             f"/dashboard/returns/{case.pk}/decide/"]
    attempts = refused = 0
    for client in strangers:
        for url in buyer_urls + dashboard_urls + [f"/en/returns/orders/{card_order.number}/request/"]:
            attempts += 1
            refused += client.get(url, follow=True).status_code == 404
        for url in posts:
            attempts += 1
            refused += client.post(url, {"body": "mine", "reason": "x", "instructions": "x"},
                                   follow=True).status_code == 404
    assert (attempts, refused) == (24, 24)
    # A made-up case number is the same 404 as another person's case.
    assert buyer_client.get(f"/en/returns/{case.pk + 1000}/").status_code == 404
    assert Client().get(buyer_urls[1], follow=True).status_code == 404
    case.refresh_from_db()
    assert case.status == ReturnStatus.REQUESTED and case.events.count() == 1


def test_the_sellers_list_holds_its_own_orders_returns_only(card_order, buyer_client, seller, other_seller,
                                                           staff_client):
    ask(buyer_client, card_order)
    case = ReturnRequest.objects.get()
    assert case.reference in seller.client.get("/dashboard/returns/").text
    assert case.reference not in other_seller.client.get("/dashboard/returns/").text
    assert case.reference in staff_client.get("/dashboard/returns/").text
    order_page = seller.client.get(f"/dashboard/orders/{card_order.number}/").text
    assert case.reference in order_page and "Return requests" in order_page


def test_hostile_markup_in_the_details_is_escaped(card_order, buyer_client, seller):
    ask(buyer_client, card_order, details='<script>alert("x")</script>"><img src=x onerror=alert(1)> blunt')
    case = ReturnRequest.objects.get()
    for page in (buyer_client.get(f"/en/returns/{case.pk}/").text,
                 seller.client.get(f"/dashboard/returns/{case.pk}/").text):
        assert "blunt" in page
        assert "<script>alert" not in page and "<img src=x" not in page


def test_the_line_field_names_the_order_line(card_order):
    assert line_field(card_order).startswith("line_")
