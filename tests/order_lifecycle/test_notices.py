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
