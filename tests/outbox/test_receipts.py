"""Receipts that arrive after delivery, and the file backend's output."""

import json

import pytest
from django.db import transaction

from marketplace.outbox import relay, services
from marketplace.outbox.backends.file import FileBackend
from marketplace.outbox.models import OutboxMessage, OutboxStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(now):
    with transaction.atomic():
        services.record("customs", "CEB303", "YJ-1", "<CEB303Message/>", idempotency_key="YJ-1-CEB303", now=now)
    relay.relay_pending(now=now)
    return OutboxMessage.objects.get()


def test_an_accepting_receipt_decides_the_message(sent, now):
    services.record_receipt("YJ-1-CEB303", "accepted", receipt="<CEB304Message>120</CEB304Message>", now=now)
    sent.refresh_from_db()
    assert (sent.status, sent.receipt, sent.decided_at) == (
        OutboxStatus.ACCEPTED, "<CEB304Message>120</CEB304Message>", now)


def test_a_rejecting_receipt_keeps_its_reason(sent):
    services.record_receipt("YJ-1-CEB303", "rejected", reason="Consignee ID does not match", receipt="<r/>")
    sent.refresh_from_db()
    assert (sent.status, sent.receipt_reason) == (OutboxStatus.REJECTED, "Consignee ID does not match")


def test_the_same_receipt_twice_changes_nothing(sent, now):
    services.record_receipt("YJ-1-CEB303", "accepted", now=now)
    services.record_receipt("YJ-1-CEB303", "accepted", now=now.replace(hour=12))
    sent.refresh_from_db()
    assert sent.decided_at == now


def test_a_receipt_is_a_decision_or_nothing(sent):
    with pytest.raises(ValueError):
        services.record_receipt("YJ-1-CEB303", "pending")
    with pytest.raises(OutboxMessage.DoesNotExist):
        services.record_receipt("no-such-key", "accepted")
    sent.refresh_from_db()
    assert sent.status == OutboxStatus.SENT


def test_a_receipt_before_the_relay_saved_sent_wins(now):
    with transaction.atomic():
        services.record("tax", "VAT-EXPORT", "YJ-1", {"amount": "10.00"}, idempotency_key="YJ-1-VAT", now=now)
    (claimed,) = relay.claim(now, limit=1)
    services.record_receipt("YJ-1-VAT", "accepted", now=now)
    relay.deliver(claimed, {}, now)
    assert OutboxMessage.objects.get().status == OutboxStatus.ACCEPTED


def test_the_file_backend_writes_one_file_per_key(settings, tmp_path, now):
    settings.MARKETPLACE_OUTBOX_FILE_DIR = str(tmp_path / "outbox")
    settings.MARKETPLACE_OUTBOX_BACKENDS = {"customs": "marketplace.outbox.backends.file.FileBackend",
                                            "forex": "marketplace.outbox.backends.file.FileBackend"}
    with transaction.atomic():
        services.record("customs", "CEB303", "YJ-1", "<CEB303Message>粤</CEB303Message>",
                        idempotency_key="YJ-1-CEB303", now=now)
        services.record("forex", "FX", "YJ-1", {"usd": "1200.00"}, idempotency_key="YJ-1-FX", now=now)
    assert relay.relay_pending(now=now).outcomes == {"sent": 2}
    xml = tmp_path / "outbox" / "customs" / "YJ-1-CEB303.xml"
    assert xml.read_text(encoding="utf-8") == "<CEB303Message>粤</CEB303Message>"
    assert json.loads((tmp_path / "outbox" / "forex" / "YJ-1-FX.json").read_text()) == {"usd": "1200.00"}
    FileBackend(kind="customs").send(OutboxMessage.objects.get(kind="customs"))  # sent again
    assert sorted(p.name for p in (tmp_path / "outbox" / "customs").iterdir()) == ["YJ-1-CEB303.xml"]
    assert xml.read_text(encoding="utf-8") == "<CEB303Message>粤</CEB303Message>"


def test_a_file_backend_that_cannot_write_is_retried(settings, tmp_path, now):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    settings.MARKETPLACE_OUTBOX_FILE_DIR = str(blocker)
    settings.MARKETPLACE_OUTBOX_BACKENDS = {"customs": "marketplace.outbox.backends.file.FileBackend"}
    with transaction.atomic():
        services.record("customs", "CEB303", "YJ-1", "<a/>", idempotency_key="YJ-1-CEB303", now=now)
    assert relay.relay_pending(now=now).outcomes == {"retrying": 1}
    assert "Cannot write" in OutboxMessage.objects.get().last_error


def test_production_defaults_to_files_and_the_embedded_profile_to_memory(settings):
    from marketplace.outbox.backends import FILE, LOCMEM, backend_paths

    settings.MARKETPLACE_OUTBOX_BACKENDS = {"tax": "x.Y"}
    settings.PRODUCTION = True
    assert backend_paths() == {"customs": FILE, "inspection": FILE, "tax": "x.Y", "forex": FILE, "notice": FILE}
    settings.PRODUCTION = False
    assert backend_paths()["customs"] == LOCMEM
