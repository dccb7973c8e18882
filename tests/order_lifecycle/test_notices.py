"""The buyer is told of each status change of its order, once, after commit; sellers are
told when an order holding their goods is paid."""

import pytest
from django.db import transaction
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from marketplace.order_lifecycle import statuses
from marketplace.order_lifecycle.notices import send_status_notice
from tests.sellers.factories import UserFactory

pytestmark = pytest.mark.django_db

OrderStatusChange = get_model("order", "OrderStatusChange")


@pytest.fixture
def order():
    order = create_order(number="300011", user=UserFactory(email="ana@example.es"))
    partner = order.lines.get().partner
    partner.users.add(UserFactory(email="sales@knives.example.cn"), UserFactory(email="ops@knives.example.cn"))
    return order


def test_the_buyer_hears_of_each_change_and_the_sellers_of_the_payment(
        order, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        order.set_status(statuses.AWAITING_PAYMENT)
    assert [(mail.to, mail.subject) for mail in mailoutbox] == [
        (["ana@example.es"], "Order 300011: Awaiting payment")]
    assert "/accounts/orders/300011/" in mailoutbox[0].body

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        order.set_status(statuses.PAID)
    assert sorted((mail.to[0], mail.subject) for mail in mailoutbox) == [
        ("ana@example.es", "Order 300011: Paid"),
        ("ops@knives.example.cn", "Order 300011 is paid"),
        ("sales@knives.example.cn", "Order 300011 is paid"),
    ]
    assert all(len(mail.to) == 1 for mail in mailoutbox)  # sellers do not see each other


def test_a_notice_is_sent_once_however_often_the_task_runs(order, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        order.set_status(statuses.CANCELLED)
    change = OrderStatusChange.objects.get(order=order)
    assert send_status_notice(change.pk) is False
    assert send_status_notice(change.pk) is False
    assert len(mailoutbox) == 1


def test_a_change_rolled_back_tells_nobody(order, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            order.set_status(statuses.PAID)
            raise RuntimeError("the payment record failed")
    assert mailoutbox == []
    order.refresh_from_db()
    assert order.status == statuses.PLACED


def test_the_buyer_is_told_who_shipped_and_how_to_track_it(order, mailoutbox, django_capture_on_commit_callbacks):
    from marketplace.order_lifecycle.services import move_order
    from tests.order_lifecycle.conftest import pay

    partner = order.lines.get().partner
    seller_user = partner.users.first()
    pay(order)
    with django_capture_on_commit_callbacks(execute=True):
        order.set_status(statuses.PAID)
    assert "Changed by the marketplace when your payment" in mailoutbox[0].body

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        move_order(order, statuses.SHIPPED, by=seller_user, carrier="COSCO",
                   tracking_number="COSU6123456780", note="Vessel leaves Nansha on Friday")
    [mail] = mailoutbox
    assert mail.to == ["ana@example.es"] and mail.subject == "Order 300011: Shipped"
    assert "Changed by: the seller." in mail.body
    assert "Carrier: COSCO" in mail.body
    assert "Tracking number: COSU6123456780" in mail.body
    assert "Note: Vessel leaves Nansha on Friday" in mail.body


def test_the_sellers_hear_when_the_buyer_cancels(order, mailoutbox, django_capture_on_commit_callbacks):
    from marketplace.order_lifecycle.services import move_order

    with django_capture_on_commit_callbacks(execute=True):
        move_order(order, statuses.CANCELLED, by=order.user, note="Ordered the wrong size")
    by_recipient = {mail.to[0]: mail for mail in mailoutbox}
    assert "Changed by: you." in by_recipient["ana@example.es"].body
    seller_mail = by_recipient["sales@knives.example.cn"]
    assert seller_mail.subject == "Order 300011: Cancelled by the buyer"
    assert "Ordered the wrong size" in seller_mail.body
    assert "/dashboard/orders/300011/" in seller_mail.body
    assert "Tracking" not in seller_mail.body
