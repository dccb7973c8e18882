"""Listing moderation: screening on every change, the review queue's decisions, telling sellers.

A listing is public only while approved: services here set Product.review_status,
review_reason and is_public together, so Oscar's browsable querysets, the product page
and search (which all follow is_public) never show a pending or refused listing.
"""

import logging
from functools import partial

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from catalog.models import ReviewStatus
from marketplace.core.chrome import forget_listings_on_commit
from marketplace.sellers.models import Enterprise, EnterpriseDecision
from marketplace.sellers.services import is_reviewer as is_filing_reviewer

from . import rules
from .models import ListingDecision

Product = get_model("catalogue", "Product")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
APPROVED, PENDING, REFUSED = ReviewStatus.APPROVED, ReviewStatus.PENDING, ReviewStatus.REFUSED

REVIEW_PERMISSION = "moderation.review_listing"
logger = logging.getLogger(__name__)


class ModerationError(Exception):
    """A decision was refused; `message` tells the reviewer why, in their language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def is_reviewer(user):
    """Who may decide on listings: staff, or holders of moderation.review_listing."""
    return bool(user and user.is_active and (user.is_staff or user.has_perm(REVIEW_PERMISSION)))


# --- screening on every change by a seller -------------------------------------------------


def listing_changed(product, *, user):
    """Call after a seller created or edited `product` (dashboard or import), in its transaction.

    Guarantees: a listing that breaks a rule (prohibited HS code, controlled knife) is
    refused with the reasons, logged as the screening's decision; otherwise it waits for
    review when its seller is not verified, when a person must check something the
    seller did not declare, or when it was refused before; otherwise it is approved.
    Pending and refused listings are not public.
    """
    listings_changed([product], user=user)


def listings_changed(products, *, user):
    """Bulk form of listing_changed for imports: the same outcome in a fixed number of queries.

    The saved rows are screened (what the seller's input became), and the in-memory
    products get the new review fields, so a caller can report them row by row.
    """
    products = [product for product in products if product.pk]
    if not products:
        return
    prohibited = rules.prohibited_prefixes()
    facts, previous = _saved_facts([product.pk for product in products])
    seller_verified = _seller_verification([product.pk for product in products], user)
    outcome = {}  # pk -> (status, reason)
    for product in products:
        if previous[product.pk][0] == ReviewStatus.HELD:
            # Withdrawn by the platform (listing_holds): a seller's edit does not bring it
            # back; the hold's lifting does, with the state it had before.
            outcome[product.pk] = previous[product.pk]
            continue
        listing = facts[product.pk]
        reasons = rules.reasons_for(listing, prohibited)
        if reasons:
            outcome[product.pk] = (REFUSED, "\n".join(str(reason) for reason in reasons))
        elif (not seller_verified.get(product.pk, False) or rules.review_notes(listing)
              or previous[product.pk][0] == REFUSED):
            outcome[product.pk] = (PENDING, "")
        else:
            outcome[product.pk] = (APPROVED, "")
    _store(products, outcome, previous)


def _saved_facts(pks):
    """ListingFacts and the (status, reason) before this change, of saved products, by pk."""
    texts = rules.text_fields()
    rows = Product.objects.filter(pk__in=pks).values(
        "pk", "review_status", "review_reason", "hs_code_id", "hs_code__prohibited",
        "hs_code__prohibited_reason", "product_class__slug", "parent__product_class__slug",
        *texts)
    facts, previous = {}, {}
    for row in rows:
        listing = rules.ListingFacts(
            class_slug=row["product_class__slug"] or row["parent__product_class__slug"] or "",
            hs_code=row["hs_code_id"] or "",
            texts=[row[name] for name in texts if row[name]],
        )
        if row["hs_code__prohibited"]:
            listing.hs_code_prohibited_reason = row["hs_code__prohibited_reason"] or "-"
        facts[row["pk"]] = listing
        previous[row["pk"]] = (row["review_status"], row["review_reason"])
    values = ProductAttributeValue.objects.filter(
        product_id__in=pks, attribute__code__in=rules.KNIFE_ATTRIBUTES,
    ).select_related("attribute", "value_option")
    for value in values:
        listing = facts[value.product_id]
        if listing.class_slug == rules.KNIVES_CLASS:
            listing.attributes[value.attribute.code] = rules.plain_value(value.value)
    return facts, previous


def _seller_verification(pks, user):
    """Whether each product's seller may list without review, by pk.

    The seller is the enterprise whose partner holds the product's stock records; a
    product without any yet belongs to the enterprises of the user who listed it. With
    several, every one must be verified. A product with no seller at all is the
    platform's own only when a reviewer lists it.
    """
    by_product = {}
    for product_id, verified in Enterprise.objects.filter(
        partner__stockrecords__product_id__in=pks,
    ).values_list("partner__stockrecords__product_id", "listings_verified"):
        by_product.setdefault(product_id, []).append(verified)
    # A command-line import runs without a user: only the stock records' seller counts.
    users_enterprises = list(Enterprise.objects.for_user(user).values_list(
        "listings_verified", flat=True)) if user is not None else []
    result = {}
    for pk in pks:
        verified = by_product.get(pk) or users_enterprises
        result[pk] = all(verified) if verified else is_reviewer(user)
    return result


def _store(products, outcome, previous):
    """Write the outcomes with one UPDATE per distinct outcome, and log new refusals."""
    groups = {}
    for product in products:
        status, reason = outcome[product.pk]
        was_status, _was_reason = previous[product.pk]
        if status != APPROVED:
            public = False
        elif was_status != APPROVED:
            public = True  # out of review: public again
        else:
            public = None  # stays approved: the seller's own choice of visibility stands
        groups.setdefault((status, reason, public), []).append(product)
    for (status, reason, public), group in groups.items():
        fields = {"review_status": status, "review_reason": reason}
        if public is not None:
            fields["is_public"] = public
        Product.objects.filter(pk__in=[product.pk for product in group]).update(**fields)
        forget_listings_on_commit()  # an UPDATE sends no save signal
        for product in group:
            for name, value in fields.items():
                setattr(product, name, value)
    ListingDecision.objects.bulk_create(
        ListingDecision(product_id=product.pk, decision=ListingDecision.Decision.REFUSED,
                        reason=outcome[product.pk][1])
        for product in products
        if outcome[product.pk][0] == REFUSED and outcome[product.pk] != previous[product.pk]
    )
    _reindex_after_commit([product.pk for (_s, _r, public), group in groups.items()
                           if public is not None for product in group])


def _reindex_after_commit(pks):
    # The UPDATE in _store sends no save signal; the indexing task takes out the
    # listings that stopped being public.
    from marketplace.product_search.tasks import queue_index

    queue_index(pks)


# --- the reviewer's side ----------------------------------------------------------------


def approve_listing(product, *, decided_by, reason=""):
    """Approve a listing waiting for review: it becomes public.

    Guarantees, in one transaction: only a pending listing is approved; one that breaks
    a rule cannot be (ModerationError with the reasons, nothing changes); the status,
    visibility and decision log change together; the seller is emailed after commit.
    """
    return _decide(product, decided_by=decided_by, decision=ListingDecision.Decision.APPROVED,
                   reason=reason)


def refuse_listing(product, *, decided_by, reason):
    """Refuse a pending or live listing with a reason the seller reads; it stops being public.

    Guarantees: the reason is required; the listing is hidden; logged; the seller is
    emailed the reason after commit. The seller may correct it, and it is reviewed again.
    """
    return _decide(product, decided_by=decided_by, decision=ListingDecision.Decision.REFUSED,
                   reason=reason)


def _decide(product, *, decided_by, decision, reason):
    if not is_reviewer(decided_by):
        raise PermissionDenied
    reason = (reason or "").strip()
    approving = decision == ListingDecision.Decision.APPROVED
    if not approving and not reason:
        raise ModerationError(_("Give the reason for refusing this listing: the seller will "
                                "read it."))
    with transaction.atomic():
        # The row lock makes two reviewers deciding at once decide one after the other.
        product = Product.objects.select_for_update().get(pk=product.pk)
        if approving:
            if product.review_status != PENDING:
                raise ModerationError(_("Only a listing awaiting review can be approved; this "
                                        "one is “%(status)s”.")
                                      % {"status": product.get_review_status_display()})
            broken = rules.refusal_reasons(product)
            if broken:
                raise ModerationError(_("This listing breaks a rule and cannot be approved: "
                                        "%(reasons)s") % {"reasons": " ".join(broken)})
        elif product.review_status == REFUSED:
            raise ModerationError(_("This listing is already refused."))
        product.review_status = APPROVED if approving else REFUSED
        product.review_reason = "" if approving else reason
        product.is_public = approving
        product.save(update_fields=["review_status", "review_reason", "is_public",
                                    "date_updated"])
        logged = ListingDecision.objects.create(product=product, decision=decision,
                                                reason=reason, decided_by=decided_by)
        from . import tasks

        transaction.on_commit(partial(tasks.send_listing_decision_email.delay, logged.pk), robust=True)
    _reindex_after_commit([product.pk])
    return logged


# --- which sellers are trusted -----------------------------------------------------------


def set_listings_verified(enterprise, *, verified, decided_by, reason=""):
    """Let a seller's listings go live without review, or send them to review again.

    Guarantees: only reviewers of filings decide it (they are the ones who know the
    seller); the flag and an entry in the filing's decision log change together; a
    change to the same value changes nothing. Listings already pending stay in the queue.
    """
    if not is_filing_reviewer(decided_by):
        raise PermissionDenied
    with transaction.atomic():
        enterprise = Enterprise.objects.select_for_update().get(pk=enterprise.pk)
        if enterprise.listings_verified == verified:
            return None
        enterprise.listings_verified = verified
        enterprise.save(update_fields=["listings_verified", "updated_at"])
        Decision = EnterpriseDecision.Decision
        # No email: this is the platform's internal trust setting, not a filing decision.
        return EnterpriseDecision.objects.create(
            enterprise=enterprise, decided_by=decided_by,
            decision=Decision.LISTINGS_VERIFIED if verified else Decision.LISTINGS_REVIEWED,
            reason=(reason or "").strip(), notified_at=timezone.now(),
        )


# --- telling the seller -----------------------------------------------------------------


def sellers_of(product_id):
    """The enterprises whose partners hold stock records of the product."""
    return Enterprise.objects.filter(
        partner__stockrecords__product_id=product_id).select_related("applicant").distinct()


def notify_seller(decision_id):
    """Email the seller about one decision on a listing, once; returns whether one was sent.

    Guarantees: the decision row is locked while the email is sent and marked as
    notified in the same transaction, so a second run (a retry, a message delivered
    twice) sends nothing. The email is in the language the seller filed in.
    """
    with transaction.atomic():
        decision = ListingDecision.objects.select_for_update().filter(pk=decision_id).first()
        if decision is None or decision.notified_at is not None:
            return False
        product = Product.objects.get(pk=decision.product_id)
        recipients = {}
        for enterprise in sellers_of(product.pk):
            address = (enterprise.applicant.email if enterprise.applicant else "") or (
                enterprise.contact_email)
            if address:
                recipients.setdefault(enterprise.language or settings.LANGUAGE_CODE,
                                      []).append(address)
        if not recipients:
            logger.warning("No seller address to tell about listing decision %s", decision.pk)
            return False
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        for language, addresses in recipients.items():
            with translation.override(language):
                context = {
                    "shop_name": settings.OSCAR_SHOP_NAME,
                    "product": product,
                    "decision": decision,
                    "listing_url": base_url + reverse("dashboard:catalogue-product",
                                                      kwargs={"pk": product.pk}),
                }
                subject = " ".join(render_to_string(
                    "moderation/email/decision_subject.txt", context).split())
                body = render_to_string("moderation/email/decision_body.txt", context)
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, addresses)
        decision.notified_at = timezone.now()
        decision.save(update_fields=["notified_at"])
    return True
