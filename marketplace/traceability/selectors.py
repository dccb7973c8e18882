"""Reads: whose batches a user may see, which batch a trace code names, where a batch went.

Isolation: a seller's user sees the batches of the enterprises it works for (Enterprise.users)
and only their products (a stock record of the enterprise's partner); staff see all. Anything
else is "not found", as in the rest of the seller dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Min, Q, QuerySet, Sum
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.order_lifecycle import statuses
from marketplace.sellers.models import Enterprise

from . import gs1
from .models import Batch, BatchAllocation, BatchDocument, FailedScanCount, ScanCount

Product = get_model("catalogue", "Product")
Order = get_model("order", "Order")
Line = get_model("order", "Line")
OrderStatusChange = get_model("order", "OrderStatusChange")

#: Product classes whose batches need the catch or farm area, vessel or farm and landing date.
SEAFOOD_CLASS_SLUGS = frozenset({"seafood"})
#: HS chapters and headings of fish, crustaceans and molluscs, fresh or prepared.
SEAFOOD_HS_PREFIXES = ("03", "1604", "1605")
#: An order in one of these statuses has left the seller: its batches are "shipped".
SHIPPED_STATUSES = (statuses.SHIPPED, statuses.DELIVERED, statuses.COMPLETED)


def is_seafood(product) -> bool:
    """Whether batches of `product` are seafood or aquatic products (class or HS code)."""
    product_class = product.get_product_class() if product is not None else None
    if product_class is not None and product_class.slug in SEAFOOD_CLASS_SLUGS:
        return True
    hs_code = product.hs_code_id or (product.parent.hs_code_id if product.parent_id else None)
    return bool(hs_code) and str(hs_code).startswith(SEAFOOD_HS_PREFIXES)


# --- who may see what ----------------------------------------------------------------------

def enterprises_of(user: AbstractBaseUser) -> QuerySet[Enterprise]:
    if not user.is_authenticated:
        return Enterprise.objects.none()
    if user.is_staff:
        return Enterprise.objects.all()
    return Enterprise.objects.for_user(user).filter(partner__isnull=False)


def batches_for(user: AbstractBaseUser) -> QuerySet[Batch]:
    batches = Batch.objects.select_related("product", "product__parent", "enterprise")
    if user.is_staff:
        return batches
    return batches.filter(enterprise__in=enterprises_of(user))


def products_for(user: AbstractBaseUser) -> QuerySet:
    """Products a user may make batches of: those its enterprises stock (not parents)."""
    products = Product.objects.exclude(structure=Product.PARENT).select_related(
        "product_class", "parent__product_class")
    if not user.is_staff:
        products = products.filter(
            stockrecords__partner__enterprise__in=enterprises_of(user))
    return products.filter(stockrecords__partner__enterprise__isnull=False).distinct()


def enterprise_of_product(product) -> Enterprise | None:
    """The seller of `product`: the enterprise of its first stock record's partner."""
    return (Enterprise.objects.filter(partner__stockrecords__product=product)
            .order_by("partner__stockrecords__pk").first())


def documents_for(user: AbstractBaseUser) -> QuerySet[BatchDocument]:
    return BatchDocument.objects.filter(batch__in=batches_for(user))


# --- trace codes ---------------------------------------------------------------------------

def batch_of_code(code: gs1.TraceCode) -> Batch:
    """The batch a (well-formed) trace code names; raises InvalidTraceCode if none."""
    products = Product.objects.filter(gtin__in=gs1.gtin_spellings(code.gtin))
    if not products.exists():
        raise gs1.InvalidTraceCode(gs1.InvalidTraceCode.UNKNOWN_GTIN)
    batch = (Batch.objects.filter(product__in=products, lot_number=code.lot)
             .select_related("product", "product__parent", "product__product_class",
                             "enterprise").first())
    if batch is None:
        raise gs1.InvalidTraceCode(gs1.InvalidTraceCode.UNKNOWN_LOT)
    return batch


def trace_code_of(batch: Batch) -> gs1.TraceCode | None:
    return gs1.trace_code(batch.product.gtin, batch.lot_number)


def public_documents(batch: Batch) -> list[BatchDocument]:
    return list(batch.documents.order_by("-issued_on", "-pk"))


# --- where a batch went --------------------------------------------------------------------

def orders_holding(batch: Batch) -> QuerySet:
    """Orders whose lines were filled (even in part) from `batch`: the buyers of a recall."""
    return Order.objects.filter(
        pk__in=BatchAllocation.objects.filter(batch=batch).values("line__order_id"))


@dataclass(frozen=True)
class Shipment:
    """Units of a batch that left for one country on one day (no buyer named)."""

    day: date
    country: str  # ISO alpha-2, "" when the order had no address
    orders: int
    quantity: int


