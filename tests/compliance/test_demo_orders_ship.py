"""Issue 13's "done when", on the demo data: shipping the demo's paid orders produces customs,
inspection, tax and forex outputs that validate; a rejected receipt shows its reason and can
be corrected and resent.

The real apps work together here (no stand-ins): the demo catalogue, its year of orders and
its makers' inspection filings; declare_shipment; the outbox relay to the single window's
file backend (customs) and the outbox's file backend (the other kinds); the official XSDs.
"""

import json
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.ceb import envelope, schema
from marketplace.ceb.testing import reference_xsd_dir
from marketplace.declaration.models import DeclarationMessage
from marketplace.declaration.services import declare_shipment
from marketplace.forex_reports import report as forex_report
from marketplace.forex_reports.services import submit_day
from marketplace.inspection import documents as inspection_documents
from marketplace.outbox import relay
from marketplace.outbox import services as outbox
from marketplace.outbox.models import OutboxMessage
from marketplace.rebates import report as rebate_report
from marketplace.rebates.services import submit_month
from marketplace.single_window.inbox import read_inbox
from tests import seed_snapshot
from tests.sellers.factories import UserFactory
from tests.single_window.receipts import receipt

Order = get_model("order", "Order")

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_year(db):
    """The demo (30 products, two years of orders, filings), in the test's transaction: it
    is rolled back afterwards, so no other test sees it."""
    # The seed tests/demo's modules read: copied from their snapshot when one was made.
    seed_snapshot.seed_demo(products=30, content_pages=False)


@pytest.fixture
def places(settings, tmp_path):
    settings.PRODUCTION = False
    settings.MARKETPLACE_CEB_XSD_DIR = str(reference_xsd_dir())
    settings.MARKETPLACE_SINGLE_WINDOW_DIR = str(tmp_path / "single-window")
    settings.MARKETPLACE_OUTBOX_FILE_DIR = str(tmp_path / "outbox")
    settings.MARKETPLACE_DECLARE_ON_SHIP = True
    settings.MARKETPLACE_OUTBOX_BACKENDS = {
        "customs": "marketplace.single_window.backends.FileBackend",
        "inspection": "marketplace.outbox.backends.file.FileBackend",
        "tax": "marketplace.outbox.backends.file.FileBackend",
        "forex": "marketplace.outbox.backends.file.FileBackend",
    }
    return tmp_path


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True, is_superuser=True)


def ship_paid_demo_orders(staff):
    paid = list(Order.objects.filter(number__startswith="DEMO-", status="Paid").order_by("number"))
    assert len(paid) == 20
    declare_shipment(paid, user=staff, carrier="SF Express",
                     tracking_numbers={order.number: f"SF{index:010d}" for index, order in enumerate(paid)})
    return paid


def relay_everything():
    for _ in range(20):
        if relay.relay_pending(now=timezone.now()).total == 0:
            break


def test_the_demo_orders_ship_with_outputs_that_validate_and_a_rejection_is_fixed_and_resent(
    demo_year, places, staff,
):
    # One test, so the demo is loaded once (about a minute).
    shipped = ship_paid_demo_orders(staff)
    today = timezone.localdate()
    month = rebate_report.build_month(today.year, today.month)
    assert not month.problems, [(line.order_number, line.hs_code, line.currency, [str(p) for p in line.problems])
                                for line in month.problems]
    rebate_submission = submit_month(today.year, today.month, user=staff)
    # The forex report of the days the paid orders were paid on (the last fortnight).
    days = sorted({timezone.localdate(order.date_placed) for order in shipped})
    for day in days:
        submit_day(day, user=staff)
    relay_everything()

    assert not OutboxMessage.objects.exclude(status="sent").exclude(kind="notice").exists(), list(
        OutboxMessage.objects.exclude(status="sent").values_list("message_type", "subject", "last_error"))

    # Customs: every order's messages, signed, in their DxpMsg envelope, valid against the XSDs.
    files = sorted((places / "single-window" / "outbox").glob("*.xml"))
    declared = DeclarationMessage.objects.filter(declaration__order__in=shipped)
    assert len(files) == declared.count() >= 3 * len(shipped)
    kinds = set()
    for path in files:
        message_type, business = envelope.unwrap(path.read_bytes())
        schema.validate(business)
        kinds.add(message_type)
    assert {"CEB303", "CEB505", "CEB603"} <= kinds

    # Inspection: one batch declaration per seller that shipped, valid against its schema.
    batches = list((places / "outbox" / "inspection").glob("*.json"))
    sellers = {line.partner_id for order in shipped for line in order.lines.all()}
    exports = [order for order in shipped if order.shipping_address.country_id != "CN"]
    assert batches and len(batches) <= len(sellers)
    for path in batches:
        inspection_documents.validate("BATCH_DECL", json.loads(path.read_text()))
    assert exports

    # Tax: this month's rebate report has a line per exported goods line and no error line
    # (beside the history's earlier shipments of the month, which it holds too).
    export_lines = sum(order.lines.count() for order in exports)
    numbers = {order.number for order in exports}
    assert len([line for line in month.lines if line.order_number in numbers]) == export_lines
    assert month.rebate_ceiling_total > 0 and not [line for line in month.lines if line.problems]
    assert OutboxMessage.objects.get(pk=rebate_submission.outbox_message_id).status == "sent"

    # Forex: each day's settlement report is complete and was sent; FX totals are in CNY.
    for day in days:
        settlement = forex_report.build(day, day)
        assert not settlement.problems and settlement.fx_total_cny > 0
    assert len(list((places / "outbox" / "forex").glob("*.json"))) >= len(days)

    # A rejected receipt shows its reason and the corrected message goes out.
    order = exports[0]
    message = DeclarationMessage.objects.get(declaration__order=order, message_type="CEB603")
    rejection = receipt("CEB604", message.guid, "100", "商品编码与申报要素不符", enveloped=True)
    inbox = places / "single-window" / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    (inbox / "CEB604_receipt.xml").write_bytes(rejection)
    read_inbox()

    message.refresh_from_db()
    rejected = message.outbox_message
    rejected.refresh_from_db()
    assert rejected.status == "rejected" and "商品编码与申报要素不符" in rejected.receipt_reason
    client = Client()
    client.force_login(staff)
    page = client.get(f"/dashboard/declarations/{order.number}/")
    assert page.status_code == 200 and "商品编码与申报要素不符" in page.content.decode()

    # Staff fix the list (here: its packing count) and resend it in the rejected one's place.
    fixed = rejected.payload.replace("<ceb:packNo>1</ceb:packNo>", "<ceb:packNo>2</ceb:packNo>")
    assert fixed != rejected.payload
    corrected = outbox.correct_and_resend(rejected, fixed)
    relay_everything()
    corrected.refresh_from_db()
    rejected.refresh_from_db()
    assert corrected.status == "sent" and corrected.corrected_from_id == rejected.pk
    assert rejected.status == "superseded"
    sent = Path(places / "single-window" / "outbox") / f"CEB603_{message.guid}.xml"
    _type, business = envelope.unwrap(sent.read_bytes())
    schema.validate(business)
    assert b"<ceb:packNo>2</ceb:packNo>" in business
