"""What changes ratings: recomputing them, and a buyer reviewing the seller of an order.

Ratings are recomputed in bulk every night (tasks.recompute_all_ratings) and for one
seller shortly after an event that moves one of its inputs (schedule_recompute,
debounced per seller). A change of score or grade reindexes the seller's products (the
search filters and sorts by rating) and forgets the cached badges and result pages.
"""

import logging
from datetime import datetime
from functools import partial

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.core.chrome import invalidate, invalidate_listing
from marketplace.order_lifecycle import statuses
from marketplace.order_lifecycle.rules import order_seller

from . import conf, formula, inputs
from .grades import GRADES
from .models import SellerRating, SellerReview
from .selectors import TABLE_CACHE_KIND

logger = logging.getLogger(__name__)

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")



class ReviewRefused(Exception):
    """A review was refused; `message` tells the buyer why, in their language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


# --- recomputing ---------------------------------------------------------------------------


def recompute_ratings(enterprise_ids=None, *, now: datetime | None = None) -> dict[int, SellerRating]:
    """Computes and stores the rating of every rated seller (or of those among `enterprise_ids`).

    Guarantees: one SellerRating per enterprise that has a partner, with its score, grade,
    breakdown and computed_at, written in one transaction; sellers whose score or grade
    changed have their products queued for reindexing after commit, and the cached badges
    and listing pages are forgotten. Safe to run twice: the same inputs give the same row.
    """
    now = now or timezone.now()
    gathered = inputs.gather(enterprise_ids, now=now)
    rescored, shown_differently = [], False
    stored = {}
    with transaction.atomic():
        before = {row.pk: row for row in SellerRating.objects.select_for_update().filter(
            pk__in=list(gathered))}
        for pk, seller_inputs in gathered.items():
            result = formula.compute(seller_inputs)
            breakdown = result.as_breakdown()
            rating = before.get(pk) or SellerRating(enterprise_id=pk)
            if _indexed(rating.score, rating.grade) != _indexed(result.score, result.grade):
                rescored.append(pk)
            elif ((rating.score, rating.grade) != (result.score, result.grade)
                  or rating.breakdown != breakdown):
                shown_differently = True  # the badges show the grade and the points
            rating.score, rating.grade = result.score, result.grade
            rating.breakdown, rating.computed_at = breakdown, now
            rating.save()
            stored[pk] = rating
        if rescored:
            _reindex_products(rescored)
        if rescored or shown_differently:
            transaction.on_commit(forget_cached_ratings)
    return stored


def _indexed(score, grade):
    """What the search documents hold of a rating (documents._seller_ratings): nothing for
    a new or unrated seller."""
    return (score, grade) if grade in GRADES else (None, "")


def _reindex_products(enterprise_ids):
    from marketplace.product_search.tasks import queue_index

    product_ids = set(StockRecord.objects.filter(partner__enterprise__in=enterprise_ids)
                      .values_list("product_id", flat=True))
    if product_ids:
        # Variants are indexed through their parent (queue_index's rule).
        queue_index(product_ids)


def forget_cached_ratings():
    """Forget the badge table (cached whole) and the listings whose cached result lists
    hold badges: after a commit that changed what a badge shows."""
    invalidate(TABLE_CACHE_KIND)
    invalidate_listing()


def schedule_recompute(enterprise_id: int | None) -> None:
    """Recomputes one seller's rating after the current transaction commits, once per
    conf.debounce_seconds however many events arrive (the task clears the mark as it
    starts, so an event during the computation is not lost)."""
    if not enterprise_id:
        return
    transaction.on_commit(partial(_send_recompute, int(enterprise_id)), robust=True)


def _send_recompute(enterprise_id: int) -> None:
    from . import tasks

    delay = conf.debounce_seconds()
    if cache.add(pending_key(enterprise_id), 1, timeout=max(delay * 2, 1)):
        try:
            tasks.recompute_seller_rating.apply_async(args=[enterprise_id], countdown=delay)
        except Exception:  # noqa: BLE001  (any broker failure: the event must not fail)
            # The broker is down: the event that asked (a shipment, a review) has committed
            # and must not fail for it; the nightly recompute_all brings the rating up to
            # date, and the next event may try again at once.
            cache.delete(pending_key(enterprise_id))
            logger.warning("Seller rating of enterprise %s not recomputed now (broker "
                           "unreachable); the nightly run will.", enterprise_id, exc_info=True)


def pending_key(enterprise_id: int) -> str:
    return f"seller-rating:pending:{enterprise_id}"


def recompute_one(enterprise_id: int) -> SellerRating | None:
    """What the debounced task runs: clears the pending mark, then recomputes."""
    cache.delete(pending_key(enterprise_id))
    return recompute_ratings([enterprise_id]).get(enterprise_id)


# --- reviews --------------------------------------------------------------------------------


def review_refusal(order, user):
    """Why `user` may not review the seller of `order` (a message), or None if they may.

    Only the order's buyer, only once the order is completed, once per order and seller.
    """
    if user is None or not user.is_authenticated or order.user_id != user.pk:
        return _("Only the buyer of this order can review its seller.")
    if order.status != statuses.COMPLETED:
        return _("You can review the seller once the order is completed.")
    enterprise = order_enterprise(order)
    if enterprise is None:
        return _("This order has no single seller to review.")
    if SellerReview.objects.filter(order=order, enterprise=enterprise).exists():
        return _("You have already reviewed the seller of this order.")
    return None


def order_enterprise(order):
    """The enterprise (seller) whose lines the order holds, or None."""
    partner = order_seller(order)
    if partner is None:
        return None
    return getattr(partner, "enterprise", None)


def submit_review(order, *, user, stars: int, comment: str = "") -> SellerReview:
    """`user` reviews the seller of `order`.

    Guarantees: only the order's buyer, once the order is completed, and once per order
    and seller (ReviewRefused otherwise, nothing saved; two submissions at once make one
    review); stars 1-5 and a comment of at most 1,000 characters, stored as plain text
    (ValidationError otherwise). The seller's rating is recomputed after commit.
    """
    with transaction.atomic():
        order = Order.objects.select_for_update(of=("self",)).get(pk=order.pk)
        refusal = review_refusal(order, user)
        if refusal is not None:
            raise ReviewRefused(refusal)
        review = SellerReview(order=order, enterprise=order_enterprise(order), author=user,
                              stars=stars, comment=comment or "")
        review.full_clean(exclude=["order", "enterprise", "author"])
        try:
            with transaction.atomic():
                review.save()
        except IntegrityError:
            raise ReviewRefused(_("You have already reviewed the seller of this order.")) from None
    return review

