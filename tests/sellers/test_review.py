"""Reviewers approve, reject, suspend and reinstate filings; each decision is logged and emailed."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from oscar.core.loading import get_model

from marketplace.sellers import services, tasks
from marketplace.sellers.models import Enterprise, EnterpriseDecision

from .factories import EnterpriseFactory, UserFactory, reviewer

Partner = get_model("partner", "Partner")
pytestmark = pytest.mark.django_db
Status = Enterprise.Status


@pytest.fixture
def filing():
    colleague = UserFactory(username="colleague")
    return EnterpriseFactory(
        name_en="Yangjiang Eighteen Knives", slug="yangjiang-eighteen-knives",
        status=Status.SUBMITTED, members=[colleague], applicant__email="boss@eighteen.example",
    )


@pytest.fixture
def decider():
    return reviewer(username="reviewer")


def sellers_group():
    return Group.objects.get(name="Sellers")


def test_approval_makes_the_enterprise_a_partner_with_its_users_as_sellers(
    filing, decider, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        decision = services.approve_enterprise(filing, decided_by=decider)

    filing.refresh_from_db()
    assert filing.status == Status.APPROVED
    partner = filing.partner
    assert partner.name == "Yangjiang Eighteen Knives"
    assert partner.code == "yangjiang-eighteen-knives"
    members = set(filing.users.all())
    assert len(members) == 2
    assert set(partner.users.all()) == members
    assert members <= set(sellers_group().user_set.all())
    assert all(user.has_perm("partner.dashboard_access") for user in members)
    assert (decision.decision, decision.decided_by, decision.enterprise) == (
        "approved", decider, filing)
    assert len(mailoutbox) == 1
    email = mailoutbox[0]
    assert email.to == ["boss@eighteen.example"]
    assert "approved" in email.subject
    assert "http://127.0.0.1:8000/en/sellers/yangjiang-eighteen-knives/" in email.body


def test_the_email_is_sent_only_after_the_approval_is_committed(filing, decider, mailoutbox):
    # Inside the test's transaction nothing commits, so nothing may be sent yet.
    services.approve_enterprise(filing, decided_by=decider)
    assert mailoutbox == []


def test_the_email_task_sends_once_however_often_it_runs(filing, decider, mailoutbox):
    decision = services.approve_enterprise(filing, decided_by=decider)

    assert tasks.send_decision_email.delay(decision.pk).get() is True
    assert tasks.send_decision_email.delay(decision.pk).get() is False
    assert len(mailoutbox) == 1
    decision.refresh_from_db()
    assert decision.notified_at is not None


def test_the_email_is_written_in_the_language_of_the_filing(filing, decider, mailoutbox):
    filing.language = "zh-hans"
    filing.save()
    decision = services.reject_enterprise(filing, decided_by=decider, reason="营业执照不清晰")
    services.notify_applicant(decision.pk)
    assert "/zh-hans/sellers/application/" in mailoutbox[0].body
    assert "营业执照不清晰" in mailoutbox[0].body


def test_approving_twice_is_refused_and_changes_nothing(filing, decider):
    services.approve_enterprise(filing, decided_by=decider)

    with pytest.raises(services.FilingError) as refused:
        services.approve_enterprise(filing, decided_by=decider)

    assert "Only a submitted filing can be approved" in refused.value.message
    assert EnterpriseDecision.objects.count() == 1
    assert Partner.objects.count() == 1


@pytest.mark.parametrize("status", [Status.DRAFT, Status.REJECTED, Status.SUSPENDED])
def test_only_a_submitted_filing_can_be_approved_or_rejected(decider, status):
    enterprise = EnterpriseFactory(status=status)
    with pytest.raises(services.FilingError):
        services.approve_enterprise(enterprise, decided_by=decider)
    with pytest.raises(services.FilingError):
        services.reject_enterprise(enterprise, decided_by=decider, reason="No.")
    enterprise.refresh_from_db()
    assert enterprise.status == status and enterprise.partner is None


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_rejection_needs_a_reason(filing, decider, reason, mailoutbox):
    with pytest.raises(services.FilingError) as refused:
        services.reject_enterprise(filing, decided_by=decider, reason=reason)

    assert "Give the reason" in refused.value.message
    filing.refresh_from_db()
    assert filing.status == Status.SUBMITTED
    assert not EnterpriseDecision.objects.exists() and mailoutbox == []


def test_a_rejection_is_logged_and_emails_its_reason(
    filing, decider, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.reject_enterprise(
            filing, decided_by=decider, reason="  The business licence scan is cut off.  ")

    filing.refresh_from_db()
    assert filing.status == Status.REJECTED and filing.partner is None
    decision = filing.decisions.get()
    assert decision.decision == "rejected"
    assert decision.reason == "The business licence scan is cut off."
    assert "The business licence scan is cut off." in mailoutbox[0].body
    assert not sellers_group().user_set.filter(pk=filing.applicant_id).exists()


def test_only_reviewers_may_decide(filing):
    with pytest.raises(PermissionDenied):
        services.approve_enterprise(filing, decided_by=UserFactory())
    staff = UserFactory(is_staff=True)
    services.approve_enterprise(filing, decided_by=staff)


def test_a_partner_linked_before_approval_is_kept(filing, decider):
    existing = Partner.objects.create(name="Eighteen (old catalogue)", code="eighteen-old")
    filing.partner = existing
    filing.save()

    services.approve_enterprise(filing, decided_by=decider)

    filing.refresh_from_db()
    assert filing.partner == existing and Partner.objects.count() == 1
    assert filing.applicant in existing.users.all()


def test_a_partner_code_in_use_gets_a_suffix_rather_than_someone_elses_partner(filing, decider):
    Partner.objects.create(name="Unrelated", code="yangjiang-eighteen-knives")
    services.approve_enterprise(filing, decided_by=decider)
    filing.refresh_from_db()
    assert filing.partner.code == "yangjiang-eighteen-knives-2"


def test_suspension_revokes_the_seller_group_and_reinstatement_restores_it(filing, decider):
    services.approve_enterprise(filing, decided_by=decider)
    other_shop = EnterpriseFactory(status=Status.SUBMITTED, applicant=filing.applicant)
    services.approve_enterprise(other_shop, decided_by=decider)
    colleague = filing.users.get(username="colleague")

    with pytest.raises(services.FilingError):
        services.suspend_enterprise(filing, decided_by=decider, reason="")
    services.suspend_enterprise(filing, decided_by=decider, reason="Counterfeit certificates.")

    filing.refresh_from_db()
    assert filing.status == Status.SUSPENDED
    group = sellers_group()
    assert not group.user_set.filter(pk=colleague.pk).exists()
    # The applicant still runs another approved shop, so stays a seller.
    assert group.user_set.filter(pk=filing.applicant_id).exists()

    services.reinstate_enterprise(filing, decided_by=decider)
    filing.refresh_from_db()
    assert filing.status == Status.APPROVED
    assert group.user_set.filter(pk=colleague.pk).exists()
    assert list(filing.decisions.values_list("decision", flat=True)) == [
        "reinstated", "suspended", "approved"]
