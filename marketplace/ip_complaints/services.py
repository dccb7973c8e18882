"""Notice and takedown, one function per step; every step is audited and e-mailed after commit.

Guarantees common to every function here: it runs in one transaction that changes the
case, writes its CaseEvent (who, when, what) and queues the e-mails to the parties
concerned after commit; a step that is not allowed now (deciding twice, a counter-notice
after its period, a takedown without a reason) raises CaseError with a message for the
person who tried, and changes nothing; only moderators decide (PermissionDenied
otherwise), only the seller's own users counter-notice and appeal.
"""

import logging
import secrets
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.listing_holds.models import ListingHold
from marketplace.listing_holds.services import lift_hold, place_hold
from marketplace.moderation.selectors import sellers as sellers_of
from marketplace.sellers import services as sellers_services
from marketplace.sellers.models import Enterprise

from . import conf, signals
from .models import (
    REASON_MAX,
    TEXT_MAX,
    CaseEvent,
    Complaint,
    ComplaintListing,
    Evidence,
    ListingCase,
    Strike,
    Suspension,
    hash_token,
)

Product = get_model("catalogue", "Product")
logger = logging.getLogger(__name__)

MODERATE_PERMISSION = "ip_complaints.moderate_complaint"
#: The account the strike rule suspends and reinstates sellers as, when the moderator
#: behind the decision may not decide on filings themselves (see _sellers_actor).
STRIKE_RULE_USERNAME = "ip-strike-rule"
#: Letters and digits that cannot be mistaken for each other when read out or retyped.
REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

Kind, Actor = CaseEvent.Kind, CaseEvent.Actor
CaseStatus = ListingCase.Status


