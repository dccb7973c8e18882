"""A month's rebate report goes to the tax outbox once per content: the same report twice is
one message, a changed report a new revision, an incomplete one nothing."""

import json
from datetime import date

import pytest

from marketplace.outbox.models import OutboxMessage
from marketplace.rebates import services, tasks
from marketplace.rebates.models import RebateReportSubmission
from tests.factories import rate

from .conftest import export_order, logged_in, seller

pytestmark = pytest.mark.django_db


@pytest.fixture
def shipped(db):
    rate("USD", "CNY", "7.1", on=date(2026, 11, 1), source="PBOC central parity")
    knives = seller()
    export_order("EX-1", [("Chef knife 8in", "8211920000", "100.00", 10, "piece")], partner=knives,
                 shipped_on=date(2026, 11, 10))
    return knives


def test_submitting_a_month_records_one_tax_message(shipped, staff):
    submission = services.submit_month(2026, 11, user=staff)
    message = OutboxMessage.objects.get()
    assert (message.kind, message.message_type, message.subject, message.idempotency_key) == (
        "tax", "VAT_REBATE_MONTH", "vat-rebate:2026-11", "tax:VAT_REBATE_MONTH:2026-11:v1")
    payload = json.loads(message.payload)
    assert payload["period"] == "2026-11" and payload["revision"] == 1 and payload["rebate_is_ceiling"] is True
    assert payload["totals"] == {"fob_cny": "7100.00", "rebate_ceiling_cny": "923.00"}
    assert payload["lines"][0]["rebate_ceiling"] == "923.00" and payload["lines"][0]["cny_rate"] == "7.100000"
    assert (submission.revision, submission.submitted_by, submission.outbox_message) == (1, staff, message)


def test_an_unchanged_month_is_not_sent_twice_and_a_changed_one_is_a_new_revision(shipped, staff):
    first = services.submit_month(2026, 11, user=staff)
    assert services.submit_month(2026, 11, user=staff) == first
    assert OutboxMessage.objects.count() == 1
    export_order("EX-2", [("Paring knife", "8211920000", "20.00", 5, "piece")], partner=shipped,
                 shipped_on=date(2026, 11, 28))
    second = services.submit_month(2026, 11, user=None)
    assert second.revision == 2 and second.submitted_by is None
    assert list(OutboxMessage.objects.order_by("pk").values_list("idempotency_key", flat=True)) == [
        "tax:VAT_REBATE_MONTH:2026-11:v1", "tax:VAT_REBATE_MONTH:2026-11:v2"]


def test_an_incomplete_month_sends_nothing(shipped, staff):
    export_order("EX-3", [("Santoku", "8211920000", "10000", 2, "piece")], partner=shipped, currency="JPY",
                 country="JP", shipped_on=date(2026, 11, 15))
    with pytest.raises(services.ReportIncomplete) as raised:
        services.submit_month(2026, 11, user=staff)
    assert [line.order_number for line in raised.value.lines] == ["EX-3"]
    page = logged_in(staff).post("/dashboard/tax/rebates/2026-11/", follow=True)
    assert page.status_code == 400 and "Not submitted: 1 lines cannot be valued" in page.content.decode()
    assert not OutboxMessage.objects.exists() and not RebateReportSubmission.objects.exists()


def test_staff_submit_from_the_page(shipped, staff):
    page = logged_in(staff).post("/dashboard/tax/rebates/2026-11/", follow=True)
    assert page.status_code == 200
    assert "recorded for the tax office as revision 1" in page.content.decode()
    assert RebateReportSubmission.objects.get().submitted_by == staff


def test_the_beat_task_submits_the_previous_month(shipped):
    assert tasks.submit_previous_month("2026-12-01") == {"period": "2026-11", "sent": True, "revision": 1}
    assert tasks.submit_previous_month("2026-12-01") == {"period": "2026-11", "sent": True, "revision": 1}
    assert OutboxMessage.objects.count() == 1


def test_previous_month_wraps_the_year():
    assert services.previous_month(date(2027, 1, 1)) == (2026, 12)
    assert services.previous_month(date(2026, 12, 1)) == (2026, 11)
