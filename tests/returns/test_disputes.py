"""Disputes: a refused or stalled request escalated by the buyer (or the seller), both sides'
messages and evidence, the admins' queue and decision, e-mails and signals at each step,
and the counts the seller rating reads."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from marketplace.payments.backends import locmem
from marketplace.returns import services, signals
from marketplace.returns.models import CaseEvent, Dispute, ReturnRequest, ReturnStatus
from marketplace.returns.selectors import dispute_counts
from tests.sellers.factories import UserFactory

from .conftest import ask, login, photo

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def refused(card_order, buyer_client, seller):
    ask(buyer_client, card_order)
    case = ReturnRequest.objects.get()
    return services.refuse(case, by=seller.user, reason=f"Used in a kitchen {HOSTILE}")


@pytest.fixture
def received_signals():
    received = []

    def opened(sender, **kwargs):
        received.append(("opened", kwargs["kind"], kwargs["enterprise"].pk))

    def decided(sender, **kwargs):
        received.append(("decided", kwargs["in_favour_of"], kwargs["enterprise"].pk))

    signals.case_opened.connect(opened, dispatch_uid="test-opened")
    signals.dispute_decided.connect(decided, dispatch_uid="test-decided")
    yield received
    signals.case_opened.disconnect(dispatch_uid="test-opened")
    signals.dispute_decided.disconnect(dispatch_uid="test-decided")


def test_a_refused_return_is_escalated_argued_and_decided_for_the_buyer(
        refused, card_order, buyer_client, seller, staff, staff_client, mailoutbox, received_signals,
        django_capture_on_commit_callbacks, settings):
    settings.MARKETPLACE_DISPUTE_DESK_EMAILS = ["disputes@marketplace.example"]
    case = refused
    page = buyer_client.get(f"/en/returns/{case.pk}/").text
    assert "Used in a kitchen" in page and "<script>alert" not in page and "<img src=x" not in page
    assert "Escalate to the platform" in page
    mailoutbox.clear()

    evidence = SimpleUploadedFile("receipt.pdf", b"%PDF-1.4 delivery receipt", "application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        response = buyer_client.post(f"/en/returns/{case.pk}/escalate/",
                                     {"body": f"It arrived chipped {HOSTILE}", "files": [evidence, photo()]})
    assert response.status_code == 302
    dispute = Dispute.objects.get()
    assert (dispute.opened_as, dispute.is_open) == ("buyer", True)
    # The buyer escalated: the seller and the platform's dispute desk are told.
    assert [message.to for message in mailoutbox] == [["sales@knives.example.cn"], ["disputes@marketplace.example"]]
    assert "Escalated to the platform" in mailoutbox[0].subject

    queue = staff_client.get("/dashboard/returns/disputes/").text
    assert case.reference in queue and "1 dispute waiting" in queue
    assert seller.client.get("/dashboard/returns/disputes/", follow=True).status_code == 404
    assert buyer_client.get("/dashboard/returns/disputes/", follow=True).status_code == 404

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        seller.client.post(f"/dashboard/returns/{case.pk}/message/",
                           {"body": f"Knife shows wear {HOSTILE}", "files": [photo("wear.png")]})
    assert [message.to for message in mailoutbox] == [["ana@example.es"]]
    staff_page = staff_client.get(f"/dashboard/returns/{case.pk}/").text
    for text in ("It arrived chipped", "Knife shows wear", "receipt.pdf", "wear.png", "Decide the dispute"):
        assert text in staff_page
    assert "<script>alert" not in staff_page and "<img src=x" not in staff_page
    assert "Decide the dispute" not in seller.client.get(f"/dashboard/returns/{case.pk}/").text

    # Only admins decide.
    seller.client.post(f"/dashboard/returns/{case.pk}/decide/", {"in_favour_of": "seller", "reason": "mine"})
    assert Dispute.objects.get().is_open

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(f"/dashboard/returns/{case.pk}/decide/", {
            "in_favour_of": "buyer", "reason": f"The photos show a chip from transport {HOSTILE}"}, follow=True)
    assert "The dispute is decided" in response.text and "Refunded 100.00" in response.text
    dispute.refresh_from_db()
    case.refresh_from_db()
    assert (dispute.in_favour_of, dispute.decided_by, case.status) == ("buyer", staff, ReturnStatus.REFUNDED)
    assert [r.amount_minor for r in locmem.refunds] == [10000]
    recipients = sorted(address for message in mailoutbox for address in message.to)
    assert recipients.count("ana@example.es") == 2 and recipients.count("sales@knives.example.cn") == 2
    assert any("decided in favour of the buyer" in message.subject for message in mailoutbox)
    buyer_page = buyer_client.get(f"/en/returns/{case.pk}/").text
    assert "Decided in favour of: The buyer." in buyer_page and "<script>alert" not in buyer_page
    assert [event.action for event in CaseEvent.objects.order_by("pk")] == [
        "requested", "refused", "escalated", "message", "decided_buyer", "refund_started", "refunded"]
    enterprise_id = seller.partner.enterprise.pk
    assert received_signals == [("opened", "dispute", enterprise_id), ("decided", "buyer", enterprise_id)]
    assert dispute_counts() == {enterprise_id: {"opened": 1, "decided_for_buyer": 1}}


def test_decided_for_the_seller_the_case_is_closed(refused, buyer_client, staff, seller, received_signals,
                                                   django_capture_on_commit_callbacks):
    services.escalate(refused, by=refused.buyer, message="Please look")
    with django_capture_on_commit_callbacks(execute=True):
        services.decide_dispute(refused, by=staff, in_favour_of="seller", reason="Used goods")
    refused.refresh_from_db()
    assert refused.status == ReturnStatus.CLOSED and locmem.refunds == []
    with pytest.raises(services.CaseRefused):
        services.decide_dispute(refused, by=staff, in_favour_of="buyer", reason="Changed my mind")
    enterprise_id = seller.partner.enterprise.pk
    assert dispute_counts(enterprise_ids=[enterprise_id]) == {enterprise_id: {"opened": 1, "decided_for_buyer": 0}}
    assert dispute_counts(since=timezone.now() + timedelta(days=1)) == {}
    assert dispute_counts(enterprise_ids=[enterprise_id + 999]) == {}


def test_only_a_refused_or_stalled_request_is_escalated_once(card_order, buyer_client, seller, settings):
    ask(buyer_client, card_order)
    case = ReturnRequest.objects.get()
    with pytest.raises(services.CaseRefused):
        services.escalate(case, by=case.buyer, message="Hurry")
    assert "Escalate to the platform" not in buyer_client.get(f"/en/returns/{case.pk}/").text
    # No answer for the stalled period: either side may escalate.
    settings.MARKETPLACE_RETURN_STALLED_DAYS = 7
    ReturnRequest.objects.filter(pk=case.pk).update(last_step_at=timezone.now() - timedelta(days=8))
    case.refresh_from_db()
    assert "Escalate to the platform" in buyer_client.get(f"/en/returns/{case.pk}/").text
    dispute = services.escalate(case, by=seller.user, message="The buyer does not send the goods")
    assert dispute.opened_as == "seller"
    with pytest.raises(services.CaseRefused):
        services.escalate(case, by=case.buyer, message="Again")
    assert Dispute.objects.count() == 1


def test_messages_are_bounded_and_evidence_checked(refused, buyer_client):
    response = buyer_client.post(f"/en/returns/{refused.pk}/escalate/", {"body": "x" * 2001}, follow=True)
    assert "Ensure this value has at most 2000 characters" in response.text
    response = buyer_client.post(f"/en/returns/{refused.pk}/escalate/", {
        "body": "See file", "files": [SimpleUploadedFile("evil.pdf", b"MZ\x90\x00 an exe", "application/pdf")]},
        follow=True)
    assert "is not a JPEG, PNG or PDF file" in response.text
    response = buyer_client.post(f"/en/returns/{refused.pk}/escalate/", {"body": "   "}, follow=True)
    assert not Dispute.objects.exists()


def test_messages_need_an_open_dispute_and_a_party(refused, buyer_client, staff):
    with pytest.raises(services.CaseRefused):
        services.post_message(refused, by=refused.buyer, body="Hello")
    services.escalate(refused, by=refused.buyer, message="Please decide")
    stranger = UserFactory()
    with pytest.raises(services.CaseRefused):
        services.post_message(refused, by=stranger, body="I know better")
    assert login(stranger).post(f"/en/returns/{refused.pk}/message/", {"body": "x"}, follow=True).status_code == 404
    services.post_message(refused, by=staff, body="Please send photos of the edge")
    assert refused.dispute.messages.count() == 2
    with pytest.raises(services.CaseRefused):
        services.decide_dispute(refused, by=refused.buyer, in_favour_of="buyer", reason="I win")
