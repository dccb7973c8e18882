"""A day's settlement report goes to the forex outbox once per content; the pages are staff only."""

import json
from datetime import date

import pytest

from marketplace.forex_reports import services, tasks
from marketplace.forex_reports.models import SettlementReportSubmission
from marketplace.outbox.models import OutboxMessage

from .conftest import bank_receipt, card_purchase, logged_in

pytestmark = pytest.mark.django_db


def test_submitting_a_day_records_one_forex_message(payments, staff):
    submission = services.submit_day(date(2026, 11, 20), user=staff)
    message = OutboxMessage.objects.get()
    assert (message.kind, message.message_type, message.subject, message.idempotency_key) == (
        "forex", "FX_SETTLEMENT_DAY", "fx-settlement:2026-11-20", "forex:FX_SETTLEMENT_DAY:2026-11-20:v1")
    payload = json.loads(message.payload)
    assert payload["fx_total_cny"] == "9407.69" and payload["cross_border_rmb_total_cny"] == "500.00"
    assert {line["reference"]: line["category"] for line in payload["lines"]} == {
        "P100": "fx", "P200": "cross_border_rmb", "BT-1 / FT1": "fx"}
    assert (submission.revision, submission.payment_count, submission.submitted_by) == (1, 3, staff)


def test_the_same_day_twice_is_one_message_and_a_late_receipt_a_new_revision(payments):
    first = services.submit_day(date(2026, 11, 20))
    assert services.submit_day(date(2026, 11, 20)) == first
    assert OutboxMessage.objects.count() == 1
    bank_receipt("BT-3", currency="USD", amount="50.00", country="US", received_on=date(2026, 11, 20),
                 partner=payments, bank_reference="FT3")
    assert services.submit_day(date(2026, 11, 20)).revision == 2
    assert OutboxMessage.objects.filter(idempotency_key="forex:FX_SETTLEMENT_DAY:2026-11-20:v2").exists()


def test_a_day_with_an_unvalued_payment_sends_nothing(payments, staff):
    card_purchase("P400", currency="JPY", amount="15000", country="JP", paid_on=date(2026, 11, 22),
                  partner=payments)
    with pytest.raises(services.ReportIncomplete):
        services.submit_day(date(2026, 11, 22))
    page = logged_in(staff).post("/dashboard/forex/2026-11-22/", follow=True)
    assert page.status_code == 400 and "Not submitted: 1 payments cannot be valued" in page.content.decode()
    assert not OutboxMessage.objects.exists()


def test_staff_submit_from_the_day_page_but_not_a_month(payments, staff):
    client = logged_in(staff)
    page = client.post("/dashboard/forex/2026-11-20/", follow=True)
    assert page.status_code == 200 and "as revision 1" in page.content.decode()
    assert SettlementReportSubmission.objects.get().submitted_by == staff
    assert client.post("/dashboard/forex/2026-11/").status_code == 400


def test_the_beat_task_submits_yesterday(payments):
    assert tasks.submit_yesterday("2026-11-21") == {"day": "2026-11-20", "sent": True, "revision": 1}
    assert tasks.submit_yesterday("2026-11-21") == {"day": "2026-11-20", "sent": True, "revision": 1}
    assert OutboxMessage.objects.count() == 1


PAGES = ["/dashboard/forex/", "/dashboard/forex/2026-11-20/", "/dashboard/forex/2026-11-20.csv",
         "/dashboard/forex/2026-11/", "/dashboard/forex/2026-11.xlsx"]


@pytest.mark.parametrize("url", PAGES)
def test_visitors_sign_in_and_non_staff_are_refused(url, client, outsider):
    response = client.get(url)
    assert response.status_code == 302 and "/dashboard/login/" in response["Location"]
    assert logged_in(outsider).get(url).status_code == 403
    assert logged_in(outsider).post("/dashboard/forex/2026-11-20/").status_code == 403
