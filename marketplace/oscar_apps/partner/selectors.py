"""Reads the pricing strategy and the product page need about who may sell.

A seller is an Enterprise (its filing) owning an Oscar Partner (its stock records). Only
the partner of an approved filing sells: a suspended, rejected or not yet approved
enterprise keeps its partner and stock records (for reinstatement, or a corrected
filing), but nothing of it can be bought. A partner no enterprise owns is the platform's
own (created by staff in Oscar's partner dashboard, or the demo makers) and sells, the
same rule the search index follows (product_search.documents.searchable_products).
"""

from django.apps import apps
from django.core.cache import cache
from django.db import transaction
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q

from marketplace.core.chrome import cache_version, invalidate

#: Seconds a process may keep the set: with a cache shared by every worker (Redis) a
#: decision shows at once (its save changes the version); with the embedded profile's
#: per-process memory cache, other workers see it within this time.
WITHDRAWN_TIMEOUT = 60


def _enterprise_model():
    # The sellers app points at the partner app's models; looked up late, not imported.
    return apps.get_model("sellers", "Enterprise")


def withdrawn_partner_ids():
    """Ids of the partners whose enterprise may not sell now, as a frozenset.

    One query when not cached, none otherwise; every save of an enterprise forgets it
    (forget_sellers).
    """
    key = f"sellers:{cache_version('sellers')}:withdrawn-partners"
    ids = cache.get(key)
    if ids is None:
        Enterprise = _enterprise_model()
        ids = frozenset(
            Enterprise.objects.exclude(status=Enterprise.Status.APPROVED)
            .exclude(partner=None).values_list("partner_id", flat=True)
        )
        cache.set(key, ids, WITHDRAWN_TIMEOUT)
    return ids


def forget_sellers(**_signal_kwargs):
    """Signal receiver for enterprise saves: who sells, and every cached listing, are read again.

    A suspension or approval changes what the product pages, cards and basket forms may
    show, so the "listing" version moves with the sellers' one. Forgotten now and again
    once the decision commits, so no request caches the old status in between.
    """
    _forget()
    transaction.on_commit(_forget)


def _forget():
    invalidate("sellers")
    invalidate("listing")


def stocked_by(records):
    """A condition on products: one of `records` (stock records) is the product's own, or,
    for a parent product, one of its variants'.

    Two Exists, one per path, each served by a stock-record index. One Exists over
    `product | product__parent` defeats both indexes: SQLite scans the stock records once
    per product (about 50 s for the home page's featured products on 10,000 products,
    issue 17)."""
    return (Q(Exists(records.filter(product=OuterRef("pk"))))
            | Q(Exists(records.filter(product__parent=OuterRef("pk")))))


def withdrawn_seller_stock():
    """Stock records held by a partner whose enterprise may not sell."""
    StockRecord = apps.get_model("partner", "StockRecord")
    Enterprise = _enterprise_model()
    return StockRecord.objects.filter(partner__enterprise__isnull=False).exclude(
        partner__enterprise__status=Enterprise.Status.APPROVED)


def with_seller_withdrawn(queryset):
    """Products annotated with `seller_withdrawn`, in the same query that reads them."""
    return queryset.annotate(seller_withdrawn=ExpressionWrapper(
        stocked_by(withdrawn_seller_stock()), output_field=BooleanField()))
