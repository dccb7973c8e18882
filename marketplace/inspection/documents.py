"""The platform's JSON documents to the inspection side: schemas and builders.

Three documents go out through the outbox (kind "inspection"), one per message type:

- ENT_FILING: an enterprise filing (operator, or export food production enterprise);
- GOODS_FILING: a commodity filing;
- BATCH_DECL: a batch declaration of shipped export orders.

Each builder returns a dict and validates it before returning, so a payload that breaks
the schema never reaches the outbox (DocumentError lists every field at fault). Money and
other decimals are strings ("1234.50"); timestamps ISO 8601 with their zone. The schemas
are printed in README.md of this app (`describe` gives the same rows).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.utils import timezone

from .models import EnterpriseFiling, StorageCondition
from .schema import DocumentError, Field, Schema

if TYPE_CHECKING:
    from .models import CommodityFiling

VERSION = 1
ENT_FILING = "ENT_FILING"
GOODS_FILING = "GOODS_FILING"
BATCH_DECL = "BATCH_DECL"

USCC = r"[0-9A-HJ-NPQRTUWXY]{18}"
CUSTOMS_CODE = r"[0-9A-Z]{10}"
HS_CODE = r"\d{10}"
COUNTRY = r"[A-Z]{2}"
UNITS = ("piece", "set", "pair", "dozen", "kg", "tonne", "metre", "carton")
#: What one batch may carry: a bound on the payload (the outbox takes at most 512 KB).
MAX_BATCH_ORDERS = 500
MAX_ORDER_LINES = 200


def _header(doc_type: str) -> tuple[Field, ...]:
    return (
        Field("doc_type", "str", choices=(doc_type,)),
        Field("version", "int", choices=None, minimum=VERSION, maximum=VERSION),
    )


_ENTERPRISE = Field("enterprise", "object", fields=(
    Field("uscc", "str", pattern=USCC, description="unified social credit code"),
    Field("name_zh", "str", max_length=200),
    Field("name_en", "str", required=False, max_length=128),
    Field("customs_code", "str", required=False, pattern=CUSTOMS_CODE),
    Field("district", "str", required=False, pattern=r"\d{6}", description="GB/T 2260 code"),
    Field("address", "str", required=False, max_length=255),
))


def _plant_for_food(document: dict) -> list[str]:
    if document["kind"] == EnterpriseFiling.Kind.FOOD_PRODUCTION and not document.get("plant_address"):
        return ["plant_address: required for the export food production enterprise filing"]
    return []


ENTERPRISE_FILING_SCHEMA = Schema(ENT_FILING, (
    *_header(ENT_FILING),
    Field("filing_id", "int", minimum=1),
    Field("revision", "int", minimum=1),
    Field("kind", "str", choices=tuple(EnterpriseFiling.Kind.values)),
    _ENTERPRISE,
    Field("business_scope", "str", max_length=500),
    Field("plant_address", "str", required=False, max_length=255),
    Field("contact", "object", fields=(
        Field("name", "str", max_length=100),
        Field("phone", "str", max_length=40),
    )),
    Field("submitted_at", "datetime"),
), rules=(_plant_for_food,))


def _food_facts(document: dict) -> list[str]:
    goods = document["goods"]
    if not goods["food"]:
        return []
    return [f"goods.{name}: required for food" for name in ("storage", "shelf_life_days")
            if goods.get(name) in (None, "")]


COMMODITY_FILING_SCHEMA = Schema(GOODS_FILING, (
    *_header(GOODS_FILING),
    Field("filing_id", "int", minimum=1),
    Field("revision", "int", minimum=1),
    Field("enterprise", "object", fields=(
        Field("uscc", "str", pattern=USCC),
        Field("name_zh", "str", max_length=200),
        Field("operator_filing_number", "str", required=False, max_length=64),
    )),
    Field("goods", "object", fields=(
        Field("product_ref", "str", max_length=64, description="the platform's product reference (UPC)"),
        Field("hs_code", "str", pattern=HS_CODE),
        Field("name_zh", "str", max_length=100),
        Field("name_en", "str", required=False, max_length=255),
        Field("spec_model", "str", max_length=200),
        Field("brand", "str", required=False, max_length=100),
        Field("origin", "str", max_length=100),
        Field("unit", "str", choices=UNITS),
        Field("gtin", "str", required=False, pattern=r"\d{8}|\d{12,14}"),
        Field("food", "bool"),
        Field("storage", "str", required=False, choices=tuple(StorageCondition.values)),
        Field("shelf_life_days", "int", required=False, minimum=1, maximum=3650),
    )),
    Field("submitted_at", "datetime"),
), rules=(_food_facts,))


_BATCH_LINE = Field("line", "object", fields=(
    Field("line_no", "int", minimum=1),
    Field("product_ref", "str", max_length=64),
    Field("commodity_filing_number", "str", max_length=64),
    Field("hs_code", "str", pattern=HS_CODE),
    Field("name_zh", "str", max_length=100),
    Field("quantity", "int", minimum=1, maximum=10_000_000),
    Field("unit", "str", choices=UNITS),
    Field("value_cny", "decimal", minimum=Decimal("0"), maximum=Decimal("9999999999.99")),
))

_BATCH_ORDER = Field("order", "object", fields=(
    Field("order_number", "str", max_length=128),
    Field("customs_mode", "str", pattern=r"\d{4}"),
    Field("destination_country", "str", pattern=COUNTRY),
    Field("lines", "list", items=_BATCH_LINE, min_items=1, max_items=MAX_ORDER_LINES),
))


def _totals_add_up(document: dict) -> list[str]:
    lines = [line for order in document["orders"] for line in order["lines"]]
    value = sum((Decimal(line["value_cny"]) for line in lines), Decimal("0"))
    quantity = sum(line["quantity"] for line in lines)
    problems = []
    if Decimal(document["total_value_cny"]) != value:
        problems.append(f"total_value_cny: {document['total_value_cny']} is not the lines' sum {value}")
    if document["total_quantity"] != quantity:
        problems.append(f"total_quantity: {document['total_quantity']} is not the lines' sum {quantity}")
    numbers = [order["order_number"] for order in document["orders"]]
    if len(set(numbers)) != len(numbers):
        problems.append("orders: an order is listed twice")
    if document["seller"].get("food_filing_number") is None and any(
            line["hs_code"][:2] in _food_chapters() for line in lines):
        problems.append("seller.food_filing_number: required when the batch holds food")
    return problems


def _food_chapters() -> tuple[str, ...]:
    from .goods import food_hs_chapters

    return food_hs_chapters()


BATCH_DECLARATION_SCHEMA = Schema(BATCH_DECL, (
    *_header(BATCH_DECL),
    Field("batch_number", "str", max_length=64),
    Field("declared_at", "datetime"),
    Field("inspection_office", "str", required=False, max_length=60),
    Field("seller", "object", fields=(
        Field("uscc", "str", pattern=USCC),
        Field("name_zh", "str", max_length=200),
        Field("customs_code", "str", required=False, pattern=CUSTOMS_CODE),
        Field("operator_filing_number", "str", max_length=64),
        Field("food_filing_number", "str", required=False, max_length=64),
    )),
    Field("orders", "list", items=_BATCH_ORDER, min_items=1, max_items=MAX_BATCH_ORDERS),
    Field("total_quantity", "int", minimum=1),
    Field("total_value_cny", "decimal", minimum=Decimal("0")),
), rules=(_totals_add_up,))

SCHEMAS = {schema.name: schema for schema in
           (ENTERPRISE_FILING_SCHEMA, COMMODITY_FILING_SCHEMA, BATCH_DECLARATION_SCHEMA)}


def validate(message_type: str, document: Any) -> None:
    """Raise DocumentError (listing every problem) unless `document` follows its schema."""
    try:
        schema = SCHEMAS[message_type]
    except KeyError:
        raise DocumentError([f"doc_type: unknown message type {message_type!r}"]) from None
    schema.validate(document)


def _stamp(moment) -> str:
    return timezone.localtime(moment).isoformat(timespec="seconds")


def _drop_empty(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value not in (None, "")}


def enterprise_party(enterprise) -> dict[str, Any]:
    return _drop_empty({
        "uscc": enterprise.uscc, "name_zh": enterprise.legal_name_zh, "name_en": enterprise.name_en,
        "customs_code": enterprise.customs_code, "district": enterprise.district,
        "address": enterprise.address_line,
    })


def enterprise_filing_document(filing: EnterpriseFiling) -> dict[str, Any]:
    """The ENT_FILING document of `filing` at its current revision (validated)."""
    document = {
        "doc_type": ENT_FILING, "version": VERSION, "filing_id": filing.pk, "revision": filing.revision,
        "kind": filing.kind, "enterprise": enterprise_party(filing.enterprise),
        "business_scope": filing.business_scope, "plant_address": filing.plant_address,
        "contact": {"name": filing.contact_name, "phone": filing.contact_phone},
        "submitted_at": _stamp(filing.submitted_at or timezone.now()),
    }
    document = _drop_empty(document)
    validate(ENT_FILING, document)
    return document


def commodity_filing_document(filing: CommodityFiling, *, food: bool,
                              operator_filing_number: str = "") -> dict[str, Any]:
    """The GOODS_FILING document of `filing` at its current revision (validated)."""
    product = filing.product
    document = {
        "doc_type": GOODS_FILING, "version": VERSION, "filing_id": filing.pk, "revision": filing.revision,
        "enterprise": _drop_empty({"uscc": filing.enterprise.uscc, "name_zh": filing.enterprise.legal_name_zh,
                                   "operator_filing_number": operator_filing_number}),
        "goods": _drop_empty({
            "product_ref": product_ref(product), "hs_code": filing.hs_code, "name_zh": filing.name_zh,
            "name_en": (product.title or "")[:255], "spec_model": filing.spec_model, "brand": filing.brand,
            "origin": filing.origin, "unit": product.unit_of_measure, "gtin": product.gtin, "food": food,
            "storage": filing.storage, "shelf_life_days": filing.shelf_life_days,
        }),
        "submitted_at": _stamp(filing.submitted_at or timezone.now()),
    }
    validate(GOODS_FILING, document)
    return document


def product_ref(product) -> str:
    """How documents name a product: its UPC (the platform's SKU across sellers), else its id."""
    return (product.upc or f"P{product.pk}")[:64]


def batch_declaration_document(*, batch_number: str, declared_at, inspection_office: str,
                               seller: dict[str, Any], orders: list[dict[str, Any]]) -> dict[str, Any]:
    """The BATCH_DECL document (validated); `orders` as the schema's order objects, with
    value_cny as Decimals or strings."""
    for order in orders:
        for line in order["lines"]:
            line["value_cny"] = str(line["value_cny"])
    lines = [line for order in orders for line in order["lines"]]
    document = _drop_empty({
        "doc_type": BATCH_DECL, "version": VERSION, "batch_number": batch_number,
        "declared_at": _stamp(declared_at), "inspection_office": inspection_office,
        "seller": _drop_empty(seller), "orders": orders,
        "total_quantity": sum(line["quantity"] for line in lines),
        "total_value_cny": str(sum((Decimal(line["value_cny"]) for line in lines), Decimal("0"))),
    })
    validate(BATCH_DECL, document)
    return document


__all__ = [
    "BATCH_DECL", "BATCH_DECLARATION_SCHEMA", "COMMODITY_FILING_SCHEMA", "DocumentError", "ENTERPRISE_FILING_SCHEMA",
    "ENT_FILING", "GOODS_FILING", "batch_declaration_document", "commodity_filing_document",
    "enterprise_filing_document", "validate",
]
