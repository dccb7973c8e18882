"""The buyer's order page shows how to pay a bank-transfer order and what is still due; a
buyer whose payment is late is reminded once per due date."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from marketplace.bank_transfer import services, tasks
from marketplace.bank_transfer.models import PaymentReminder
from marketplace.order_lifecycle import statuses

from .conftest import place_order

pytestmark = pytest.mark.django_db


def snippet(order):
    return render_to_string("bank_transfer/_order_plan.html", {"order": order})


def test_an_order_paid_otherwise_shows_nothing(order):
    assert snippet(order).strip() == ""
    assert render_to_string("bank_transfer/_order_plan.html", {}).strip() == ""


def test_the_buyer_sees_where_to_pay_what_to_quote_and_what_is_due_in_one_query(order):
    services.create_plan(order, reference="MADRID-CUCHILLOS-1001")
    services.record_receipt(order, amount=Decimal("300.00"), received_on=timezone.localdate(),
                            bank_reference="FT1", by=None)
    order.refresh_from_db()

    with CaptureQueriesContext(connection) as queries:
        html = snippet(order)
    assert len(queries) == 1

    assert "MADRID-CUCHILLOS-1001" in html
    assert "Bank of China, Yangjiang Branch" in html and "BKCHCNBJ47A" in html
    assert "not printed" not in html
    assert "€300.00" in html and "€700.01" in html  # the deposit received, the balance due
    placed = timezone.localdate(order.date_placed)
    assert (placed + timedelta(days=30)).strftime("%Y") in html
    assert "Received" in html and "Still to pay" in html


def test_the_buyer_of_a_cancelled_order_is_told_nothing_more_is_due(order):
    services.create_plan(order)
    order.set_status(statuses.CANCELLED)
    html = snippet(order)
    assert "nothing more is due" in html and "Still to pay" not in html


def test_a_late_deposit_is_reminded_once_then_the_late_balance_once(buyer, mailoutbox):
    order = place_order("BT-4001", price="1000.01", buyer=buyer, days_ago=10)
    plan = services.create_plan(order)
    placed = timezone.localdate(order.date_placed)

    assert services.remind_overdue(today=placed + timedelta(days=7)) == 0  # due today, not late
    assert services.remind_overdue(today=placed + timedelta(days=8)) == 1
    assert services.remind_overdue(today=placed + timedelta(days=9)) == 0
    assert tasks.remind_overdue.delay().get() == 0  # the beat task, today: already reminded
    [mail] = mailoutbox
    assert mail.to == ["compras@madrid-cuchillos.example.es"]
    assert mail.subject == "Order BT-4001: payment overdue"
    assert "deposit" in mail.body and "€300.00" in mail.body and "BT-4001" in mail.body
    assert "BKCHCNBJ47A" in mail.body

    services.record_receipt(order, amount=Decimal("300.00"), received_on=placed + timedelta(days=9),
                            bank_reference="FT2", by=None)
    mailoutbox.clear()
    assert services.remind_overdue(today=placed + timedelta(days=30)) == 0
    assert services.remind_overdue(today=placed + timedelta(days=31)) == 1
    assert services.remind_overdue(today=placed + timedelta(days=40)) == 0
    assert "balance" in mailoutbox[0].body and "€700.01" in mailoutbox[0].body
    assert list(PaymentReminder.objects.filter(plan=plan).values_list("kind", flat=True)
                .order_by("due_on")) == ["deposit", "balance"]


def test_paid_and_cancelled_orders_are_not_reminded(buyer, mailoutbox):
    paid = place_order("BT-4002", price="100.00", buyer=buyer, days_ago=60)
    services.create_plan(paid)
    services.record_receipt(paid, amount=Decimal("100.00"), received_on=timezone.localdate(),
                            bank_reference="FT3", by=None)
    cancelled = place_order("BT-4003", price="100.00", buyer=buyer, days_ago=60)
    services.create_plan(cancelled)
    cancelled.set_status(statuses.CANCELLED)

    assert services.remind_overdue() == 0
    assert not [mail for mail in mailoutbox if "overdue" in mail.subject]
