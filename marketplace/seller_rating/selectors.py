"""Reads of ratings: the table badges print from, one seller's rating and reviews, the
products' sellers for the search documents.

Badges are on every product card, so they read one table of every seller's rating,
kept whole in Django's cache (forgotten when ratings change, services) and read once
per request: a results page pays no query per card, one at most when the cache is cold.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Q, QuerySet
from oscar.core.loading import get_model

from marketplace.core.chrome import cached_under

from .formula import COMPONENTS
from .models import SellerRating, SellerReview

StockRecord = get_model("partner", "StockRecord")

TABLE_TIMEOUT = 3600
PRODUCT_SELLER_TIMEOUT = 600
#: The cache kind of the badge table (services.forget_cached_ratings bumps it).
TABLE_CACHE_KIND = "seller-rating"


@dataclass(frozen=True)
class ComponentPoints:
    key: str
    points: str  # "28.0"
    weight: int

    @property
    def label(self):
        return COMPONENTS.get(self.key, self.key)


@dataclass(frozen=True)
class BadgeRating:
    """What a badge shows of a seller's rating."""

    enterprise_id: int
    partner_id: int | None
    slug: str
    score: int | None
    grade: str
    components: tuple

    @property
    def is_new(self) -> bool:
        return self.score is None


def _components(breakdown) -> tuple:
    found = []
    for key, part in (breakdown or {}).get("components", {}).items():
        try:
            points = f"{float(part.get('points', 0)):.1f}"
        except (TypeError, ValueError):
            points = "0.0"
        found.append(ComponentPoints(key, points, int(part.get("weight", 0) or 0)))
    return tuple(found)


def _build_table() -> dict:
    by_partner, by_enterprise = {}, {}
    rows = SellerRating.objects.filter(enterprise__status="approved").values_list(
        "enterprise_id", "enterprise__partner_id", "enterprise__slug", "score", "grade",
        "breakdown")
    for enterprise_id, partner_id, slug, score, grade, breakdown in rows:
        badge = BadgeRating(enterprise_id, partner_id, slug, score, grade, _components(breakdown))
        by_enterprise[enterprise_id] = badge
        if partner_id is not None:
            by_partner[partner_id] = badge
    return {"by_partner": by_partner, "by_enterprise": by_enterprise}


def rating_table() -> dict:
    """{"by_partner": {partner id: BadgeRating}, "by_enterprise": {...}} of approved sellers,
    read from the cache once per request (cached_under); the `request` the readers below
    accept is no longer needed for that."""
    return cached_under(TABLE_CACHE_KIND, "table", _build_table, timeout=TABLE_TIMEOUT)


def product_partner_id(product, *, remember=False) -> int | None:
    """The partner (seller) of a product card: from its prefetched stock records when the
    page fetched them, else from the cache, else one query (then cached).

    `remember`: what the prefetched records say is cached too, for a page that prefetches
    only when its own cache is cold (the product page, whose body is cached).
    """
    if product is None or product.pk is None:
        return None
    key = f"{TABLE_CACHE_KIND}:product-partner:{product.pk}"
    prefetched = getattr(product, "_prefetched_objects_cache", {}).get("stockrecords")
    if prefetched is not None and len(prefetched):
        if remember:
            cache.set(key, prefetched[0].partner_id, PRODUCT_SELLER_TIMEOUT)
        return prefetched[0].partner_id
    partner_id = cache.get(key)
    if partner_id is None:
        partner_id = (StockRecord.objects.filter(Q(product_id=product.pk)
                                                 | Q(product__parent_id=product.pk))
                      .order_by("pk").values_list("partner_id", flat=True).first()) or 0
        cache.set(key, partner_id, PRODUCT_SELLER_TIMEOUT)
    return partner_id or None


def rating_for_product(product, request=None, *, remember=False) -> BadgeRating | None:
    partner_id = product_partner_id(product, remember=remember)
    if partner_id is None:
        return None
    return rating_table()["by_partner"].get(partner_id)


def rating_for_enterprise(enterprise, request=None) -> BadgeRating | None:
    pk = getattr(enterprise, "pk", enterprise)
    return rating_table()["by_enterprise"].get(pk)


def ratings_by_partner() -> dict[int, tuple[int | None, str]]:
    """{partner id: (score, grade)} of every rated seller, for search documents (one query)."""
    return {partner_id: (score, grade) for partner_id, score, grade in
            SellerRating.objects.filter(enterprise__partner__isnull=False).values_list(
                "enterprise__partner_id", "score", "grade")}


def seller_rating(enterprise) -> SellerRating | None:
    return SellerRating.objects.filter(enterprise=enterprise).first()


def reviews_of(enterprise) -> QuerySet:
    """The buyers' reviews of a seller, newest first."""
    return SellerReview.objects.filter(enterprise=enterprise).order_by("-created_at", "-pk")


def review_of_order(order):
    """The review the order's buyer gave (None before)."""
    return SellerReview.objects.filter(order=order).first()


def all_ratings() -> QuerySet:
    """Every stored rating with its enterprise, for staff."""
    return SellerRating.objects.select_related("enterprise").order_by(
        "grade", "-score", "enterprise__name_en")
