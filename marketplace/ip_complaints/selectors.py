"""Reads of the IP complaints app: the moderation queue, a party's cases, strikes per seller."""

from datetime import datetime

from django.conf import settings
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from .models import CaseEvent, Complaint, ComplaintListing, ListingCase, Strike, Suspension


def strikes(enterprise_ids=None, since: datetime | None = None) -> dict[int, int]:
    """Upheld strikes per enterprise id (struck-off ones not counted), for the seller rating.

    `enterprise_ids` limits the answer to those sellers (missing ones have none);
    `since` counts only strikes recorded from then on.
    """
    rows = Strike.objects.filter(voided_at__isnull=True)
    if enterprise_ids is not None:
        rows = rows.filter(enterprise_id__in=list(enterprise_ids))
    if since is not None:
        rows = rows.filter(recorded_at__gte=since)
    return dict(rows.values("enterprise_id").annotate(n=Count("pk")).values_list(
        "enterprise_id", "n").order_by())


def queue(*, status="", ip_type="", overdue=False, text="") -> QuerySet:
    """Complaints for the moderators, the most urgent (earliest deadline) first."""
    complaints = Complaint.objects.prefetch_related(
        Prefetch("links", queryset=ComplaintListing.objects.select_related(
            "listing_case__enterprise")))
    if status:
        complaints = complaints.filter(status=status)
    if ip_type:
        complaints = complaints.filter(ip_type=ip_type)
    if overdue:
        complaints = complaints.filter(status=Complaint.Status.NEW,
                                       decision_due__lt=timezone.now())
    if text:
        complaints = complaints.filter(text_query(text)).distinct()
    return complaints.order_by("decision_due", "pk")


def text_query(text: str) -> Q:
    query = (Q(reference__icontains=text) | Q(complainant_name__icontains=text)
             | Q(organisation__icontains=text) | Q(email__icontains=text)
             | Q(listing_cases__title__icontains=text)
             | Q(registration_number__icontains=text))
    for language in settings.MODELTRANSLATION_LANGUAGES:
        field = build_localized_fieldname("title", language)
        query |= Q(**{f"listing_cases__product__{field}__icontains": text})
    if text.isdigit():
        query |= Q(listing_cases__product_id=int(text))
    return query


def events_of_complaint(complaint, *, for_moderator=False) -> QuerySet:
    """The complaint's own steps and those of the listings it names, oldest first.

    The complainant does not see that other rights holders' complaints joined a listing
    (those are other parties' cases); moderators do.
    """
    events = CaseEvent.objects.filter(
        Q(complaint=complaint) | Q(listing_case__in=complaint.listing_cases.all()))
    if not for_moderator:
        events = events.exclude(Q(kind=CaseEvent.Kind.JOINED) & ~Q(complaint=complaint))
    return events.select_related("user", "listing_case", "complaint").order_by(
        "created_at", "pk")


def events_for_seller(case) -> QuerySet:
    """What the seller sees of a listing case: its own steps, not the complaints' exchanges."""
    return CaseEvent.objects.filter(listing_case=case).exclude(
        kind=CaseEvent.Kind.JOINED).order_by("created_at", "pk")


def seller_cases(user) -> QuerySet:
    """Listing cases against the enterprises `user` works for (taken down or decided after)."""
    return ListingCase.objects.filter(
        enterprise__users=user, taken_down_at__isnull=False,
    ).select_related("enterprise", "product").order_by("-taken_down_at", "-pk")


def seller_suspensions(user) -> QuerySet:
    return Suspension.objects.filter(enterprise__users=user).select_related("enterprise")