class CaseError(Exception):
    """A step was refused; `message` tells the person why, in their language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def is_moderator(user) -> bool:
    """Who may see and decide every case: staff, or holders of ip_complaints.moderate_complaint."""
    return bool(user and user.is_authenticated and user.is_active
                and (user.is_staff or user.has_perm(MODERATE_PERMISSION)))


def is_seller_user(user, enterprise) -> bool:
    return bool(enterprise is not None and user and user.is_authenticated and user.is_active
                and enterprise.users.filter(pk=user.pk).exists())


def _moderator(user):
    if not is_moderator(user):
        raise PermissionDenied


def _text(value, limit=TEXT_MAX):
    return (value or "").strip()[:limit]


# --- filing -------------------------------------------------------------------------------


def new_reference() -> str:
    year = timezone.localdate().year
    while True:
        code = "".join(secrets.choice(REFERENCE_ALPHABET) for _i in range(6))
        reference = f"IP-{year}-{code}"
        if not Complaint.objects.filter(reference=reference).exists():
            return reference


def filings_today(*, email="", address=None) -> tuple[int, int]:
    """Complaints filed in the last 24 hours from this e-mail address and network address."""
    since = timezone.now() - timezone.timedelta(hours=24)
    recent = Complaint.objects.filter(created_at__gte=since)
    by_email = recent.filter(email__iexact=email).count() if email else 0
    by_address = recent.filter(filed_from=address).count() if address else 0
    return by_email, by_address


def file_complaint(*, facts: dict, listings, evidence=(), filed_by=None, filed_from=None,
                   language=""):
    """File a rights holder's complaint; returns (complaint, token of its private link).

    `facts` are the form's cleaned identity and right fields; `listings` pairs of
    (product, the line as written); `evidence` uploaded files already checked.

    Guarantees: a unique reference and a random token (only its hash is kept); each
    listing joins its open listing case or opens one (repeat filings are grouped); the
    evidence is stored privately; the complainant is e-mailed the reference and the
    link; complaint_filed is sent after commit.
    """
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    with transaction.atomic():
        complaint = Complaint.objects.create(
            reference=new_reference(), token_hash=hash_token(token), filed_by=filed_by,
            filed_from=filed_from, language=language or settings.LANGUAGE_CODE,
            created_at=now, decision_due=now + conf.first_decision_period(), **facts)
        products = []
        # Locked in id order so two filings against the same listing group, never race.
        wanted = {product.pk: written for product, written in listings}
        for product in Product.objects.select_for_update(of=("self",)).filter(
                pk__in=wanted).order_by("pk"):
            case = ListingCase.objects.open().filter(product=product).first()
            joined = case is not None
            if case is None:
                sellers = sellers_of(product)
                case = ListingCase.objects.create(
                    product=product, title=product.get_title()[:255],
                    enterprise=sellers[0] if sellers else None, opened_at=now)
            ComplaintListing.objects.create(complaint=complaint, listing_case=case,
                                            as_written=wanted[product.pk][:500])
            if joined:
                _event(Kind.JOINED, Actor.COMPLAINANT, complaint=complaint, listing_case=case,
                       message=complaint.reference)
            products.append(product)
        _store_evidence(evidence, complaint=complaint, party=Evidence.Party.COMPLAINANT)
        event = _event(Kind.FILED, Actor.COMPLAINANT, user=filed_by, complaint=complaint,
                       notify_complainant=True)
        from . import tasks

        transaction.on_commit(partial(tasks.send_event_emails.delay, event.pk, token),
                              robust=True)
        transaction.on_commit(partial(signals.complaint_filed.send, sender=Complaint,
                                      case=complaint, products=products), robust=True)
    return complaint, token


def _store_evidence(files, *, party, complaint=None, listing_case=None):
    for upload in files:
        Evidence.objects.create(
            complaint=complaint, listing_case=listing_case, party=party, file=upload,
            original_name=(upload.name or "file")[-200:], size=upload.size or 0)


def _event(kind, actor, *, user=None, complaint=None, listing_case=None, suspension=None,
           message="", notify_complainant=False, notify_seller=False):
    event = CaseEvent.objects.create(
        kind=kind, actor=actor, user=user, complaint=complaint, listing_case=listing_case,
        suspension=suspension, message=_text(message),
        notify_complainant=notify_complainant, notify_seller=notify_seller)
    if notify_complainant or notify_seller:
        if kind != Kind.FILED:  # the filing's e-mail carries the token: queued by its caller
            from . import tasks

            transaction.on_commit(partial(tasks.send_event_emails.delay, event.pk),
                                  robust=True)
    return event


def _locked_complaint(complaint):
    return Complaint.objects.select_for_update().get(pk=complaint.pk)


def _locked_case(case):
    return ListingCase.objects.select_for_update(of=("self",)).get(pk=case.pk)


# --- the complaint as a whole --------------------------------------------------------------


def request_information(complaint, *, decided_by, message):
    """Ask the complainant for more; they answer through their private link."""
    _moderator(decided_by)
    message = _text(message)
    if not message:
        raise CaseError(_("Say what the complainant must add: they will read it."))
    with transaction.atomic():
        complaint = _locked_complaint(complaint)
        if complaint.status not in (Complaint.Status.NEW, Complaint.Status.INFO_REQUESTED):
            raise CaseError(_("This complaint is already decided."))
        complaint.status = Complaint.Status.INFO_REQUESTED
        complaint.save(update_fields=["status"])
        _event(Kind.INFO_REQUESTED, Actor.MODERATOR, user=decided_by, complaint=complaint,
               message=message, notify_complainant=True)
    return complaint


def reply_to_request(complaint, *, message, evidence=()):
    """The complainant's answer to a request for information, with more evidence.

    Guarantees: accepted only while information is requested; the complaint goes back
    to the queue with a new decision deadline.
    """
    message = _text(message)
    if not message and not evidence:
        raise CaseError(_("Write your answer or attach a file."))
    with transaction.atomic():
        complaint = _locked_complaint(complaint)
        if complaint.status != Complaint.Status.INFO_REQUESTED:
            raise CaseError(_("No information is requested from you on this complaint."))
        complaint.status = Complaint.Status.NEW
        complaint.decision_due = timezone.now() + conf.first_decision_period()
        complaint.save(update_fields=["status", "decision_due"])
        _store_evidence(evidence, complaint=complaint, party=Evidence.Party.COMPLAINANT)
        _event(Kind.REPLIED, Actor.COMPLAINANT, user=complaint.filed_by, complaint=complaint,
               message=message)
    return complaint


def reject_complaint(complaint, *, decided_by, reason):
    """Reject a whole complaint with a reason the complainant reads.

    Guarantees: listings it named whose case has no other undecided complaint are
    closed without action; listings already taken down stay as decided.
    """
    _moderator(decided_by)
    reason = _text(reason, REASON_MAX)
    if not reason:
        raise CaseError(_("Give the reason for rejecting this complaint: the complainant "
                          "will read it."))
    with transaction.atomic():
        complaint = _locked_complaint(complaint)
        if complaint.status not in (Complaint.Status.NEW, Complaint.Status.INFO_REQUESTED):
            raise CaseError(_("This complaint is already decided."))
        complaint.status = Complaint.Status.REJECTED
        complaint.rejection_reason = reason
        complaint.save(update_fields=["status", "rejection_reason"])
        _event(Kind.REJECTED, Actor.MODERATOR, user=decided_by, complaint=complaint,
               message=reason, notify_complainant=True)
        for case in complaint.listing_cases.filter(status=CaseStatus.OPEN):
            others = case.complaints.exclude(pk=complaint.pk).filter(
                status__in=(Complaint.Status.NEW, Complaint.Status.INFO_REQUESTED))
            if not others.exists():
                case = _locked_case(case)
                _close(case, CaseStatus.DISMISSED, reason)
                _event(Kind.DISMISSED, Actor.MODERATOR, user=decided_by, listing_case=case,
                       message=reason)
    return complaint


def _close(case, status, reason=""):
    case.status = status
    case.closed_at = timezone.now()
    if reason:
        case.reason = reason
    case.save(update_fields=["status", "closed_at", "reason"])


def _settle_complaints(case):
    """Complaints whose every listing is decided are decided."""
    for complaint in case.complaints.select_for_update(of=("self",)).filter(
            status__in=(Complaint.Status.NEW, Complaint.Status.INFO_REQUESTED)):
        if not complaint.listing_cases.filter(status=CaseStatus.OPEN).exists():
            complaint.status = Complaint.Status.DECIDED
            complaint.save(update_fields=["status"])


# --- per listing ----------------------------------------------------------------------------


def take_down(case, *, decided_by, reason):
    """Take a listing down: held everywhere at once, seller told, counter-notice period starts.

    Guarantees: the listing leaves catalogue, search, suggestions, storefront, product
    page and open baskets in this transaction (listing_holds.place_hold, whose hold the
    case keeps); the seller is e-mailed the complaint's facts and the counter-notice
    deadline, the complainants the decision.
    """
    _moderator(decided_by)
    reason = _text(reason, REASON_MAX)
    if not reason:
        raise CaseError(_("Give the reason for taking this listing down: the seller will "
                          "read it."))
    with transaction.atomic():
        case = _locked_case(case)
        if case.status != CaseStatus.OPEN:
            raise CaseError(_("This listing is already decided (“%(status)s”).")
                            % {"status": case.get_status_display()})
        references = " ".join(case.complaints.values_list("reference", flat=True))
        case.hold = place_hold(case.product, kind=ListingHold.Kind.IP_TAKEDOWN, reason=reason,
                               placed_by=decided_by, reference=references[:64])
        now = timezone.now()
        case.status = CaseStatus.TAKEN_DOWN
        case.reason = reason
        case.taken_down_at = now
        case.taken_down_by = decided_by
        case.counter_notice_due = now + conf.counter_notice_period()
        case.save(update_fields=["hold", "status", "reason", "taken_down_at", "taken_down_by",
                                 "counter_notice_due"])
        _settle_complaints(case)
        _event(Kind.TAKEN_DOWN, Actor.MODERATOR, user=decided_by, listing_case=case,
               message=reason, notify_complainant=True, notify_seller=True)
    return case


def dismiss_listing(case, *, decided_by, reason):
    """Take no action on one listing of the complaints; the complainants are told why."""
    _moderator(decided_by)
    reason = _text(reason, REASON_MAX)
    if not reason:
        raise CaseError(_("Give the reason for taking no action: the complainant will read "
                          "it."))
    with transaction.atomic():
        case = _locked_case(case)
        if case.status != CaseStatus.OPEN:
            raise CaseError(_("This listing is already decided (“%(status)s”).")
                            % {"status": case.get_status_display()})
        _close(case, CaseStatus.DISMISSED, reason)
        _settle_complaints(case)
        _event(Kind.DISMISSED, Actor.MODERATOR, user=decided_by, listing_case=case,
               message=reason, notify_complainant=True)
    return case


def counter_notice(case, *, user, statement, evidence=()):
    """The seller contests a takedown within the period, with a statement and evidence."""
    statement = _text(statement)
    if not statement:
        raise CaseError(_("Write your counter-notice: why the listing does not infringe."))
    with transaction.atomic():
        case = _locked_case(case)
        if not is_seller_user(user, case.enterprise):
            raise PermissionDenied
        if case.status != CaseStatus.TAKEN_DOWN:
            raise CaseError(_("A counter-notice can only be sent while the listing is taken "
                              "down and not yet decided again."))
        if timezone.now() > case.counter_notice_due:
            raise CaseError(_("The period for a counter-notice ended on %(due)s.")
                            % {"due": timezone.localtime(case.counter_notice_due)
                               .strftime("%Y-%m-%d %H:%M")})
        case.status = CaseStatus.COUNTER_NOTICED
        case.counter_statement = statement
        case.counter_noticed_at = timezone.now()
        case.save(update_fields=["status", "counter_statement", "counter_noticed_at"])
        _store_evidence(evidence, listing_case=case, party=Evidence.Party.SELLER)
        _event(Kind.COUNTER_NOTICED, Actor.SELLER, user=user, listing_case=case,
               message=statement, notify_complainant=True, notify_seller=True)
    return case


def reinstate(case, *, decided_by, reason):
    """Put a taken-down listing back on sale (the hold is lifted); no strike."""
    _moderator(decided_by)
    reason = _text(reason, REASON_MAX)
    if not reason:
        raise CaseError(_("Give the reason for reinstating this listing."))
    with transaction.atomic():
        case = _locked_case(case)
        if case.status not in (CaseStatus.TAKEN_DOWN, CaseStatus.COUNTER_NOTICED):
            raise CaseError(_("Only a listing taken down can be reinstated."))
        lift_hold(case.hold, lifted_by=decided_by, reason=reason)
        _close(case, CaseStatus.REINSTATED, reason)
        _event(Kind.REINSTATED, Actor.MODERATOR, user=decided_by, listing_case=case,
               message=reason, notify_complainant=True, notify_seller=True)
    return case


def keep_down(case, *, decided_by, reason):
    """Uphold a takedown after the counter-notice (or its period): a strike for the seller."""
    _moderator(decided_by)
    reason = _text(reason, REASON_MAX)
    if not reason:
        raise CaseError(_("Give the reason for keeping this listing down: the seller will "
                          "read it."))
    with transaction.atomic():
        case = _locked_case(case)
        lapsed = (case.status == CaseStatus.TAKEN_DOWN
                  and timezone.now() > case.counter_notice_due)
        if case.status != CaseStatus.COUNTER_NOTICED and not lapsed:
            raise CaseError(_("A takedown is upheld after the seller's counter-notice or once "
                              "its period has ended."))
        _close(case, CaseStatus.UPHELD, reason)
        _event(Kind.UPHELD, Actor.MODERATOR, user=decided_by, listing_case=case,
               message=reason, notify_complainant=True, notify_seller=True)
        _record_strike(case, moderator=decided_by)
    return case


def uphold_lapsed_takedowns(now=None) -> int:
    """Takedowns whose counter-notice period ended without one are upheld; returns how many.

    Safe to run twice (Celery beat): each case is locked and checked again.
    """
    now = now or timezone.now()
    upheld = 0
    due = ListingCase.objects.filter(status=CaseStatus.TAKEN_DOWN,
                                     counter_notice_due__lt=now).values_list("pk", flat=True)
    for pk in list(due):
        with transaction.atomic():
            case = ListingCase.objects.select_for_update(of=("self",)).get(pk=pk)
            if case.status != CaseStatus.TAKEN_DOWN or case.counter_notice_due >= now:
                continue
            _close(case, CaseStatus.UPHELD)
            _event(Kind.LAPSED, Actor.SYSTEM, listing_case=case,
                   notify_complainant=True, notify_seller=True)
            _record_strike(case, moderator=case.taken_down_by)
            upheld += 1
    return upheld


# --- strikes, suspension and appeal ---------------------------------------------------------


def counted_strikes(enterprise, now=None):
    now = now or timezone.now()
    return Strike.objects.filter(enterprise=enterprise, voided_at__isnull=True,
                                 recorded_at__gte=now - conf.strike_period())


def _record_strike(case, *, moderator):
    """A strike against the case's seller; the limit within the period suspends them."""
    if case.enterprise_id is None:
        return None  # the platform's own listing: nobody to count it against
    strike = Strike.objects.create(enterprise_id=case.enterprise_id, listing_case=case)
    transaction.on_commit(partial(signals.strike_recorded.send, sender=Strike, case=case,
                                  enterprise=case.enterprise, products=[case.product]),
                          robust=True)
    enterprise = Enterprise.objects.select_for_update().get(pk=case.enterprise_id)
    strikes = list(counted_strikes(enterprise))
    if len(strikes) >= conf.strike_limit() and enterprise.status == Enterprise.Status.APPROVED:
        _suspend(enterprise, strikes, case=case, moderator=moderator)
    return strike


