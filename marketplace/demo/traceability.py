"""Demo batches with trace codes: every demo product that was shipped gets one batch per
quarter of the order history, with its factory, raw-material origin (for seafood the catch
area, vessel or farm and landing day), an inspection report and, for food, a health
certificate; the lines of the shipped demo orders are filled from the batch of their
quarter, so each trace page shows where the batch went.

Idempotent: batches, documents and allocations that exist are left alone (a second run
creates nothing). Run after the order history (seed_demo command).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.db import transaction
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.order_lifecycle import statuses
from marketplace.sellers.models import Enterprise
from marketplace.traceability.models import Batch, BatchAllocation, BatchDocument
from marketplace.traceability.selectors import is_seafood

from .order_history import PREFIX, PROFILES

Line = get_model("order", "Line")
Product = get_model("catalogue", "Product")

SHIPPED = (statuses.SHIPPED, statuses.DELIVERED, statuses.COMPLETED)
#: Catch areas and vessels or farms the Zhapo makers source from (FAO 61: Northwest Pacific).
SEAFOOD_SOURCES = (("FAO 61, South China Sea", "Yuedong Yu 31218"),
                   ("FAO 61, Beibu Gulf", "Yuedong Yu 30577"),
                   ("Zhapo Bay aquaculture area", "Zhapo Hailing shrimp farm No. 3"))


def _silent(message: str) -> None:
    pass


def _quarter(moment: dt.datetime) -> tuple[int, int]:
    local = timezone.localtime(moment)
    return local.year, (local.month - 1) // 3 + 1


def _lot(product_id: int, year: int, quarter: int) -> str:
    return f"L{year % 100:02d}Q{quarter}-{product_id:06d}"


def _batch(product, enterprise, year: int, quarter: int) -> Batch:
    produced = dt.date(year, 3 * quarter - 2, 1) - dt.timedelta(days=12 + product.pk % 9)
    seafood = is_seafood(product)
    values = {"product": product, "enterprise": enterprise, "lot_number": _lot(product.pk, year, quarter),
              "production_date": produced, "quantity": 2000 + (product.pk * 37) % 8000,
              "factory_name": f"{enterprise.name_en} plant {1 + product.pk % 3}",
              "factory_address": enterprise.address_line}
    if seafood:
        area, source = SEAFOOD_SOURCES[(product.pk + quarter) % len(SEAFOOD_SOURCES)]
        values.update(raw_material_origin="Whole raw catch, landed at Zhapo fishing port",
                      catch_area=area, vessel_or_farm=source,
                      landing_date=produced - dt.timedelta(days=2),
                      expiry_date=produced + dt.timedelta(days=540))
    else:
        values.update(raw_material_origin="Stainless steel and materials bought in Yangjiang")
    return Batch(**values)


def _documents(batch: Batch, seafood: bool) -> list[BatchDocument]:
    inspected = batch.production_date + dt.timedelta(days=3)
    documents = [BatchDocument(batch=batch, kind=BatchDocument.Kind.INSPECTION,
                               title="Factory release inspection", issued_by="Yangjiang QC Centre",
                               issued_on=inspected, number=f"QC-{batch.lot_number}",
                               result=BatchDocument.Result.PASSED)]
    if seafood:
        documents.append(BatchDocument(batch=batch, kind=BatchDocument.Kind.CERTIFICATE,
                                       title="Health certificate for export",
                                       issued_by="Yangjiang Customs", issued_on=inspected,
                                       number=f"HC-{batch.lot_number}",
                                       result=BatchDocument.Result.PASSED))
    return documents


@transaction.atomic
def seed_demo_batches(*, report: Callable[[str], None] = _silent) -> int:
    """Batches, documents and allocations for the shipped demo orders; returns new batches."""
    enterprises = {e.partner_id: e for e in Enterprise.objects.filter(
        partner__code__in=PROFILES).select_related("partner")}
    if not enterprises:
        report("  no demo makers: batches skipped")
        return 0
    lines = list(Line.objects.filter(order__number__startswith=PREFIX, order__status__in=SHIPPED,
                                     partner_id__in=enterprises, product__isnull=False)
                 .values("pk", "product_id", "partner_id", "quantity", "order__date_placed"))
    wanted = {(row["product_id"], row["partner_id"], *_quarter(row["order__date_placed"]))
              for row in lines}
    products = Product.objects.in_bulk({key[0] for key in wanted})
    existing = {(product_id, lot): pk for pk, product_id, lot in Batch.objects.filter(
        product_id__in=products).values_list("pk", "product_id", "lot_number")}
    new = [_batch(products[product_id], enterprises[partner_id], year, quarter)
           for product_id, partner_id, year, quarter in sorted(wanted)
           if (product_id, _lot(product_id, year, quarter)) not in existing]
    Batch.objects.bulk_create(new, batch_size=500)
    batches = {(b.product_id, b.lot_number): b for b in Batch.objects.filter(
        product_id__in=products).select_related("product__product_class", "product__parent")}
    documented = set(BatchDocument.objects.filter(batch__in=batches.values())
                     .values_list("batch_id", flat=True))
    BatchDocument.objects.bulk_create(
        [document for batch in batches.values() if batch.pk not in documented
         for document in _documents(batch, is_seafood(batch.product))], batch_size=500)
    allocations = []
    for row in lines:
        batch = batches.get((row["product_id"], _lot(row["product_id"],
                                                      *_quarter(row["order__date_placed"]))))
        if batch is not None:
            allocations.append(BatchAllocation(line_id=row["pk"], batch=batch,
                                               quantity=row["quantity"]))
    BatchAllocation.objects.bulk_create(allocations, batch_size=1000, ignore_conflicts=True)
    report(f"  {len(new)} batches, {len(allocations)} order lines traced")
    return len(new)
