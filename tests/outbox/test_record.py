"""Recording a message with the event it reports."""

import pytest
from django.db import transaction

from marketplace.outbox import services
from marketplace.outbox.backends import locmem
from marketplace.outbox.models import OutboxMessage, OutboxStatus

pytestmark = pytest.mark.django_db

CEB303 = "<CEB303Message><OrderNo>YJ-1001</OrderNo></CEB303Message>"


def record(key="YJ-1001-CEB303", subject="YJ-1001", payload=CEB303, kind="customs", message_type="CEB303"):
    return services.record(kind, message_type, subject, payload, idempotency_key=key)


def test_a_message_is_recorded_pending_and_due_now(now):
    with transaction.atomic():
        message = services.record("customs", "CEB303", "YJ-1001", CEB303,
                                  idempotency_key="YJ-1001-CEB303", now=now)
    message.refresh_from_db()
    assert (message.status, message.attempts, message.payload_format) == (OutboxStatus.PENDING, 0, "xml")
    assert message.next_attempt_at == message.created_at == now
    assert message.sequence == message.pk


def test_json_payloads_are_stored_as_sorted_json():
    with transaction.atomic():
        message = record(kind="forex", message_type="FX-RECEIPT", payload={"b": 1, "a": "人民币"})
    assert message.payload == '{"a": "人民币", "b": 1}'
    assert message.payload_format == "json"


def test_the_same_key_twice_returns_the_first_message_unchanged():
    with transaction.atomic():
        first = record()
        again = record(payload="<CEB303Message><OrderNo>changed</OrderNo></CEB303Message>")
    assert again.pk == first.pk
    assert OutboxMessage.objects.get().payload == CEB303


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_nothing_is_recorded():
    with pytest.raises(services.TransactionRequired):
        record()
    assert not OutboxMessage.objects.exists()


def test_a_rolled_back_event_leaves_no_message(django_capture_on_commit_callbacks):
    class OrderRefused(Exception):
        pass

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(OrderRefused):
            with transaction.atomic():
                record()
                raise OrderRefused
    assert not OutboxMessage.objects.exists()
    assert callbacks == [] and locmem.deliveries == []


def test_after_commit_the_subject_is_relayed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            record()
    assert [d.idempotency_key for d in locmem.deliveries] == ["YJ-1001-CEB303"]
    assert OutboxMessage.objects.get().status == OutboxStatus.SENT


def test_a_broker_down_at_commit_loses_nothing(django_capture_on_commit_callbacks, monkeypatch, caplog):
    from marketplace.outbox import relay, tasks

    def broker_down(*args, **kwargs):
        raise ConnectionRefusedError("redis:6379")

    monkeypatch.setattr(tasks.relay_subject, "delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            record()
    assert OutboxMessage.objects.get().status == OutboxStatus.PENDING
    assert "periodic relay will send it" in caplog.text
    relay.relay_pending()
    assert OutboxMessage.objects.get().status == OutboxStatus.SENT


@pytest.mark.parametrize("bad", [
    {"kind": "police"},
    {"key": "../../etc/passwd"},
    {"key": ""},
    {"key": "k" * 201},
    {"subject": ""},
    {"payload": "<CEB303Message><unclosed></CEB303Message>"},
    {"payload": "x" * (512 * 1024 + 1)},
])
def test_bad_input_is_refused_and_records_nothing(bad):
    with transaction.atomic():
        with pytest.raises(ValueError):
            record(**bad)
    assert not OutboxMessage.objects.exists()


def test_xml_entity_expansion_is_refused():
    bomb = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xxxxxxxx">]><a>&x;&x;</a>'
    with transaction.atomic(), pytest.raises(ValueError):
        record(payload=bomb)