def _suspend(enterprise, strikes, *, case, moderator):
    references = ", ".join(sorted({str(s.listing_case_id) for s in strikes}))
    with translation.override(enterprise.language or settings.LANGUAGE_CODE):
        reason = gettext(
            "%(count)s intellectual-property takedowns upheld within %(days)s days "
            "(listing cases %(cases)s). You may appeal from the IP complaints page of "
            "your dashboard.") % {"count": len(strikes), "days": conf.strike_period().days,
                                  "cases": references}
    sellers_services.suspend_enterprise(enterprise, decided_by=_sellers_actor(moderator),
                                        reason=reason)
    suspension = Suspension.objects.create(enterprise=enterprise)
    Strike.objects.filter(pk__in=[s.pk for s in strikes]).update(suspension=suspension)
    _event(Kind.SUSPENDED, Actor.SYSTEM, user=moderator, listing_case=case,
           suspension=suspension, message=reason, notify_seller=True)
    return suspension


def _sellers_actor(moderator):
    """Who the sellers app records as suspending or reinstating a seller for the strike rule.

    sellers.services only lets reviewers of filings (staff, sellers.review_enterprise)
    suspend. An IP moderator is not given that permission, which would also let them
    approve filings and read business licences; when the moderator behind the decision
    is not such a reviewer, the decision is recorded as the strike rule's own account,
    an account nobody can log in to that holds only that permission. Our own audit
    (CaseEvent) names the moderator either way.
    """
    if moderator is not None and sellers_services.is_reviewer(moderator):
        return moderator
    User = get_user_model()
    actor, created = User.objects.get_or_create(
        username=STRIKE_RULE_USERNAME,
        defaults={"email": "", "is_active": True, "first_name": "IP strike rule"})
    if created:
        actor.set_unusable_password()
        actor.save(update_fields=["password"])
        actor.user_permissions.add(Permission.objects.get(
            content_type__app_label="sellers", codename="review_enterprise"))
        actor = User.objects.get(pk=actor.pk)  # no stale permission cache
    return actor


