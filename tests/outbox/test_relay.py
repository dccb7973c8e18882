"""The relay: order per subject, retries with backoff, giving up, exactly-once delivery."""

import datetime

import pytest
from django.db import transaction

from marketplace.outbox import relay, services
from marketplace.outbox.backends import locmem
from marketplace.outbox.models import OutboxMessage, OutboxStatus

from .backends import FlakyBackend

pytestmark = pytest.mark.django_db

FLAKY = "tests.outbox.backends.FlakyBackend"


def record(subject, message_type, *, kind="customs", now=None):
    with transaction.atomic():
        return services.record(kind, message_type, subject, f"<{message_type}>{subject}</{message_type}>",
                               idempotency_key=f"{subject}-{message_type}", now=now)


def delivered():
    return [d.idempotency_key for d in locmem.deliveries]


def test_each_subjects_messages_go_out_in_the_order_recorded(now):
    for message_type in ("CEB303", "CEB311", "CEB603"):
        record("YJ-1", message_type, now=now)
        record("YJ-2", message_type, now=now)
    report = relay.relay_pending(now=now, batch_size=2)
    assert report.outcomes == {"sent": 6}
    for subject in ("YJ-1", "YJ-2"):
        keys = [key for key in delivered() if key.startswith(subject)]
        assert keys == [f"{subject}-CEB303", f"{subject}-CEB311", f"{subject}-CEB603"]


def test_a_later_message_waits_while_an_earlier_one_is_retrying(settings, now):
    settings.MARKETPLACE_OUTBOX_BACKENDS = {"customs": FLAKY}
    record("YJ-1", "CEB303", now=now)  # customs: down
    record("YJ-1", "FX-NOTICE", kind="forex", now=now)  # forex: up, but after the declaration
    record("YJ-2", "FX-NOTICE", kind="forex", now=now)  # another order: not held
    report = relay.relay_pending(now=now)
    assert report.outcomes == {"retrying": 1, "sent": 1}
    assert delivered() == ["YJ-2-FX-NOTICE"]
    assert OutboxMessage.objects.get(idempotency_key="YJ-1-FX-NOTICE").status == OutboxStatus.PENDING


def test_a_down_backend_is_retried_with_growing_waits_then_given_up(settings, now):
    settings.MARKETPLACE_OUTBOX_BACKENDS = {"customs": FLAKY}
    message = record("YJ-1", "CEB303", now=now)
    at, waits = now, []
    for _attempt in range(5):
        assert relay.relay_pending(now=at).total == 1
        message.refresh_from_db()
        if message.status == OutboxStatus.FAILED:
            break
        assert relay.relay_pending(now=message.next_attempt_at - datetime.timedelta(seconds=1)).total == 0
        waits.append((message.next_attempt_at - at).total_seconds())
        at = message.next_attempt_at
    assert waits == [30, 60, 120, 240]  # base 30 s, doubling; the 5th attempt is the last
    assert (message.status, message.attempts) == (OutboxStatus.FAILED, 5)
    assert "connection refused" in message.last_error
    assert relay.relay_pending(now=at + datetime.timedelta(days=1)).total == 0


def test_waits_stop_growing_at_the_cap(settings):
    settings.MARKETPLACE_OUTBOX_RETRY_CAP_SECONDS = 600
    assert [relay.retry_delay(n).total_seconds() for n in (1, 5, 6, 30)] == [30, 480, 600, 600]


def test_a_failed_message_holds_its_subject_until_resent(settings, now):
    settings.MARKETPLACE_OUTBOX_MAX_ATTEMPTS = 1
    settings.MARKETPLACE_OUTBOX_BACKENDS = {"customs": FLAKY}
    record("YJ-1", "CEB303", now=now)
    record("YJ-1", "CEB311", now=now)
    assert relay.relay_pending(now=now).outcomes == {"failed": 1}
    assert relay.relay_pending(now=now + datetime.timedelta(hours=1)).total == 0
    FlakyBackend.down = False
    later = now + datetime.timedelta(hours=2)
    assert services.resend(OutboxMessage.objects.filter(status=OutboxStatus.FAILED), now=later) == 1
    assert relay.relay_pending(now=later).outcomes == {"sent": 2}
    assert delivered() == ["YJ-1-CEB303", "YJ-1-CEB311"]


