"""Moderators decide per listing; takedown holds the listing everywhere; the seller answers;
upheld takedowns are strikes and enough of them suspend the seller, who may appeal."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from oscar.core.loading import get_model

from catalog.models import ReviewStatus
from marketplace.ip_complaints import selectors, services, signals, tasks
from marketplace.ip_complaints.models import (
    CaseEvent,
    Complaint,
    Evidence,
    ListingCase,
    Strike,
    Suspension,
)
from marketplace.sellers.models import Enterprise, EnterpriseDecision
from tests.basket.conftest import add
from tests.factories import StockRecordFactory

from .conftest import file_complaint, pdf, sign_in

Basket = get_model("basket", "Basket")
Product = get_model("catalogue", "Product")
Status = ListingCase.Status

pytestmark = pytest.mark.django_db


def case_of(product):
    return ListingCase.objects.get(product=product, closed_at__isnull=True)


def decide(client, case, action, reason="Because."):
    return client.post(f"/dashboard/ip-complaints/listings/{case.pk}/{action}/",
                       {"reason": reason}, follow=True)


def search(client, text):
    return client.get(f"/en/search/?q={text}").content.decode()


def test_a_takedown_removes_one_listing_from_search_and_basket_and_keeps_the_other(
        client, listings, moderator, django_capture_on_commit_callbacks):
    santoku, cleaver = listings
    complaint, _token = file_complaint(listings)
    buyer = client
    add(buyer, santoku, 1)
    add(buyer, cleaver, 1)
    assert "Santoku knife" in search(buyer, "Santoku")

    from django.test import Client
    staff = sign_in(Client(), moderator)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page = decide(staff, case_of(santoku), "take-down", "Counterfeit TOLEDO mark.")

    assert "The listing was taken down" in page.content.decode()
    case = ListingCase.objects.get(product=santoku)
    assert case.status == Status.TAKEN_DOWN and case.hold.is_active
    assert case.counter_notice_due > timezone.now() + timedelta(days=9)
    santoku.refresh_from_db()
    assert santoku.review_status == ReviewStatus.HELD and not santoku.is_public
    assert "Santoku knife" not in search(buyer, "Santoku")
    assert "Cleaver 8 inch" in search(buyer, "Cleaver")
    assert [line.product for line in Basket.objects.get().lines.all()] == [cleaver]
    assert "was removed from your basket" in buyer.get("/en/basket/").content.decode()
    assert buyer.get(santoku.get_absolute_url()).status_code == 404
    # The complaint still has a listing to decide.
    assert Complaint.objects.get().status == Complaint.Status.NEW

    # The seller is told the complaint's facts and the deadline, not the complainant's
    # address; the complainant is told the decision.
    to_seller = next(m for m in mail.outbox if "sales@sharpcopy.example" in m.to)
    assert "EUIPO" in to_seller.body and "R-1" in to_seller.body
    assert "Counterfeit TOLEDO mark." in to_seller.body
    assert "counter-notice" in to_seller.body
    assert "ana@toledo.example" not in to_seller.body
    assert f"/dashboard/ip-complaints/seller/{case.pk}/" in to_seller.body
    to_complainant = next(m for m in mail.outbox if m.to == ["ana@toledo.example"])
    assert complaint.reference in to_complainant.subject

    with django_capture_on_commit_callbacks(execute=True):
        decide(staff, case_of(cleaver), "dismiss", "Genuine goods bought from the owner.")
    assert Complaint.objects.get().status == Complaint.Status.DECIDED
    assert "Cleaver 8 inch" in search(buyer, "Cleaver")


def test_a_decision_needs_a_reason_and_happens_once(client, listings, moderator):
    file_complaint(listings[:1])
    sign_in(client, moderator)
    case = case_of(listings[0])

    page = decide(client, case, "take-down", "")
    assert "This field is required." in page.content.decode()
    assert ListingCase.objects.get(pk=case.pk).status == Status.OPEN

    decide(client, case, "take-down")
    page = decide(client, case, "take-down")
    assert "This listing is already decided" in page.content.decode()
    assert ListingCase.objects.get(pk=case.pk).hold.product.holds.count() == 1


def test_only_moderators_decide(listings, seller):
    file_complaint(listings[:1])
    with pytest.raises(PermissionDenied):
        services.take_down(case_of(listings[0]), decided_by=seller.applicant, reason="x")


def test_the_seller_counter_notices_within_the_period_with_evidence(
        client, listings, moderator, seller, django_capture_on_commit_callbacks):
    file_complaint(listings[:1])
    case = services.take_down(case_of(listings[0]), decided_by=moderator, reason="Copy.")
    sign_in(client, seller.applicant)

    page = client.get(f"/dashboard/ip-complaints/seller/{case.pk}/").content.decode()
    assert "Send a counter-notice" in page and "R-1" in page
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/dashboard/ip-complaints/seller/{case.pk}/", {
            "statement": "We own the design registration CN 2019-1.", "accurate": "on",
            "evidence": [pdf("our-registration.pdf")]})

    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == Status.COUNTER_NOTICED
    assert Evidence.objects.get(listing_case=case).party == Evidence.Party.SELLER
    assert {tuple(m.to) for m in mail.outbox} >= {("ana@toledo.example",)}
    assert "We own the design registration" in next(
        m for m in mail.outbox if m.to == ["ana@toledo.example"]).body


def test_a_counter_notice_after_the_period_is_refused(client, listings, moderator, seller):
    file_complaint(listings[:1])
    case = services.take_down(case_of(listings[0]), decided_by=moderator, reason="Copy.")
    ListingCase.objects.filter(pk=case.pk).update(
        counter_notice_due=timezone.now() - timedelta(minutes=1))
    sign_in(client, seller.applicant)

    assert "The period for a counter-notice has ended." in client.get(
        f"/dashboard/ip-complaints/seller/{case.pk}/").content.decode()
    page = client.post(f"/dashboard/ip-complaints/seller/{case.pk}/",
                       {"statement": "Late", "accurate": "on"}, follow=True).content.decode()
    assert "The period for a counter-notice ended" in page
    assert ListingCase.objects.get(pk=case.pk).status == Status.TAKEN_DOWN


def test_reinstating_puts_the_listing_back_on_sale_without_a_strike(
        client, listings, moderator, seller):
    file_complaint(listings[:1])
    case = services.take_down(case_of(listings[0]), decided_by=moderator, reason="Copy.")
    services.counter_notice(case, user=seller.applicant, statement="Licensed.")
    sign_in(client, moderator)

    decide(client, case, "reinstate", "Licence shown.")

    case.refresh_from_db()
    assert case.status == Status.REINSTATED and case.closed_at and not case.hold.is_active
    listings[0].refresh_from_db()
    assert listings[0].is_public and listings[0].review_status == ReviewStatus.APPROVED
    assert "Santoku knife" in search(client, "Santoku")
    assert not Strike.objects.exists()


def test_keeping_down_after_a_counter_notice_records_a_strike(
        client, listings, moderator, seller, django_capture_on_commit_callbacks):
    received = []
    signals.strike_recorded.connect(lambda **kw: received.append(kw), weak=False,
                                    dispatch_uid="test-strike")
    try:
        file_complaint(listings[:1])
        case = services.take_down(case_of(listings[0]), decided_by=moderator, reason="Copy.")
        services.counter_notice(case, user=seller.applicant, statement="No.")
        sign_in(client, moderator)
        with django_capture_on_commit_callbacks(execute=True):
            decide(client, case, "keep-down", "The counter-notice shows no right.")
    finally:
        signals.strike_recorded.disconnect(dispatch_uid="test-strike")

    case.refresh_from_db()
    assert case.status == Status.UPHELD and case.hold.is_active
    assert Strike.objects.get().enterprise == seller
    assert selectors.strikes() == {seller.pk: 1}
    assert selectors.strikes(enterprise_ids=[seller.pk + 1]) == {}
    assert selectors.strikes(since=timezone.now() + timedelta(seconds=5)) == {}
    assert received[0]["enterprise"] == seller and received[0]["products"] == [listings[0]]
    assert received[0]["case"].reference.startswith("IP-")


def test_a_takedown_without_a_counter_notice_in_time_is_upheld_by_the_beat_task(
        listings, moderator, seller, django_capture_on_commit_callbacks):
    file_complaint(listings)
    first = services.take_down(case_of(listings[0]), decided_by=moderator, reason="Copy.")
    services.take_down(case_of(listings[1]), decided_by=moderator, reason="Copy.")
    ListingCase.objects.filter(pk=first.pk).update(
        counter_notice_due=timezone.now() - timedelta(seconds=1))

    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.uphold_lapsed_takedowns.delay().get() == 1
    assert tasks.uphold_lapsed_takedowns.delay().get() == 0

    assert ListingCase.objects.get(pk=first.pk).status == Status.UPHELD
    assert CaseEvent.objects.filter(kind=CaseEvent.Kind.LAPSED, actor="system").count() == 1
    assert Strike.objects.count() == 1


def give_strikes(seller, moderator, count):
    for n in range(count):
        product = StockRecordFactory(partner=seller.partner,
                                     product__title_en=f"Old copy {n}").product
        file_complaint([product], email=f"holder{n}@example.com")
        case = services.take_down(case_of(product), decided_by=moderator, reason="Copy.")
        services.counter_notice(case, user=seller.applicant, statement="No.")
        services.keep_down(case, decided_by=moderator, reason="Upheld.")


def test_the_third_strike_in_the_period_suspends_the_seller(
        client, listings, moderator, seller, django_capture_on_commit_callbacks):
    give_strikes(seller, moderator, 2)
    assert Enterprise.objects.get(pk=seller.pk).status == Enterprise.Status.APPROVED
    assert client.get(f"/en/sellers/{seller.slug}/").status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        give_strikes(seller, moderator, 1)

    seller.refresh_from_db()
    assert seller.status == Enterprise.Status.SUSPENDED
    assert client.get(f"/en/sellers/{seller.slug}/").status_code == 404
    suspension = Suspension.objects.get()
    assert suspension.strikes.count() == 3
    decision = EnterpriseDecision.objects.filter(enterprise=seller).latest("pk")
    assert decision.decision == EnterpriseDecision.Decision.SUSPENDED
    assert "3 intellectual-property takedowns upheld within 365 days" in decision.reason
    # The IP moderator may not decide filings: the strike rule's own account did.
    assert decision.decided_by.username == services.STRIKE_RULE_USERNAME
    assert not decision.decided_by.has_usable_password()
    assert CaseEvent.objects.get(kind=CaseEvent.Kind.SUSPENDED).user == moderator


def test_the_limit_and_period_are_settings(listings, moderator, seller, settings):
    settings.MARKETPLACE_IP_STRIKE_LIMIT = 2
    settings.MARKETPLACE_IP_STRIKE_PERIOD_DAYS = 30
    give_strikes(seller, moderator, 1)
    Strike.objects.update(recorded_at=timezone.now() - timedelta(days=31))
    give_strikes(seller, moderator, 1)
    assert Enterprise.objects.get(pk=seller.pk).status == Enterprise.Status.APPROVED

    give_strikes(seller, moderator, 1)
    assert Enterprise.objects.get(pk=seller.pk).status == Enterprise.Status.SUSPENDED


def test_a_staff_moderator_suspends_in_their_own_name(listings, seller, settings):
    from tests.sellers.factories import UserFactory

    staff = UserFactory(username="staffmod", is_staff=True)
    settings.MARKETPLACE_IP_STRIKE_LIMIT = 1
    give_strikes(seller, staff, 1)
    assert EnterpriseDecision.objects.filter(enterprise=seller).latest("pk").decided_by == staff


def test_the_suspended_seller_appeals_and_a_granted_appeal_reinstates_and_strikes_off(
        client, listings, moderator, seller, settings, django_capture_on_commit_callbacks):
    settings.MARKETPLACE_IP_STRIKE_LIMIT = 1
    give_strikes(seller, moderator, 1)
    suspension = Suspension.objects.get()
    sign_in(client, seller.applicant)
    assert "Appeal" in client.get("/dashboard/ip-complaints/seller/").content.decode()

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/dashboard/ip-complaints/seller/suspensions/{suspension.pk}/",
                    {"statement": "The holder withdrew; see letter."})
    suspension.refresh_from_db()
    assert suspension.appeal == Suspension.Appeal.PENDING
    assert mail.outbox and "sales@sharpcopy.example" in mail.outbox[0].to
    again = client.post(f"/dashboard/ip-complaints/seller/suspensions/{suspension.pk}/",
                        {"statement": "Twice"}, follow=True).content.decode()
    assert "already been appealed" in again

    from django.test import Client
    staff = sign_in(Client(), moderator)
    assert seller.name_en in staff.get("/dashboard/ip-complaints/").content.decode()
    staff.post(f"/dashboard/ip-complaints/suspensions/{suspension.pk}/",
               {"grant": "1", "reason": "Withdrawal confirmed."})

    seller.refresh_from_db()
    assert seller.status == Enterprise.Status.APPROVED
    assert Suspension.objects.get().appeal == Suspension.Appeal.GRANTED
    assert selectors.strikes() == {}


def test_a_refused_appeal_keeps_the_seller_suspended(listings, moderator, seller, settings):
    settings.MARKETPLACE_IP_STRIKE_LIMIT = 1
    give_strikes(seller, moderator, 1)
    suspension = services.appeal_suspension(Suspension.objects.get(), user=seller.applicant,
                                            statement="Please.")
    with pytest.raises(services.CaseError):
        services.decide_appeal(suspension, decided_by=moderator, grant=False, reason="")
    services.decide_appeal(suspension, decided_by=moderator, grant=False, reason="Repeated.")

    assert Enterprise.objects.get(pk=seller.pk).status == Enterprise.Status.SUSPENDED
    assert Suspension.objects.get().appeal == Suspension.Appeal.REFUSED
    assert selectors.strikes() == {seller.pk: 1}


def test_repeat_filings_against_a_listing_join_its_open_case(client, listings, moderator):
    first, _t = file_complaint(listings, email="a@example.com", name="Holder A")
    second, _t = file_complaint(listings[:1], email="b@example.com", name="Holder B")

    case = case_of(listings[0])
    assert set(case.complaints.all()) == {first, second}
    assert ListingCase.objects.count() == 2
    sign_in(client, moderator)
    page = client.get(f"/dashboard/ip-complaints/listings/{case.pk}/").content.decode()
    assert first.reference in page and second.reference in page
    detail = client.get(f"/dashboard/ip-complaints/{second.reference}/").content.decode()
    assert "2 complaints on this listing" in detail

    # One decision per listing answers both complainants.
    services.take_down(case, decided_by=moderator, reason="Copy.")
    assert Complaint.objects.get(pk=second.pk).status == Complaint.Status.DECIDED
    assert Complaint.objects.get(pk=first.pk).status == Complaint.Status.NEW  # cleaver open
    # Once the case is closed, a new complaint opens a new case.
    services.dismiss_listing(case_of(listings[1]), decided_by=moderator, reason="No.")
    third, _t = file_complaint(listings[1:], email="c@example.com")
    assert ListingCase.objects.filter(product=listings[1]).count() == 2


def test_asking_for_information_and_the_complainants_answer(
        client, listings, moderator, django_capture_on_commit_callbacks):
    complaint, token = file_complaint(listings[:1])
    sign_in(client, moderator)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/dashboard/ip-complaints/{complaint.reference}/request-info/",
                    {"reason": "Send the registration certificate."})
    complaint.refresh_from_db()
    assert complaint.status == Complaint.Status.INFO_REQUESTED
    assert "Send the registration certificate." in mail.outbox[0].body

    client.logout()
    link = f"/en/ip-complaints/case/{complaint.reference}/{token}/"
    assert "Answer the moderator" in client.get(link).content.decode()
    response = client.post(link + "reply/", {"message": "Attached.",
                                             "evidence": [pdf("registration.pdf")]})
    assert response.status_code == 302
    complaint.refresh_from_db()
    assert complaint.status == Complaint.Status.NEW
    assert complaint.evidence.get().original_name == "registration.pdf"
    assert "Answer the moderator" not in client.get(link).content.decode()
    late = client.post(link + "reply/", {"message": "More"}, follow=True).content.decode()
    assert "No information is requested from you" in late


def test_rejecting_a_complaint_closes_its_listings_unless_another_complaint_is_open(
        client, listings, moderator, django_capture_on_commit_callbacks):
    first, _t = file_complaint(listings, email="a@example.com")
    second, _t = file_complaint(listings[:1], email="b@example.com")
    sign_in(client, moderator)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/dashboard/ip-complaints/{first.reference}/reject/",
                    {"reason": "No registration found at EUIPO."})

    assert Complaint.objects.get(pk=first.pk).status == Complaint.Status.REJECTED
    assert case_of(listings[0]).status == Status.OPEN  # the second complaint still open
    assert ListingCase.objects.get(product=listings[1]).status == Status.DISMISSED
    assert [m.to for m in mail.outbox] == [["a@example.com"]]
    assert "No registration found at EUIPO." in mail.outbox[0].body


def test_every_step_is_in_the_history_with_who_and_when(client, listings, moderator, seller):
    complaint, token = file_complaint(listings[:1])
    case = services.take_down(case_of(listings[0]), decided_by=moderator, reason="Copy.")
    services.counter_notice(case, user=seller.applicant, statement="Ours.")
    services.reinstate(case, decided_by=moderator, reason="Fine.")

    kinds = list(CaseEvent.objects.order_by("pk").values_list("kind", "actor", "user"))
    assert kinds == [("filed", "complainant", None), ("taken_down", "moderator", moderator.pk),
                     ("counter_noticed", "seller", seller.applicant.pk),
                     ("reinstated", "moderator", moderator.pk)]
    sign_in(client, moderator)
    page = client.get(f"/dashboard/ip-complaints/{complaint.reference}/").content.decode()
    for label in ("Complaint filed", "Listing taken down", "Counter-notice received",
                  "Listing reinstated", "ipmod@platform.example"):
        assert label in page
    # The complainant's page shows the steps but not the moderators' accounts.
    client.logout()
    tracked = client.get(f"/en/ip-complaints/case/{complaint.reference}/{token}/")
    assert "Listing reinstated" in tracked.content.decode()
    assert "ipmod@platform.example" not in tracked.content.decode()


def test_the_queue_shows_age_deadline_and_overdue_and_filters(client, listings, moderator):
    late, _t = file_complaint(listings[:1], name="Late Holder")
    Complaint.objects.filter(pk=late.pk).update(decision_due=timezone.now() - timedelta(hours=1))
    fresh, _t = file_complaint(listings[1:], name="Fresh Holder")
    Complaint.objects.filter(pk=fresh.pk).update(ip_type="patent")
    sign_in(client, moderator)

    page = client.get("/dashboard/ip-complaints/").content.decode()
    assert late.reference in page and fresh.reference in page
    assert page.count("overdue</span>") == 1
    assert "Sharp Copy Cutlery" in page  # each listing with its seller

    def found(query):
        page = client.get(f"/dashboard/ip-complaints/?{query}").content.decode()
        return [ref for ref in (late.reference, fresh.reference) if ref in page]

    assert found("overdue=on") == [late.reference]
    assert found("ip_type=patent") == [fresh.reference]
    assert found("status=rejected") == []
    assert found(f"q={fresh.reference[-6:]}") == [fresh.reference]
    assert found("q=Late+Hol") == [late.reference]
    assert found("q=Cleaver") == [fresh.reference]
    assert late.reference in found(f"q={listings[0].pk}")
    assert client.get("/dashboard/ip-complaints/?q=" + "x" * 200).status_code == 200


def test_an_event_is_emailed_once_however_often_the_task_runs(listings, moderator):
    file_complaint(listings[:1])
    case = services.take_down(case_of(listings[0]), decided_by=moderator, reason="Copy.")
    event = CaseEvent.objects.get(listing_case=case, kind=CaseEvent.Kind.TAKEN_DOWN)
    mail.outbox.clear()

    assert tasks.send_event_emails.delay(event.pk).get() == 2  # complainant and seller
    assert tasks.send_event_emails.delay(event.pk).get() == 0
    assert len(mail.outbox) == 2
    to_seller = next(m for m in mail.outbox if "owner@sharpcopy.example" in m.to)
    assert set(to_seller.to) == {"owner@sharpcopy.example", "sales@sharpcopy.example"}
