"""One message thread per order between its buyer and its seller, reusing rfq's threads:
the buyer writes from its order page, the seller from the dashboard, staff read only;
unread counts, e-mails and the attachment rules are rfq's."""

import pytest
from django.core import mail

from marketplace.rfq.models import Attachment, Message, Thread
from tests.order_lifecycle.conftest import login, place_order
from tests.rfq.factories import upload
from tests.sellers.factories import UserFactory

pytestmark = pytest.mark.django_db


def buyer_thread_url(order):
    return f"/en/orders/{order.number}/messages/"


def seller_thread_url(order):
    return f"/dashboard/orders/{order.number}/messages/"


def order_page(order):
    return f"/en/accounts/orders/{order.number}/"


def test_buyer_and_seller_talk_about_the_order_and_the_other_side_is_told(
        order, buyer, buyer_client, seller, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = buyer_client.post(buyer_thread_url(order), {
            "body": "Could you add a <b>gift box</b>?", "attachments": [upload("logo.png", b"\x89PNG\r\n\x1a\n....")]})
    assert response.status_code == 302 and response["Location"] == buyer_thread_url(order)
    [notice] = mail.outbox
    assert notice.to == [seller.user.email]
    assert notice.subject == f"New message about order {order.number}"
    assert f"/dashboard/orders/{order.number}/messages/" in notice.body

    thread = Thread.objects.get()
    assert (thread.order_number, thread.partner, thread.buyer, thread.rfq) == (
        order.number, seller.partner, buyer, None)

    with django_capture_on_commit_callbacks(execute=True):
        seller.client.post(seller_thread_url(order), {"body": "Yes, 2 USD a box."})
    assert mail.outbox[-1].to == [buyer.email]
    assert f"/en/orders/{order.number}/messages/" in mail.outbox[-1].body
    assert [(m.body, m.from_seller) for m in thread.messages.all()] == [
        ("Could you add a gift box?", False), ("Yes, 2 USD a box.", True)]

    page = buyer_client.get(buyer_thread_url(order)).text
    assert "Yes, 2 USD a box." in page and "logo.png" in page
    assert "<b>gift box</b>" not in page


def test_unread_counts_on_both_order_pages(order, buyer, buyer_client, seller):
    for text in ("Is it shipped?", "Any news?"):
        buyer_client.post(buyer_thread_url(order), {"body": text})
    dashboard_page = seller.client.get(f"/dashboard/orders/{order.number}/").text
    assert seller_thread_url(order) in dashboard_page
    assert "2 unread" in dashboard_page
    assert "unread" not in buyer_client.get(order_page(order)).text  # its own messages

    seller.client.get(seller_thread_url(order))  # read
    assert "unread" not in seller.client.get(f"/dashboard/orders/{order.number}/").text
    seller.client.post(seller_thread_url(order), {"body": "Leaving Friday."})
    buyer_page = buyer_client.get(order_page(order)).text
    assert buyer_thread_url(order) in buyer_page and "1 unread" in buyer_page
    buyer_client.get(buyer_thread_url(order))
    assert "unread" not in buyer_client.get(order_page(order)).text


def test_only_the_buyer_and_the_orders_seller_open_the_thread(order, buyer_client, other_seller):
    buyer_client.post(buyer_thread_url(order), {"body": "Hello"})
    stranger = login(UserFactory())
    assert stranger.get(buyer_thread_url(order)).status_code == 404
    assert stranger.post(buyer_thread_url(order), {"body": "Hi"}).status_code == 404
    assert other_seller.client.get(buyer_thread_url(order)).status_code == 404
    response = other_seller.client.get(seller_thread_url(order), follow=True)
    assert response.status_code == 404
    response = other_seller.client.post(seller_thread_url(order), {"body": "Cheaper here"}, follow=True)
    assert response.status_code == 404
    assert Message.objects.count() == 1


def test_staff_read_the_thread_and_its_files_but_do_not_write(order, buyer_client, staff):
    buyer_client.post(buyer_thread_url(order), {"body": "Damaged on arrival", "attachments": [upload("photo.pdf")]})
    staff_client = login(staff)
    page = staff_client.get(seller_thread_url(order)).text
    assert "Damaged on arrival" in page and 'name="body"' not in page
    assert staff_client.post(seller_thread_url(order), {"body": "Noted"}).status_code == 403
    assert Message.objects.count() == 1
    attachment = Attachment.objects.get()
    assert staff_client.get(attachment.file.url).status_code == 200


def test_attachments_follow_rfqs_rules(order, buyer_client, seller, other_seller):
    response = buyer_client.post(buyer_thread_url(order), {
        "body": "See the drawing", "attachments": [upload("drawing.pdf", b"MZ\x90 not a pdf")]})
    assert response.status_code == 200
    assert "is not a PDF, PNG, JPEG or Excel (XLSX) file" in response.text
    assert not Thread.objects.exists() and not Message.objects.exists()

    buyer_client.post(buyer_thread_url(order), {"body": "See the drawing",
                                                "attachments": [upload("drawing.pdf")]})
    attachment = Attachment.objects.get()
    assert buyer_client.get(attachment.file.url).status_code == 200
    assert seller.client.get(attachment.file.url).status_code == 200
    assert other_seller.client.get(attachment.file.url).status_code == 404
    assert login(UserFactory()).get(attachment.file.url).status_code == 404


def test_an_empty_message_is_refused(order, buyer_client):
    response = buyer_client.post(buyer_thread_url(order), {"body": "   "})
    assert response.status_code == 200
    assert not Thread.objects.exists()


def test_an_order_with_two_sellers_has_no_thread(seller, other_seller, buyer, buyer_client):
    order = place_order("YJ-SHARED", buyer, seller.product, other_seller.product)
    assert buyer_client.get(buyer_thread_url(order)).status_code == 302
    assert buyer_thread_url(order) not in buyer_client.get(order_page(order)).text
    assert seller.client.get(seller_thread_url(order), follow=True).status_code == 404
