"""Reads of the risk app: watch lists of a listing, the alert queue, holders of a batch,
and the recalled lots a product page shows (from one cached value)."""

from __future__ import annotations

from datetime import timedelta

from django.core.cache import cache
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.traceability.models import Batch, BatchAllocation

from .models import Alert, Recall, WatchList

Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
Category = get_model("catalogue", "Category")

RECALLED_LOTS_KEY = "risk:recalled-lots:v1"
RECALLED_LOTS_TTL = 600


# --- watch lists ---------------------------------------------------------------------------


def active_watch_lists() -> list[WatchList]:
    """Active watch lists with the tree paths of their categories (a handful of rows)."""
    lists = list(WatchList.objects.filter(is_active=True).prefetch_related("categories"))
    for watch_list in lists:
        watch_list.category_paths = [category.path for category in watch_list.categories.all()]
    return lists


def watch_lists_for(product, lists: list[WatchList] | None = None) -> list[WatchList]:
    """The active watch lists covering `product`: by its HS code or its parent's, or by a
    category it (or its parent) sits in, at any depth below a listed category."""
    lists = active_watch_lists() if lists is None else lists
    if not lists:
        return []
    parent = product.parent if product.parent_id else None
    hs_codes = [code for code in (product.hs_code_id, parent.hs_code_id if parent else None) if code]
    ids = [product.pk] + ([parent.pk] if parent else [])
    paths = None
    found = []
    for watch_list in lists:
        if any(watch_list.covers_hs_code(code) for code in hs_codes):
            found.append(watch_list)
            continue
        if watch_list.category_paths:
            if paths is None:
                paths = list(Category.objects.filter(product__in=ids).values_list("path", flat=True))
            if any(path.startswith(listed) for path in paths for listed in watch_list.category_paths):
                found.append(watch_list)
    return found


def watched_products(product_ids) -> dict[int, list[WatchList]]:
    """Watch lists of each of `product_ids` that is watched."""
    lists = active_watch_lists()
    if not lists:
        return {}
    products = Product.objects.filter(pk__in=list(product_ids)).select_related("parent")
    return {product.pk: found for product in products
            if (found := watch_lists_for(product, lists))}


# --- the alert queue -------------------------------------------------------------------------


def alerts(*, status: str = "", level: int | None = None, watch_list: WatchList | None = None,
           watched: bool | None = None, older_than_days: int | None = None,
           newer_than_days: int | None = None, text: str = "") -> QuerySet[Alert]:
    queryset = (Alert.objects.select_related("product", "batch", "watch_list")
                .annotate(signal_count=Count("signals", distinct=True))
                .order_by("-level", "-last_signal_at", "-pk"))
    if status:
        queryset = queryset.filter(status=status)
    if level:
        queryset = queryset.filter(level=level)
    if watch_list is not None:
        queryset = queryset.filter(watch_list=watch_list)
    if watched is True:
        queryset = queryset.filter(watch_list__isnull=False)
    elif watched is False:
        queryset = queryset.filter(watch_list__isnull=True)
    now = timezone.now()
    if older_than_days is not None:
        queryset = queryset.filter(opened_at__lte=now - timedelta(days=older_than_days))
    if newer_than_days is not None:
        queryset = queryset.filter(opened_at__gte=now - timedelta(days=newer_than_days))
    if text:
        query = Q(product__title__icontains=text) | Q(product__upc__iexact=text) | Q(
            batch__lot_number__iexact=text)
        digits = text.upper().removeprefix("RA-")
        if digits.isdigit():
            query |= Q(pk=int(digits))
        queryset = queryset.filter(query)
    return queryset


# --- who holds a batch ----------------------------------------------------------------------


def allocations_holding(batch: Batch) -> QuerySet[BatchAllocation]:
    """The allocations of `batch` to order lines, with their orders and buyers."""
    return (BatchAllocation.objects.filter(batch=batch)
            .select_related("line__order__user", "line__order__shipping_address")
            .order_by("line__order__number", "pk"))


def buyer_email(order) -> str:
    return ((order.user.email if order.user_id and order.user else "") or order.guest_email or "").strip()


# --- what the product page shows ------------------------------------------------------------


def recalled_lots() -> dict[int, list[dict]]:
    """{product id: [recalled lot facts]} of every recalled batch, by its product and by its
    product's parent, from the cache: one cache read per page, one query when it is cold.
    Forgotten after commit whenever a recall is ordered (services.recall_batch)."""
    lots = cache.get(RECALLED_LOTS_KEY)
    if lots is None:
        lots = {}
        rows = (Recall.objects.filter(batch__status=Batch.Status.RECALLED)
                .order_by("recalled_at", "pk")
                .values_list("batch__product_id", "batch__product__parent_id", "batch__lot_number",
                             "hazard", "remedy", "note", "recalled_at"))
        for product_id, parent_id, lot, hazard, remedy, note, recalled_at in rows:
            fact = {"lot": lot, "hazard": hazard, "remedy": remedy, "note": note,
                    "recalled_at": recalled_at}
            for key in {product_id, parent_id} - {None}:
                lots.setdefault(key, []).append(fact)
        cache.set(RECALLED_LOTS_KEY, lots, RECALLED_LOTS_TTL)
    return lots


def forget_recalled_lots() -> None:
    cache.delete(RECALLED_LOTS_KEY)


def recalled_lots_of(product) -> list[dict]:
    if product is None or not getattr(product, "pk", None):
        return []
    return recalled_lots().get(product.pk, [])
