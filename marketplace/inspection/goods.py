"""Which goods are food to the inspection side, and so need the food filings.

A product is food when its product class belongs to the seafood or processed-food
cluster, or when its HS code falls in a food chapter: a kitchen-knife maker who also lists
dried fish under chapter 03 needs the export food production filing for it, whatever
class the listing was put in.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

#: Product class slugs of the food clusters (catalog/product_classes.py).
FOOD_PRODUCT_CLASSES = ("seafood", "processed-food")

#: HS chapters of food for export food supervision: meat, fish, dairy and eggs, vegetables,
#: fruit, tea and spices, cereals and milling, fats, meat and fish preparations, sugar,
#: cocoa, cereal, vegetable and miscellaneous preparations, beverages. [U] The official
#: scope is the customs' catalogue of export food; this list is the platform's
#: conservative reading, overridable with MARKETPLACE_INSPECTION_FOOD_HS_CHAPTERS.
FOOD_HS_CHAPTERS = ("02", "03", "04", "07", "08", "09", "10", "11", "15", "16", "17", "18",
                    "19", "20", "21", "22")


def food_product_classes() -> tuple[str, ...]:
    return tuple(getattr(settings, "MARKETPLACE_INSPECTION_FOOD_CLASSES", FOOD_PRODUCT_CLASSES))


def food_hs_chapters() -> tuple[str, ...]:
    return tuple(getattr(settings, "MARKETPLACE_INSPECTION_FOOD_HS_CHAPTERS", FOOD_HS_CHAPTERS))


def is_food(product: Any) -> bool:
    """True when `product` is food to inspection and quarantine (see the module's docstring)."""
    if product is None:
        return False
    product_class = product.get_product_class() if hasattr(product, "get_product_class") else None
    if product_class is not None and product_class.slug in food_product_classes():
        return True
    hs_code = product.hs_code_id or ""
    return hs_code[:2] in food_hs_chapters()


def is_food_hs_code(hs_code: str) -> bool:
    return (hs_code or "")[:2] in food_hs_chapters()