def appeal_suspension(suspension, *, user, statement):
    """The suspended seller appeals, once, with a statement a moderator reads."""
    statement = _text(statement)
    if not statement:
        raise CaseError(_("Write your appeal: why the suspension should be lifted."))
    with transaction.atomic():
        suspension = Suspension.objects.select_for_update(of=("self",)).select_related(
            "enterprise").get(pk=suspension.pk)
        if not is_seller_user(user, suspension.enterprise):
            raise PermissionDenied
        if suspension.appeal != Suspension.Appeal.NONE:
            raise CaseError(_("This suspension has already been appealed."))
        if suspension.enterprise.status != Enterprise.Status.SUSPENDED:
            raise CaseError(_("This seller is no longer suspended."))
        suspension.appeal = Suspension.Appeal.PENDING
        suspension.appeal_statement = statement
        suspension.appealed_at = timezone.now()
        suspension.appealed_by = user
        suspension.save(update_fields=["appeal", "appeal_statement", "appealed_at",
                                       "appealed_by"])
        _event(Kind.APPEALED, Actor.SELLER, user=user, suspension=suspension,
               message=statement, notify_seller=True)
    return suspension


def decide_appeal(suspension, *, decided_by, grant: bool, reason):
    """Grant (seller reinstated, the strikes behind it struck off) or refuse an appeal."""
    _moderator(decided_by)
    reason = _text(reason, REASON_MAX)
    if not reason:
        raise CaseError(_("Give the reason for this decision: the seller will read it."))
    with transaction.atomic():
        suspension = Suspension.objects.select_for_update(of=("self",)).select_related(
            "enterprise").get(pk=suspension.pk)
        if suspension.appeal != Suspension.Appeal.PENDING:
            raise CaseError(_("This appeal is not awaiting a decision."))
        now = timezone.now()
        if grant:
            sellers_services.reinstate_enterprise(
                suspension.enterprise, decided_by=_sellers_actor(decided_by), reason=reason)
            suspension.strikes.update(voided_at=now)
        suspension.appeal = Suspension.Appeal.GRANTED if grant else Suspension.Appeal.REFUSED
        suspension.appeal_decided_at = now
        suspension.appeal_decided_by = decided_by
        suspension.appeal_reason = reason
        suspension.save(update_fields=["appeal", "appeal_decided_at", "appeal_decided_by",
                                       "appeal_reason"])
        _event(Kind.APPEAL_GRANTED if grant else Kind.APPEAL_REFUSED, Actor.MODERATOR,
               user=decided_by, suspension=suspension, message=reason, notify_seller=True)
    return suspension


