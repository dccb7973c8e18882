"""Reading what the formula needs, for many sellers at once (a handful of queries in all).

Other apps that feed the rating are read through their public selectors, imported when
used: the returns app (dispute_counts) and the IP complaints app (strikes) may not be
there yet, and then their component counts as "no data" (full marks, shown as such).
"""

import logging
from datetime import datetime, timedelta
from importlib import import_module

from django.db.models import Count, Sum
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.order_lifecycle import statuses
from marketplace.sellers.models import Enterprise

from . import conf
from .formula import RatingInputs
from .models import SellerReview

logger = logging.getLogger(__name__)

Line = get_model("order", "Line")
OrderStatusChange = get_model("order", "OrderStatusChange")

#: Under SQLite's limit on query parameters.
_CHUNK = 900
#: Statuses that mean the money arrived (the promise runs from the first of them).
PAID_STATUSES = (statuses.DEPOSIT_PAID, statuses.PAID, statuses.IN_PRODUCTION)
#: Statuses that mean the goods left (the first of them is the shipment).
SHIPPED_STATUSES = (statuses.SHIPPED, statuses.DELIVERED, statuses.COMPLETED)
#: An order in one of these without a shipment is not counted (nothing was owed).
ENDED_UNSHIPPED = (statuses.CANCELLED, statuses.REFUNDED)


def _chunks(values):
    values = list(values)
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def rated_enterprises(enterprise_ids=None):
    """{enterprise id: row} of the enterprises that have a partner (an approved filing once)."""
    rows = Enterprise.objects.filter(partner__isnull=False)
    if enterprise_ids is not None:
        rows = rows.filter(pk__in=list(enterprise_ids))
    return {row["pk"]: row for row in rows.values(
        "pk", "partner_id", "status", "customs_code", "listings_verified")}


def gather(enterprise_ids=None, *, now: datetime | None = None) -> dict[int, RatingInputs]:
    """RatingInputs of every rated enterprise (or of those among `enterprise_ids`)."""
    now = now or timezone.now()
    since = now - timedelta(days=conf.window_days())
    enterprises = rated_enterprises(enterprise_ids)
    found = {pk: RatingInputs() for pk in enterprises}
    if not found:
        return found
    ids = list(found)
    _add_shipping(found, enterprises, since, now)
    _add_disputes(found, ids, since)
    _add_strikes(found, ids, since)
    _add_reviews(found, ids, since)
    _add_verification(found, enterprises)
    return found


# --- on-time shipping ------------------------------------------------------------------


def _add_shipping(found, enterprises, since, now):
    by_partner = {row["partner_id"]: pk for pk, row in enterprises.items()}
    # (order, partner) -> [date placed, status, longest lead time of its lines]
    orders = {}
    default_lead = conf.default_lead_days()
    for chunk in _chunks(by_partner):
        for row in Line.objects.filter(partner_id__in=chunk, order__date_placed__gte=since).values(
                "order_id", "partner_id", "order__date_placed", "order__status",
                "product__lead_time_days", "product__parent__lead_time_days"):
            lead = row["product__lead_time_days"]
            if lead is None:
                lead = row["product__parent__lead_time_days"]
            if lead is None:
                lead = default_lead
            key = (row["order_id"], row["partner_id"])
            entry = orders.setdefault(key, [row["order__date_placed"], row["order__status"], 0])
            entry[2] = max(entry[2], lead)
    if not orders:
        return
    paid_at, shipped_at = {}, {}
    order_ids = {order_id for order_id, _partner in orders}
    for chunk in _chunks(order_ids):
        for order_id, status, when in OrderStatusChange.objects.filter(
                order_id__in=chunk, new_status__in=PAID_STATUSES + SHIPPED_STATUSES).values_list(
                "order_id", "new_status", "date_created"):
            table = paid_at if status in PAID_STATUSES else shipped_at
            if order_id not in table or when < table[order_id]:
                table[order_id] = when
    today = timezone.localdate(now)
    handling = conf.handling_days()
    for (order_id, partner_id), (placed, status, lead) in orders.items():
        due, on_time = order_shipping(
            placed=placed, status=status, lead_days=lead, handling_days=handling,
            paid_at=paid_at.get(order_id), shipped_at=shipped_at.get(order_id), today=today)
        if due:
            inputs = found[by_partner[partner_id]]
            inputs.orders_due += 1
            inputs.orders_on_time += int(on_time)


def order_shipping(*, placed, status, lead_days, handling_days, paid_at, shipped_at, today):
    """(due, on time) of one order: whether it counts, and whether it shipped in time.

    The promise runs from the first payment (the placing, for an order recorded as paid
    without a status change): its date + lead days + handling days. A shipped order is due
    and on time if it left on or before that date; an unshipped one is due (and late) once
    the date has passed; an order never paid, or cancelled or refunded before shipping, is
    not counted.
    """
    start = paid_at
    if start is None and shipped_at is None:
        if status in statuses.UNPAID or status in ENDED_UNSHIPPED:
            return False, False
        start = placed
    start = start or placed
    promised = timezone.localdate(start) + timedelta(days=lead_days + handling_days)
    if shipped_at is not None:
        return True, timezone.localdate(shipped_at) <= promised
    if status in ENDED_UNSHIPPED:
        return False, False
    return today > promised, False


# --- other apps ------------------------------------------------------------------------


def _optional(module, name):
    """A function of another app's selectors, or None while that app does not provide it."""
    try:
        return getattr(import_module(module), name)
    except (ImportError, AttributeError):
        return None


def _add_disputes(found, ids, since):
    dispute_counts = _optional("marketplace.returns.selectors", "dispute_counts")
    if dispute_counts is None:
        return
    counts = dispute_counts(enterprise_ids=ids, since=since) or {}
    for pk, inputs in found.items():
        row = counts.get(pk) or {}
        inputs.disputes_opened = int(row.get("opened", 0) or 0)
        inputs.disputes_lost = int(row.get("decided_for_buyer", 0) or 0)


def _add_strikes(found, ids, since):
    strikes = _optional("marketplace.ip_complaints.selectors", "strikes")
    if strikes is None:
        return
    counts = strikes(enterprise_ids=ids, since=since) or {}
    for pk, inputs in found.items():
        inputs.strikes = int(counts.get(pk, 0) or 0)


# --- reviews and verification ------------------------------------------------------------


def _add_reviews(found, ids, since):
    for chunk in _chunks(ids):
        for row in SellerReview.objects.filter(enterprise_id__in=chunk, created_at__gte=since).values(
                "enterprise_id").annotate(count=Count("pk"), stars=Sum("stars")).order_by():
            inputs = found[row["enterprise_id"]]
            inputs.review_count, inputs.review_stars = row["count"], row["stars"] or 0


def _add_verification(found, enterprises):
    inspected = _inspection_filed(list(enterprises))
    for pk, row in enterprises.items():
        found[pk].verification = {
            "approved_filing": row["status"] == Enterprise.Status.APPROVED,
            "customs_code": bool(row["customs_code"]),
            "listings_verified": bool(row["listings_verified"]),
            "inspection_filing": pk in inspected,
        }


def _inspection_filed(ids):
    """Enterprises with an accepted inspection filing in force (the inspection app, if there)."""
    try:
        from marketplace.inspection.models import EnterpriseFiling
    except ImportError:
        return set()
    found = set()
    for chunk in _chunks(ids):
        found |= set(EnterpriseFiling.objects.accepted().filter(enterprise_id__in=chunk)
                     .values_list("enterprise_id", flat=True))
    return found