def test_backend_down_then_up_delivers_every_message_exactly_once(settings, now):
    settings.MARKETPLACE_OUTBOX_BACKENDS = {"customs": FLAKY}
    subjects = [f"YJ-{n}" for n in range(20)]
    for subject in subjects:
        record(subject, "CEB303", now=now)
        record(subject, "CEB311", now=now)
    at = now
    for _pass in range(2):  # down: every head fails once, then twice
        relay.relay_pending(now=at)
        at += datetime.timedelta(minutes=1)
    assert locmem.deliveries == [] and FlakyBackend.calls == 40
    FlakyBackend.down = False
    for _minute in range(3):  # the beat, each minute
        relay.relay_pending(now=at)
        at += datetime.timedelta(minutes=1)
    assert sorted(delivered()) == sorted(f"{s}-{t}" for s in subjects for t in ("CEB303", "CEB311"))
    assert len(delivered()) == len(set(delivered())) == 40
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {OutboxStatus.SENT}


def test_a_worker_that_died_mid_send_is_replaced_and_the_key_repeats(now):
    message = record("YJ-1", "CEB303", now=now)
    (claimed,) = relay.claim(now, limit=10)  # this worker dies before sending
    assert relay.claim(now + datetime.timedelta(minutes=4), limit=10) == []  # still its claim
    assert relay.relay_pending(now=now + datetime.timedelta(minutes=6)).outcomes == {"sent": 1}
    relay.deliver(claimed, {}, now)  # the old worker wakes up: its answer is not stored over
    message.refresh_from_db()
    assert (message.status, message.attempts) == (OutboxStatus.SENT, 2)
    assert set(delivered()) == {"YJ-1-CEB303"} and len(locmem.received) == 1


def test_one_subjects_relay_sends_only_its_own_messages(now):
    record("YJ-1", "CEB303", now=now)
    record("YJ-1", "CEB311", now=now)
    record("YJ-2", "CEB303", now=now)
    assert relay.relay_subject("YJ-1", now=now).outcomes == {"sent": 2}
    assert delivered() == ["YJ-1-CEB303", "YJ-1-CEB311"]


def test_a_backend_answering_nonsense_is_retried_like_one_down(settings, now, caplog):
    settings.MARKETPLACE_OUTBOX_BACKENDS = {"customs": "tests.outbox.backends.BrokenBackend"}
    message = record("YJ-1", "CEB303", now=now)
    assert relay.relay_pending(now=now).outcomes == {"retrying": 1}
    message.refresh_from_db()
    assert "TypeError" in message.last_error and message.status == OutboxStatus.PENDING


def test_a_backend_missing_from_settings_is_retried_with_the_error_shown(settings, now):
    settings.MARKETPLACE_OUTBOX_BACKENDS = {"customs": "marketplace.outbox.backends.nowhere.Backend"}
    message = record("YJ-1", "CEB303", now=now)
    relay.relay_pending(now=now)
    message.refresh_from_db()
    assert message.status == OutboxStatus.PENDING and "nowhere" in message.last_error


def test_an_immediate_decision_is_stored_with_its_reason(now):
    locmem.LocmemBackend.answer, locmem.LocmemBackend.reason = "rejected", "HS code 8211 missing"
    try:
        message = record("YJ-1", "CEB303", now=now)
        relay.relay_pending(now=now)
    finally:
        locmem.LocmemBackend.reason = ""
    message.refresh_from_db()
    assert (message.status, message.receipt_reason) == (OutboxStatus.REJECTED, "HS code 8211 missing")
    assert message.decided_at == message.sent_at == now


def test_the_tasks_run_the_relay(django_capture_on_commit_callbacks):
    from marketplace.outbox import tasks

    record("YJ-1", "CEB303")
    assert tasks.relay_pending.delay().get() == {"sent": 1}
    assert tasks.relay_subject.delay("YJ-1").get() == {}