# --- e-mail -----------------------------------------------------------------------------------


def _base_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def _seller_addresses(enterprise):
    addresses = {user.email for user in enterprise.users.all() if user.email}
    if enterprise.contact_email:
        addresses.add(enterprise.contact_email)
    return sorted(addresses)


def notify_event(event_id, token=""):
    """E-mail the parties an event concerns, once; returns how many e-mails were sent.

    Guarantees: the event row is locked while sending and marked in the same
    transaction, so a second run sends nothing. Each complainant is written to in the
    language they filed in, the seller in theirs; the seller's e-mail never carries the
    complainant's e-mail address.
    """
    sent = 0
    with transaction.atomic():
        event = CaseEvent.objects.select_for_update(of=("self",)).filter(pk=event_id).first()
        if event is None or event.notified_at is not None:
            return 0
        case = event.listing_case
        if event.notify_complainant:
            complaints = [event.complaint] if event.complaint_id else list(
                case.complaints.exclude(status=Complaint.Status.REJECTED))
            for complaint in complaints:
                link = ""
                if token and event.kind == Kind.FILED:
                    with translation.override(complaint.language):
                        link = _base_url() + reverse(
                            "ip_complaints:track",
                            kwargs={"reference": complaint.reference, "token": token})
                sent += _send(event, complaint.language, [complaint.email], party="complainant",
                              complaint=complaint, link=link)
        if event.notify_seller:
            enterprise = case.enterprise if case is not None else (
                event.suspension.enterprise if event.suspension_id else None)
            if enterprise is not None:
                addresses = _seller_addresses(enterprise)
                if addresses:
                    link = _base_url() + (
                        reverse("ip_complaints_dashboard:seller-case", kwargs={"pk": case.pk})
                        if case is not None else reverse("ip_complaints_dashboard:seller-cases"))
                    sent += _send(event, enterprise.language or settings.LANGUAGE_CODE,
                                  addresses, party="seller", enterprise=enterprise, link=link)
                else:
                    logger.warning("No seller address to tell about IP case event %s", event.pk)
        event.notified_at = timezone.now()
        event.save(update_fields=["notified_at"])
    return sent


def _send(event, language, addresses, *, party, link, complaint=None, enterprise=None):
    case = event.listing_case
    with translation.override(language):
        context = {
            "shop_name": settings.OSCAR_SHOP_NAME, "event": event, "party": party,
            "complaint": complaint, "case": case, "enterprise": enterprise, "link": link,
            "complaints": list(case.complaints.all()) if case is not None else [],
            "counter_notice_days": conf.counter_notice_period().days,
        }
        subject = " ".join(render_to_string("ip_complaints/email/event_subject.txt",
                                            context).split())
        body = render_to_string("ip_complaints/email/event_body.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, addresses)
    return 1