def shipments(batch: Batch) -> list[Shipment]:
    """Where `batch` went: its allocated units by destination country and shipping day.

    An order counts once it is shipped (or delivered or completed). Its day is its first
    move to Shipped (order_lifecycle writes an OrderStatusChange); an order recorded as
    shipped without that change (imported history) counts on the day it was placed.
    """
    rows = (BatchAllocation.objects.filter(batch=batch)
            .filter(Q(line__order__status__in=SHIPPED_STATUSES)
                    | Q(line__order_id__in=OrderStatusChange.objects.filter(
                        new_status=statuses.SHIPPED).values("order_id")))
            .values("line__order_id", "line__order__shipping_address__country_id",
                    "line__order__date_placed")
            .annotate(quantity=Sum("quantity")).order_by())
    rows = list(rows)
    shipped_at = dict(OrderStatusChange.objects.filter(
        order_id__in={row["line__order_id"] for row in rows}, new_status=statuses.SHIPPED)
        .values("order_id").annotate(first=Min("date_created")).values_list("order_id", "first"))
    groups: dict[tuple[date, str], tuple[set, int]] = {}
    for row in rows:
        moment = shipped_at.get(row["line__order_id"]) or row["line__order__date_placed"]
        key = (timezone.localdate(moment), row["line__order__shipping_address__country_id"] or "")
        orders, quantity = groups.get(key, (set(), 0))
        orders.add(row["line__order_id"])
        groups[key] = (orders, quantity + row["quantity"])
    return sorted((Shipment(day, country, len(orders), quantity)
                   for (day, country), (orders, quantity) in groups.items()),
                  key=lambda shipment: (shipment.day, shipment.country), reverse=True)


def shipments_by_country(found: list[Shipment]) -> list[tuple[str, int, int]]:
    """(country, orders, quantity), most units first."""
    totals: dict[str, list[int]] = {}
    for shipment in found:
        total = totals.setdefault(shipment.country, [0, 0])
        total[0] += shipment.orders
        total[1] += shipment.quantity
    return sorted(((country, orders, quantity) for country, (orders, quantity) in totals.items()),
                  key=lambda row: (-row[2], row[0]))


# --- allocations on an order page ------------------------------------------------------------

def lines_for(user: AbstractBaseUser, order) -> QuerySet:
    """The lines of `order` whose batches `user` may record: a seller's own, all for staff."""
    lines = order.lines.select_related("product", "partner")
    if user.is_staff:
        return lines
    return lines.filter(partner__enterprise__in=enterprises_of(user))


def allocatable_batches(line) -> QuerySet[Batch]:
    """The batches that may fill `line`: on sale, of its product and of its seller."""
    return Batch.objects.filter(product_id=line.product_id, status=Batch.Status.ON_SALE,
                                enterprise__partner__pk=line.partner_id)


def allocated_quantity(line) -> int:
    return line.batch_allocations.aggregate(total=Sum("quantity"))["total"] or 0


def batches_of_order(order) -> list[Batch]:
    """The distinct batches that filled `order`'s lines (the buyer's trace links)."""
    return list(Batch.objects.filter(allocations__line__order=order).distinct()
                .select_related("product", "product__parent").order_by("product_id", "lot_number"))


# --- scan figures ----------------------------------------------------------------------------

def scans_by_day(batches: QuerySet[Batch]) -> list[dict]:
    return list(ScanCount.objects.filter(batch__in=batches).values("day")
                .annotate(total=Sum("count")).order_by("-day")[:60])


def scans_by_country(batches: QuerySet[Batch]) -> list[dict]:
    return list(ScanCount.objects.filter(batch__in=batches).values("country")
                .annotate(total=Sum("count")).order_by("-total", "country"))


def scans_by_batch(batches: QuerySet[Batch]) -> list[dict]:
    return list(ScanCount.objects.filter(batch__in=batches)
                .values("batch_id", "batch__lot_number", "batch__product__title")
                .annotate(total=Sum("count")).order_by("-total", "batch_id")[:100])


def failed_scans_for(user: AbstractBaseUser) -> QuerySet[FailedScanCount]:
    """Failed scans staff see all of; a seller those of its own products' GTINs (wrong lot)."""
    failed = FailedScanCount.objects.all()
    if user.is_staff:
        return failed
    gtins = {gs1.gtin14(gtin) for gtin in products_for(user).exclude(gtin="")
             .values_list("gtin", flat=True)}
    return failed.filter(gtin__in=gtins - {None})


def failed_scans_summary(failed: QuerySet[FailedScanCount]) -> list[dict]:
    rows = list(failed.values("day", "reason", "country").annotate(total=Sum("count"))
                .order_by("-day", "reason", "country")[:200])
    labels = dict(FailedScanCount.Reason.choices)
    for row in rows:
        row["reason_label"] = labels.get(row["reason"], row["reason"])
    return rows
