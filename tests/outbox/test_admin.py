"""The outbox queue in the Django admin: list, payloads escaped, resend, correct and resend."""

import pytest
from django.db import transaction
from django.urls import reverse

from marketplace.outbox import relay, services
from marketplace.outbox.backends import locmem
from marketplace.outbox.models import OutboxMessage, OutboxStatus

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:outbox_outboxmessage_changelist"


def record(subject="YJ-1", message_type="CEB303", payload="<CEB303Message><Note>a &lt; b</Note></CEB303Message>",
           now=None, kind="customs"):
    with transaction.atomic():
        return services.record(kind, message_type, subject, payload,
                               idempotency_key=f"{subject}-{message_type}", now=now)


@pytest.fixture
def rejected(now):
    message = record(now=now)
    relay.relay_pending(now=now)
    services.record_receipt(message.idempotency_key, "rejected", reason="<b>Consignee</b> unknown",
                            receipt="<CEB304Message><Status>100</Status></CEB304Message>", now=now)
    message.refresh_from_db()
    return message


def test_staff_see_the_queue_filtered_by_kind_and_status(admin_client, rejected):
    record(subject="YJ-2", kind="tax", message_type="VAT")
    page = admin_client.get(reverse(CHANGELIST), {"kind": "customs", "status": "rejected"})
    assert page.status_code == 200
    assert "YJ-1" in page.text and "YJ-2" not in page.text


def test_payload_and_receipt_are_shown_escaped(admin_client, rejected):
    page = admin_client.get(reverse("admin:outbox_outboxmessage_change", args=[rejected.pk]))
    assert page.status_code == 200
    assert "&lt;CEB303Message&gt;&lt;Note&gt;a &amp;lt; b" in page.text
    assert "&lt;CEB304Message&gt;" in page.text
    assert "&lt;b&gt;Consignee&lt;/b&gt; unknown" in page.text and "<b>Consignee" not in page.text
    assert 'name="_save"' not in page.text  # nothing to edit by hand
    assert reverse("admin:outbox_outboxmessage_correct", args=[rejected.pk]) in page.text


def test_the_queue_is_for_staff_only(client, rejected):
    page = client.get(reverse(CHANGELIST))
    assert page.status_code == 302 and "/login/" in page.url


def test_resend_puts_failed_messages_back_due_now(admin_client, settings, now):
    settings.MARKETPLACE_OUTBOX_MAX_ATTEMPTS = 1
    settings.MARKETPLACE_OUTBOX_BACKENDS = {"customs": "tests.outbox.backends.FlakyBackend"}
    failed = record(now=now)
    relay.relay_pending(now=now)
    accepted = record(subject="YJ-2", kind="tax", message_type="VAT", now=now)
    relay.relay_pending(now=now)
    services.record_receipt(accepted.idempotency_key, "accepted")
    page = admin_client.post(reverse(CHANGELIST), {"action": "resend", "_selected_action": [failed.pk, accepted.pk]},
                             follow=True)
    assert "1 message queued to be sent again." in page.text
    assert "1 message was left alone" in page.text
    failed.refresh_from_db()
    assert (failed.status, failed.attempts, failed.last_error) == (OutboxStatus.PENDING, 0, "")
    assert OutboxMessage.objects.get(pk=accepted.pk).status == OutboxStatus.ACCEPTED


def test_correct_and_resend_sends_a_new_message_in_the_old_ones_place(
    admin_client, rejected, now, django_capture_on_commit_callbacks,
):
    later = record(subject="YJ-1", message_type="CEB311", now=now)  # waits behind the correction
    action = admin_client.post(reverse(CHANGELIST), {"action": "correct_and_resend",
                                                      "_selected_action": [rejected.pk]})
    url = reverse("admin:outbox_outboxmessage_correct", args=[rejected.pk])
    assert action.status_code == 302 and action.url == url
    form = admin_client.get(url)
    assert "&lt;CEB303Message&gt;" in form.text
    fixed = "<CEB303Message><Consignee>Ivanov</Consignee></CEB303Message>"
    locmem.reset()
    with django_capture_on_commit_callbacks(execute=True):
        done = admin_client.post(url, {"payload": fixed})
    corrected = OutboxMessage.objects.get(corrected_from=rejected)
    assert done.status_code == 302
    assert done.url == reverse("admin:outbox_outboxmessage_change", args=[corrected.pk])
    assert corrected.idempotency_key == "YJ-1-CEB303:rev1"
    assert corrected.payload == fixed and corrected.sequence < later.sequence
    assert OutboxMessage.objects.get(pk=rejected.pk).status == OutboxStatus.SUPERSEDED
    assert [d.idempotency_key for d in locmem.deliveries] == ["YJ-1-CEB303:rev1", "YJ-1-CEB311"]


def test_a_correction_that_is_not_xml_is_refused_and_changes_nothing(admin_client, rejected):
    url = reverse("admin:outbox_outboxmessage_correct", args=[rejected.pk])
    page = admin_client.post(url, {"payload": "<CEB303Message><oops></CEB303Message>"})
    assert page.status_code == 200
    assert "This is not a valid XML payload" in page.text
    assert OutboxMessage.objects.count() == 1
    assert OutboxMessage.objects.get().status == OutboxStatus.REJECTED


def test_a_superseded_message_cannot_be_corrected_again(admin_client, rejected):
    services.correct_and_resend(rejected, "<CEB303Message/>")
    url = reverse("admin:outbox_outboxmessage_correct", args=[rejected.pk])
    for page in (admin_client.get(url, follow=True), admin_client.post(url, {"payload": "<x/>"}, follow=True)):
        assert page.redirect_chain[-1][0] == reverse("admin:outbox_outboxmessage_change", args=[rejected.pk])
        assert "cannot be corrected" in page.text
    assert OutboxMessage.objects.count() == 2
    correction = OutboxMessage.objects.get(corrected_from=rejected)
    second = services.correct_and_resend(correction, "<CEB303Message><v>2</v></CEB303Message>")
    assert second.idempotency_key == "YJ-1-CEB303:rev2"


def test_correct_and_resend_takes_one_message_at_a_time(admin_client, rejected):
    other = record(subject="YJ-2")
    page = admin_client.post(reverse(CHANGELIST), {"action": "correct_and_resend",
                                                    "_selected_action": [rejected.pk, other.pk]}, follow=True)
    assert "Choose one message to correct." in page.text


def test_a_message_being_sent_cannot_be_corrected_or_resent(now):
    message = record(now=now)
    relay.claim(now, limit=1)
    with pytest.raises(services.NotCorrectable):
        services.correct_and_resend(message, "<CEB303Message/>")
    assert services.resend(OutboxMessage.objects.all(), now=now) == 0
    assert OutboxMessage.objects.get().status == OutboxStatus.SENDING
