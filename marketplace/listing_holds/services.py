"""Placing and lifting holds: one transaction for the listing's state, its basket lines and the log.

Guarantees of place_hold: the listing (and, for a parent, its variants through the
parent rule of the purchase strategy) stops being public and for sale in the same
transaction that records the hold; every open or saved basket loses its lines of it,
each basket keeping a notice for its buyer; the search index and the cached page
chrome forget it once the transaction commits. lift_hold restores the state the
listing had before the first of its active holds only when no other hold remains.
"""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from oscar.core.loading import get_model

from catalog.models import ReviewStatus
from marketplace.core.chrome import forget_listings_on_commit

from .models import BasketNotice, ListingHold

Product = get_model("catalogue", "Product")
Line = get_model("basket", "Line")

#: Oscar's basket states in which a buyer may still check the lines out.
OPEN_BASKET_STATES = ("Open", "Saved")
TEXT_MAX = 2000


def is_held(product) -> bool:
    return product.review_status == ReviewStatus.HELD


def place_hold(product, *, kind, reason, placed_by=None, reference=""):
    """Withdraw `product` from sale; returns the new ListingHold."""
    reason = (reason or "").strip()[:TEXT_MAX]
    with transaction.atomic():
        # Locked so a concurrent hold or lift reads the state this one leaves.
        product = Product.objects.select_for_update(of=("self",)).get(pk=product.pk)
        active = list(ListingHold.objects.active().filter(product=product).order_by("pk"))
        if active:
            status_before, public_before = active[0].status_before, active[0].public_before
        else:
            status_before, public_before = product.review_status, product.is_public
        hold = ListingHold.objects.create(
            product=product, kind=kind, reason=reason, reference=reference[:64],
            placed_by=placed_by, status_before=status_before, public_before=public_before)
        if product.review_status != ReviewStatus.HELD or product.is_public:
            Product.objects.filter(pk=product.pk).update(
                review_status=ReviewStatus.HELD, is_public=False, date_updated=timezone.now())
        _empty_baskets(product, kind)
        _forget(product)
    return hold


def lift_hold(hold, *, lifted_by=None, reason=""):
    """Lift `hold`; True when the listing went back to the state it had before its holds."""
    with transaction.atomic():
        product = Product.objects.select_for_update(of=("self",)).get(pk=hold.product_id)
        hold = ListingHold.objects.select_for_update().get(pk=hold.pk)
        if hold.lifted_at is not None:
            return False
        hold.lifted_at = timezone.now()
        hold.lifted_by = lifted_by
        hold.lift_reason = (reason or "").strip()[:TEXT_MAX]
        hold.save(update_fields=["lifted_at", "lifted_by", "lift_reason"])
        remaining = ListingHold.objects.active().filter(product=product).exists()
        if remaining:
            return False
        Product.objects.filter(pk=product.pk).update(
            review_status=hold.status_before, is_public=hold.public_before,
            date_updated=timezone.now())
        _forget(product)
    return True


def _empty_baskets(product, kind):
    lines = list(Line.objects.filter(basket__status__in=OPEN_BASKET_STATES)
                 .filter(Q(product=product) | Q(product__parent=product))
                 .select_related("product__parent"))
    if not lines:
        return
    BasketNotice.objects.bulk_create(
        BasketNotice(basket_id=line.basket_id, title=line.product.get_title()[:255], kind=kind)
        for line in lines)
    Line.objects.filter(pk__in=[line.pk for line in lines]).delete()


def _forget(product):
    from marketplace.product_search.tasks import queue_index

    forget_listings_on_commit()  # an UPDATE sends no save signal
    queue_index([product.pk, *Product.objects.filter(parent=product).values_list("pk", flat=True)])


def pop_basket_notices(basket):
    """The notices of `basket` not yet shown, removed as they are returned."""
    if not getattr(basket, "pk", None):
        return []
    notices = list(BasketNotice.objects.filter(basket=basket))
    if notices:
        BasketNotice.objects.filter(pk__in=[notice.pk for notice in notices]).delete()
    return notices
