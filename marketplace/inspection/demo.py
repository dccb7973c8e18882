"""Demo filings: every demo seller and product filed and accepted, so demo orders can ship.

The demo manufacturers are Oscar partners (marketplace.demo); a filing belongs to an
Enterprise, so each demo partner gets its approved Enterprise first (a synthetic but
valid USCC, the maker's district and clusters). Filings are written as accepted data
with DEMO numbers: nothing goes through the outbox, as no authority ever saw them.
Safe to run again: it adds only what is missing.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from oscar.core.loading import get_model

from marketplace.demo.catalogue_data import MAKERS
from marketplace.sellers.identifiers import USCC_ALPHABET, uscc_check_character
from marketplace.sellers.models import Cluster, Enterprise

from .goods import is_food
from .models import CommodityFiling, EnterpriseFiling, FilingStatus, StorageCondition

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")

#: The demo data's cluster letters (marketplace.demo.catalogue_data) as filing clusters.
CLUSTER_CODES = {"KS": Cluster.KNIVES_SCISSORS, "KW": Cluster.KITCHENWARE, "SF": Cluster.SEAFOOD,
                 "PF": Cluster.PROCESSED_FOOD, "TG": Cluster.TEXTILES}
FOOD_CLUSTERS = {"SF", "PF"}
DEMO_SOURCE = "DEMO"
#: Shelf lives of the demo food by storage, in days: plausible, not official.
DEMO_SHELF_LIFE = {StorageCondition.FROZEN: 540, StorageCondition.CHILLED: 7, StorageCondition.AMBIENT: 365}


def demo_uscc(index: int, district: str) -> str:
    """A synthetic, valid USCC for the index-th demo maker (authority 9, enterprise 1)."""
    organisation = "DEMO" + "".join(USCC_ALPHABET[(index // 31 ** i) % 31] for i in range(5))[::-1]
    body = f"91{district}{organisation.replace('O', '0')}"
    return body + uscc_check_character(body)


def ensure_demo_enterprise(index: int, maker, partner) -> Enterprise:
    """The approved Enterprise owning `partner` (made from the maker's facts when missing)."""
    enterprise = Enterprise.objects.filter(partner=partner).first()
    if enterprise is not None:
        return enterprise
    enterprise, _created = Enterprise.objects.get_or_create(
        slug=slugify(maker.code)[:140], defaults={
            "legal_name_zh": maker.local_name, "name_en": maker.name[:128],
            "uscc": demo_uscc(index, maker.district), "address_line": f"{maker.local_name} 工业园",
            "district": maker.district, "contact_name": "Demo", "contact_phone": "+86 662 0000000",
            "contact_email": f"{maker.code}@demo.invalid", "status": Enterprise.Status.APPROVED,
            "partner": partner, "submitted_at": timezone.now(), "language": "zh-hans",
        })
    if enterprise.partner_id is None:
        enterprise.partner = partner
        enterprise.save(update_fields=["partner"])
    enterprise.clusters.add(*[CLUSTER_CODES[code] for code in maker.clusters if code in CLUSTER_CODES])
    return enterprise


def _accepted_enterprise_filing(enterprise: Enterprise, kind: str, number: str, scope: str, today: date) -> bool:
    if EnterpriseFiling.objects.accepted(on=today).filter(enterprise=enterprise, kind=kind).exists():
        return False
    EnterpriseFiling.objects.create(
        enterprise=enterprise, kind=kind, status=FilingStatus.ACCEPTED, filing_number=number,
        business_scope=scope, contact_name=enterprise.contact_name, contact_phone=enterprise.contact_phone,
        plant_address=enterprise.address_line if kind == EnterpriseFiling.Kind.FOOD_PRODUCTION else "",
        revision=1, submitted_at=timezone.now(), decided_at=timezone.now())
    return True


def _storage_of(values: dict) -> str:
    """Storage of a food product from its "storage" option or "storage_temperature_c"."""
    storage, temperature = values.get("storage"), values.get("storage_temperature_c")
    code = getattr(storage, "code", "") or getattr(storage, "option", "") or ""
    if code.endswith("frozen") or (temperature is not None and temperature <= -18):
        return StorageCondition.FROZEN
    if code.endswith("chilled") or (temperature is not None and 0 <= temperature <= 4):
        return StorageCondition.CHILLED
    return StorageCondition.AMBIENT


def _storage_values(products) -> dict[int, dict]:
    """Each product's storage attributes, read in one query for all of them."""
    values: dict[int, dict] = {}
    rows = (ProductAttributeValue.objects
            .filter(product__in=products, attribute__code__in=("storage", "storage_temperature_c"))
            .select_related("attribute", "value_option"))
    for row in rows:
        values.setdefault(row.product_id, {})[row.attribute.code] = row.value
    return values


def _commodity_filing(product, enterprise: Enterprise, origin: str, now, storage_values: dict) -> CommodityFiling:
    hs_code = product.hs_code
    name_zh = (getattr(product, "title_zh_hans", "") or "").strip() or hs_code.description_zh
    food = is_food(product)
    storage = _storage_of(storage_values.get(product.pk, {})) if food else ""
    return CommodityFiling(
        product=product, enterprise=enterprise, hs_code=hs_code.code, name_zh=name_zh[:100],
        spec_model=(product.upc or str(product.pk))[:200], origin=origin, storage=storage,
        shelf_life_days=DEMO_SHELF_LIFE.get(storage) if food else None,
        status=FilingStatus.ACCEPTED, filing_number=f"{DEMO_SOURCE}-GDS-{product.pk:07d}", revision=1,
        submitted_at=now, decided_at=now)


def seed_demo_filings(*, today: date | None = None) -> dict[str, int]:
    """Accepted filings for every demo seller (operator, and food production for the food
    makers) and every product it sells that has an HS code. Returns what was added."""
    today = today or timezone.localdate()
    now = timezone.now()
    added = {"enterprises": 0, "enterprise_filings": 0, "commodity_filings": 0}
    partners = {partner.code: partner for partner in Partner.objects.filter(code__in=[m.code for m in MAKERS])}
    with transaction.atomic():
        for index, maker in enumerate(MAKERS, start=1):
            partner = partners.get(maker.code)
            if partner is None:
                continue
            had_enterprise = Enterprise.objects.filter(partner=partner).exists()
            enterprise = ensure_demo_enterprise(index, maker, partner)
            added["enterprises"] += not had_enterprise
            added["enterprise_filings"] += _accepted_enterprise_filing(
                enterprise, EnterpriseFiling.Kind.CBEC_OPERATOR, f"{DEMO_SOURCE}-CBE-{index:04d}",
                maker.local_name, today)
            if FOOD_CLUSTERS & set(maker.clusters):
                added["enterprise_filings"] += _accepted_enterprise_filing(
                    enterprise, EnterpriseFiling.Kind.FOOD_PRODUCTION, f"{DEMO_SOURCE}-FOOD-{index:04d}",
                    maker.local_name, today)
            filed = CommodityFiling.objects.accepted(on=today).filter(enterprise=enterprise).values("product_id")
            products = (Product.objects.filter(stockrecords__partner=partner, hs_code__isnull=False)
                        .exclude(pk__in=filed).select_related("hs_code", "product_class").distinct())
            products = list(products)
            storage_values = _storage_values(products)
            origin = f"广东省阳江市 ({maker.district})"
            filings = [_commodity_filing(product, enterprise, origin, now, storage_values) for product in products]
            CommodityFiling.objects.bulk_create(filings, batch_size=500)
            added["commodity_filings"] += len(filings)
    return added
