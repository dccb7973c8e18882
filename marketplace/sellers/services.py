"""What happens to a manufacturer's filing: saved, submitted, decided on, announced.

Every function here is one use case and runs in one transaction. A use case that is
not allowed (approving twice, rejecting without a reason, editing a filing under
review) raises FilingError with a message for the person who tried, and changes
nothing. Emails leave only after the change is committed, through tasks.py.
"""

import logging
from functools import partial

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.roles.definitions import SELLERS

from .models import Enterprise, EnterpriseDecision, EnterpriseDocument

Partner = get_model("partner", "Partner")
Status = Enterprise.Status
Decision = EnterpriseDecision.Decision

logger = logging.getLogger(__name__)

REVIEW_PERMISSION = "sellers.review_enterprise"
# Paths under /sellers/ that a storefront slug must not take.
RESERVED_SLUGS = frozenset({"apply", "application", "documents"})


class FilingError(Exception):
    """A use case was refused; `message` tells the user why, in their language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def is_reviewer(user):
    """Who may decide on filings: staff, or holders of sellers.review_enterprise."""
    return bool(user and user.is_active and (user.is_staff or user.has_perm(REVIEW_PERMISSION)))


# --- the applicant's side ------------------------------------------------------------


def current_filing(user):
    """The filing `user` works on (their most recent one), or None."""
    return Enterprise.objects.for_user(user).order_by("-created_at").first()


def save_filing(*, applicant, form, documents, language=""):
    """Save `applicant`'s filing from a valid EnterpriseForm and its document formset.

    Guarantees: the enterprise, its clusters and its documents are saved together or
    not at all. A new filing is a draft, gets a unique slug and has the applicant as
    its first user. A filing under review or decided on cannot be changed
    (FilingError). A USCC registered by someone else in the meantime is reported as
    the form's own "already registered" error (ValidationError on "uscc").
    """
    enterprise = form.instance
    creating = enterprise.pk is None
    try:
        with transaction.atomic():
            if not creating:
                stored = Enterprise.objects.select_for_update().filter(pk=enterprise.pk)
                if stored.values_list("status", flat=True).first() not in (
                    Enterprise.EDITABLE_STATUSES
                ):
                    raise FilingError(_("This filing is being reviewed or has been decided "
                                        "on, so it can no longer be changed."))
            enterprise = form.save(commit=False)
            if creating:
                enterprise.status = Status.DRAFT
                enterprise.applicant = applicant
                enterprise.slug = _free_slug(enterprise.name_en)
            if language:
                enterprise.language = language
            enterprise.save()
            form.save_m2m()
            if creating:
                enterprise.users.add(applicant)
            documents.instance = enterprise
            documents.save()
    except IntegrityError:
        taken = Enterprise.objects.filter(uscc=enterprise.uscc)
        if creating:
            enterprise.pk = None
        if taken.exclude(pk=enterprise.pk).exists():
            raise ValidationError(
                {"uscc": Enterprise._meta.get_field("uscc").error_messages["unique"]}
            ) from None
        raise
    return enterprise


def submit_filing(enterprise, *, user):
    """Send a draft, or a rejected filing that has been corrected, to the reviewers.

    Guarantees: only a user of the enterprise submits it; a filing without a business
    licence is refused (it stays a draft); status and submission time change together.
    """
    with transaction.atomic():
        enterprise = Enterprise.objects.select_for_update().get(pk=enterprise.pk)
        if not enterprise.users.filter(pk=user.pk).exists():
            raise PermissionDenied
        if not enterprise.is_editable:
            raise FilingError(_("This filing has already been submitted."))
        licences = enterprise.documents.filter(kind=EnterpriseDocument.Kind.BUSINESS_LICENCE)
        if not licences.exists():
            raise FilingError(_("Saved as a draft. Add a scan of your business licence "
                                "(营业执照), then submit."))
        enterprise.status = Status.SUBMITTED
        enterprise.submitted_at = timezone.now()
        enterprise.save(update_fields=["status", "submitted_at", "updated_at"])
    return enterprise


# --- the reviewer's side ----------------------------------------------------------------


def approve_enterprise(enterprise, *, decided_by, reason=""):
    """Approve a submitted filing: the enterprise becomes a seller.

    Guarantees, all in one transaction: the enterprise has an Oscar Partner (the one
    linked to it beforehand, else a new one named after `name_en` with a code made
    from the slug); every user of the enterprise is a user of that partner and a
    member of the Sellers group; the status is approved; the decision is logged. The
    applicant is emailed after commit. Anything but a submitted filing is refused and
    nothing changes.
    """
    return _decide(
        enterprise, decided_by=decided_by, decision=Decision.APPROVED, reason=reason,
        allowed_from=(Status.SUBMITTED,), new_status=Status.APPROVED,
        refusal=_("Only a submitted filing can be approved or rejected; this one is "
                  "“%(status)s”."),
    )


def reject_enterprise(enterprise, *, decided_by, reason):
    """Reject a submitted filing with a reason the applicant reads.

    Guarantees: the reason is required; the status becomes rejected (the applicant may
    correct the filing and submit again); the decision is logged; the applicant is
    emailed the reason after commit. Anything but a submitted filing is refused.
    """
    return _decide(
        enterprise, decided_by=decided_by, decision=Decision.REJECTED, reason=reason,
        allowed_from=(Status.SUBMITTED,), new_status=Status.REJECTED,
        refusal=_("Only a submitted filing can be approved or rejected; this one is "
                  "“%(status)s”."),
    )


def suspend_enterprise(enterprise, *, decided_by, reason):
    """Take an approved seller off the platform, with a reason.

    Guarantees: the storefront disappears; the enterprise's users leave the Sellers
    group (so lose the seller dashboard) unless another approved enterprise keeps them
    in it; partner and products are kept for reinstatement; logged and emailed.
    """
    return _decide(
        enterprise, decided_by=decided_by, decision=Decision.SUSPENDED, reason=reason,
        allowed_from=(Status.APPROVED,), new_status=Status.SUSPENDED,
        refusal=_("Only an approved seller can be suspended; this one is “%(status)s”."),
    )


def reinstate_enterprise(enterprise, *, decided_by, reason=""):
    """Bring a suspended seller back: the same access as on approval, logged and emailed."""
    return _decide(
        enterprise, decided_by=decided_by, decision=Decision.REINSTATED, reason=reason,
        allowed_from=(Status.SUSPENDED,), new_status=Status.APPROVED,
        refusal=_("Only a suspended seller can be reinstated; this one is “%(status)s”."),
    )


def _decide(enterprise, *, decided_by, decision, reason, allowed_from, new_status, refusal):
    if not is_reviewer(decided_by):
        raise PermissionDenied
    reason = (reason or "").strip()
    if decision in EnterpriseDecision.REASON_REQUIRED and not reason:
        raise FilingError(_("Give the reason for this decision: the applicant will read it."))
    with transaction.atomic():
        # The row lock makes two reviewers clicking at once decide one after the other.
        enterprise = Enterprise.objects.select_for_update().get(pk=enterprise.pk)
        if enterprise.status not in allowed_from:
            raise FilingError(refusal % {"status": enterprise.get_status_display()})
        if new_status == Status.APPROVED:
            _grant_seller_access(enterprise)
        else:
            _revoke_seller_access(enterprise)
        enterprise.status = new_status
        enterprise.save(update_fields=["status", "partner", "updated_at"])
        logged = EnterpriseDecision.objects.create(
            enterprise=enterprise, decided_by=decided_by, decision=decision, reason=reason
        )
        from . import tasks

        transaction.on_commit(partial(tasks.send_decision_email.delay, logged.pk), robust=True)
    return logged


def _grant_seller_access(enterprise):
    if enterprise.partner_id is None:
        enterprise.partner = Partner.objects.create(
            name=enterprise.name_en[:128], code=_free_partner_code(enterprise.slug)
        )
    users = list(enterprise.users.all())
    enterprise.partner.users.add(*users)
    Group.objects.get(name=SELLERS).user_set.add(*users)


def _revoke_seller_access(enterprise):
    if enterprise.status != Status.APPROVED:
        return  # a submitted filing being rejected never had access
    still_sellers = (
        Enterprise.objects.approved().exclude(pk=enterprise.pk)
        .filter(users__isnull=False).values("users")  # a NULL would empty the NOT IN below
    )
    leaving = enterprise.users.exclude(pk__in=still_sellers)
    Group.objects.get(name=SELLERS).user_set.remove(*leaving)


def _free_slug(name):
    base = (slugify(name) or "enterprise")[:120]
    return _first_free(base, lambda slug: slug in RESERVED_SLUGS
                       or Enterprise.objects.filter(slug=slug).exists())


def _free_partner_code(slug):
    return _first_free(slug[:120], lambda code: Partner.objects.filter(code=code).exists())


def _first_free(base, taken):
    candidate, number = base, 2
    while taken(candidate):
        candidate, number = f"{base}-{number}", number + 1
    return candidate


# --- telling the applicant ------------------------------------------------------------


def notify_applicant(decision_id):
    """Email the applicant about one decision, once; returns whether an email was sent.

    Guarantees: the decision row is locked while the email is sent and marked as
    notified in the same transaction, so running this twice (a retry, a message
    delivered twice) sends one email. If sending fails nothing is marked and the
    caller's retry sends it later. The email is in the language of the filing.
    """
    with transaction.atomic():
        decision = EnterpriseDecision.objects.select_for_update().filter(pk=decision_id).first()
        if decision is None or decision.notified_at is not None:
            return False
        enterprise = Enterprise.objects.select_related("applicant").get(pk=decision.enterprise_id)
        recipient = (enterprise.applicant.email if enterprise.applicant else "") or (
            enterprise.contact_email)
        if not recipient:
            logger.warning("No address to tell enterprise %s about decision %s",
                           enterprise.pk, decision.pk)
            return False
        with translation.override(enterprise.language or settings.LANGUAGE_CODE):
            context = {
                "shop_name": settings.OSCAR_SHOP_NAME,
                "enterprise": enterprise,
                "decision": decision,
                "status_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                + reverse("sellers:application"),
                "storefront_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                + enterprise.get_absolute_url(),
            }
            subject = " ".join(
                render_to_string("sellers/email/decision_subject.txt", context).split())
            body = render_to_string("sellers/email/decision_body.txt", context)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient])
        decision.notified_at = timezone.now()
        decision.save(update_fields=["notified_at"])
    return True
