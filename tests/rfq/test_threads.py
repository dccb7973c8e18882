"""Buyer and seller talk in one thread per asked seller; unread counts; who may see what."""

import pytest
from django.core import mail

from marketplace.rfq import selectors, services
from marketplace.rfq.models import Attachment, Message, Thread
from tests.sellers.factories import UserFactory

from .factories import make_quote, make_rfq, make_seller, upload

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>Hello <b>buyer</b>\x07\u202e'


@pytest.fixture
def rfq(buyer, seller):
    return make_rfq(buyer)


def test_buyer_and_seller_exchange_messages_and_the_other_side_is_told(
        client, buyer, seller, rfq, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    client.force_login(buyer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/rfq/{rfq.pk}/messages/{seller.partner.pk}/",
                               {"body": "Can you do 600?\nWith gift boxes."})
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [[seller.applicant.email]]
    assert "Can you do 600" not in mail.outbox[0].body  # the e-mail links, it does not quote

    client.force_login(seller.applicant)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/rfq/seller/{rfq.pk}/messages/", {"body": "Yes."})
    assert mail.outbox[-1].to == [buyer.email]
    thread = Thread.objects.get()
    assert thread.rfq == rfq and thread.partner == seller.partner and thread.buyer == buyer
    assert thread.order_number is None
    assert [(m.body, m.from_seller) for m in thread.messages.all()] == [
        ("Can you do 600?\nWith gift boxes.", False), ("Yes.", True)]
    page = client.get(f"/en/rfq/seller/{rfq.pk}/messages/").content.decode()
    assert "Can you do 600?<br>With gift boxes." in page


def test_unread_counts_follow_reading(client, buyer, seller, rfq):
    colleague = UserFactory()
    seller.partner.users.add(colleague)
    services.post_message(rfq=rfq, partner=seller.partner, sender=buyer, body="One", as_seller=False)
    services.post_message(rfq=rfq, partner=seller.partner, sender=buyer, body="Two", as_seller=False)
    assert selectors.unread_count(seller.applicant) == 2
    assert selectors.unread_count(colleague) == 2
    assert selectors.unread_count(buyer) == 0  # one's own messages are read

    thread = Thread.objects.get()
    assert selectors.unread_thread_ids(seller.applicant) == {thread.pk}
    client.force_login(seller.applicant)
    seller_page = client.get(f"/en/rfq/seller/{rfq.pk}/").content.decode()
    assert "unread" in seller_page
    client.get(f"/en/rfq/seller/{rfq.pk}/messages/")
    assert selectors.unread_count(seller.applicant) == 0
    assert selectors.unread_count(colleague) == 2  # each user reads for themselves

    services.post_message(rfq=rfq, partner=seller.partner, sender=seller.applicant, body="Hi",
                          as_seller=True)
    assert selectors.unread_count(buyer) == 1
    assert selectors.unread_count(seller.applicant) == 0
    summaries = selectors.buyer_thread_summaries(buyer, rfq)
    assert [(s.partner, s.unread) for s in summaries] == [(seller.partner, True)]
    client.force_login(buyer)
    assert "1 unread message" in client.get("/en/rfq/").content.decode()
    client.get(f"/en/rfq/{rfq.pk}/messages/{seller.partner.pk}/")
    assert selectors.unread_count(buyer) == 0


def test_hostile_text_is_stored_plain_and_printed_escaped(client, buyer, seller, rfq_data):
    client.force_login(buyer)
    response = client.post("/en/rfq/new/", rfq_data(title=HOSTILE, description=HOSTILE,
                                                  destination_place='"><b onmouseover=alert(1)>Hamburg'))
    assert response.status_code == 302
    detail = client.get(response.url).content.decode()
    rfq = buyer.rfqs.get()
    assert rfq.title == "Hello buyer" and rfq.destination_place == '">Hamburg'
    client.post(f"/en/rfq/{rfq.pk}/messages/{seller.partner.pk}/", {"body": HOSTILE + " 5 < 6 & <i>"})
    message = Message.objects.get()
    assert message.body == "Hello buyer 5 < 6 &"
    page = client.get(f"/en/rfq/{rfq.pk}/messages/{seller.partner.pk}/").content.decode()
    for html in (detail, page):
        assert "<script>alert" not in html and "onerror=alert" not in html and "onmouseover" not in html
    assert "Hello buyer 5 &lt; 6 &amp;" in page


def test_a_quote_note_is_escaped_on_the_comparison_page(client, buyer, seller, rfq):
    make_quote(rfq, seller, note="Price <b>firm</b>\n<script>steal()</script>until May")
    client.force_login(buyer)
    html = client.get(f"/en/rfq/{rfq.pk}/").content.decode()
    assert "Price firm<br>until May" in html and "steal()" not in html


def test_an_empty_or_overlong_message_is_refused(client, buyer, seller, rfq):
    client.force_login(buyer)
    url = f"/en/rfq/{rfq.pk}/messages/{seller.partner.pk}/"
    assert client.post(url, {"body": "<b></b>  "}).context["form"].errors["body"]
    assert client.post(url, {"body": "x" * 4001}).context["form"].errors["body"]
    assert not Message.objects.exists()


def test_only_the_two_sides_see_a_thread(client, buyer, seller, rfq):
    stranger = make_seller()  # same cluster, asked too: but not in this thread
    outsider = make_seller(cluster="seafood")
    services.post_message(rfq=rfq, partner=seller.partner, sender=buyer, body="Hi", as_seller=False)
    with pytest.raises(services.RfqError):
        services.post_message(rfq=rfq, partner=seller.partner, sender=stranger.applicant, body="x",
                              as_seller=True)
    with pytest.raises(services.RfqError):
        services.post_message(rfq=rfq, partner=outsider.partner, sender=buyer, body="x", as_seller=False)
    client.force_login(outsider.applicant)
    assert client.get(f"/en/rfq/seller/{rfq.pk}/messages/").status_code == 404
    client.force_login(UserFactory())
    assert client.get(f"/en/rfq/{rfq.pk}/messages/{seller.partner.pk}/").status_code == 404
    client.force_login(buyer)
    assert client.get(f"/en/rfq/{rfq.pk}/messages/{outsider.partner.pk}/").status_code == 404


def test_a_buyer_sees_only_its_requests_and_a_seller_only_those_it_was_asked(client, buyer, seller, rfq):
    other_buyer = UserFactory()
    outsider = make_seller(cluster="seafood")
    client.force_login(other_buyer)
    assert client.get(f"/en/rfq/{rfq.pk}/").status_code == 404
    assert rfq.title not in client.get("/en/rfq/").content.decode()
    assert client.post(f"/en/rfq/{rfq.pk}/close/").status_code == 404
    client.force_login(outsider.applicant)
    assert client.get(f"/en/rfq/seller/{rfq.pk}/").status_code == 404
    assert rfq.title not in client.get("/en/rfq/seller/").content.decode()
    client.force_login(seller.applicant)
    assert client.get(f"/en/rfq/{rfq.pk}/").status_code == 404  # the buyer's page is the buyer's
    assert rfq.title in client.get("/en/rfq/seller/").content.decode()
    client.force_login(other_buyer)
    assert client.get("/en/rfq/seller/").status_code == 404  # not a seller at all
    client.logout()
    assert client.get(f"/en/rfq/{rfq.pk}/").status_code == 302  # to the login page


def test_attachments_are_served_to_the_two_sides_only(client, buyer, seller, rfq_data):
    outsider = make_seller(cluster="seafood")
    client.force_login(buyer)
    client.post("/en/rfq/new/", rfq_data(attachments=[upload("spec.pdf")]))
    rfq = buyer.rfqs.get()
    client.post(f"/en/rfq/{rfq.pk}/messages/{seller.partner.pk}/",
                {"body": "Drawing attached", "attachments": [upload("drawing.pdf")]})
    for attachment in Attachment.objects.all():
        url = attachment.file.url
        for user, status in ((buyer, 200), (seller.applicant, 200), (outsider.applicant, 404),
                             (UserFactory(), 404)):
            client.force_login(user)
            response = client.get(url)
            assert response.status_code == status, (attachment.name, user)
            if status == 200:
                assert response["Content-Type"] == "application/pdf"
                assert response["Content-Disposition"].startswith("attachment")
                assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert Attachment.objects.filter(message__isnull=False).count() == 1
