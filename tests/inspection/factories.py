"""Sellers with filings in every state, and export orders of their goods.

Built on the declaration tests' helpers (an approved knife maker, a paid order abroad),
with what inspection adds: a seafood maker, filings accepted or not."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.inspection.models import (
    CommodityFiling,
    EnterpriseFiling,
    FilingStatus,
    StorageCondition,
)
from marketplace.sellers.models import Cluster
from tests.declaration.factories import make_seller as make_knife_seller
from tests.declaration.factories import place
from tests.factories import StockRecordFactory

HSCode = get_model("catalogue", "HSCode")
ProductClass = get_model("catalogue", "ProductClass")

SHRIMP_HS = "0306172900"

__all__ = ["accept_all", "commodity_filing", "enterprise_filing", "make_knife_seller", "make_seafood_seller",
           "place"]


def make_seafood_seller(name: str = "Zhapo Aquatic Products"):
    """An approved seafood maker with frozen prawns in stock; returns (enterprise, product, user)."""
    from catalog.services import ensure_cluster_product_classes

    classes = ensure_cluster_product_classes()
    enterprise, _knife, user = make_knife_seller(customs_code="4417962345", name=name)
    enterprise.clusters.set([Cluster.objects.get(code=Cluster.SEAFOOD)])
    record = StockRecordFactory(
        partner=enterprise.partner, product__title_en="Frozen whiteleg prawns 1kg",
        product__product_class=classes["seafood"], price=Decimal("60.00"), num_in_stock=10_000)
    product = record.product
    product.hs_code = HSCode.objects.get(code=SHRIMP_HS)
    product.unit_of_measure = "kg"
    product.save()
    # The knife the helper made is not this seller's business.
    _knife.stockrecords.all().delete()
    return enterprise, product, user


def enterprise_filing(enterprise, kind=EnterpriseFiling.Kind.CBEC_OPERATOR, *, status=FilingStatus.DRAFT,
                      number: str = "", **fields) -> EnterpriseFiling:
    values = {"business_scope": "不锈钢厨房刀具", "contact_name": "李伟", "contact_phone": "+86 662 3300000",
              "plant_address": "广东省阳江市江城区工业路1号" if kind == EnterpriseFiling.Kind.FOOD_PRODUCTION else "",
              **fields}
    filing = EnterpriseFiling.objects.create(enterprise=enterprise, kind=kind, status=status, **values)
    if status == FilingStatus.ACCEPTED:
        filing.filing_number = number or f"4417CBE{filing.pk:05d}"
        filing.decided_at = timezone.now()
        filing.revision = 1
        filing.save()
    return filing


def commodity_filing(product, enterprise, *, status=FilingStatus.DRAFT, number: str = "", **fields) -> CommodityFiling:
    values = {"name_zh": "不锈钢厨师刀", "spec_model": "8英寸 3Cr13", "origin": "广东省阳江市",
              "hs_code": product.hs_code_id or "", **fields}
    filing = CommodityFiling.objects.create(product=product, enterprise=enterprise, status=status, **values)
    if status == FilingStatus.ACCEPTED:
        filing.filing_number = number or f"4417GDS{filing.pk:05d}"
        filing.decided_at = timezone.now() - timedelta(seconds=1)
        filing.revision = 1
        filing.save()
    return filing


def accept_all(enterprise, products, *, food: bool = False) -> None:
    """Every filing the seller and its products need, accepted."""
    enterprise_filing(enterprise, status=FilingStatus.ACCEPTED)
    if food:
        enterprise_filing(enterprise, EnterpriseFiling.Kind.FOOD_PRODUCTION, status=FilingStatus.ACCEPTED,
                          business_scope="冻虾")
    for product in products:
        extra = {"name_zh": "冻南美白对虾", "spec_model": "1千克/袋", "storage": StorageCondition.FROZEN,
                 "shelf_life_days": 540} if food else {}
        commodity_filing(product, enterprise, status=FilingStatus.ACCEPTED, **extra)
