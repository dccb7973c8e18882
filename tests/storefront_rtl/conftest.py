from decimal import Decimal

import pytest
from django.core.cache import cache
from django.utils import translation
from oscar.core.loading import get_model

from tests.factories import PartnerFactory, add_category, product_in_category, rate
from tests.search_pages.conftest import catalogue, faceted, fake_backend  # noqa: F401 (fixtures)

Certification = get_model("catalogue", "Certification")
HSCode = get_model("catalogue", "HSCode")
ProductAttribute = get_model("catalogue", "ProductAttribute")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
ProductClass = get_model("catalogue", "ProductClass")

#: The issue's example: a Latin title that an Arabic page used to scramble.
SIX_INCH = "6 inch 3Cr13 chef knife"
EIGHT_INCH = "8 inch 3Cr13 chef knife with a long pakkawood handle for professional kitchens"


@pytest.fixture(autouse=True)
def _fresh_cache_and_english(db):
    cache.clear()
    with translation.override("en"):
        yield
    cache.clear()


def blade_length(product, millimetres):
    attribute = ProductAttribute.objects.get(product_class=product.product_class, code="blade_length_mm")
    ProductAttributeValue.objects.create(product=product, attribute=attribute, value_integer=millimetres)


@pytest.fixture
def knives_range(db):
    """Two knives of one range, told apart only by their blade length; the first with every trade fact."""
    rate("CNY", "USD", "0.14")
    rate("CNY", "EUR", "0.13")
    category = add_category(["Knives & Scissors", "Kitchen knives"])
    category.name_ar = "سكاكين المطبخ"
    category.save()
    knives_class = ProductClass.objects.get(slug="knives")
    maker = PartnerFactory(code="yj-blades", name="Yangjiang Blades")
    six = product_in_category(category, price=Decimal("80"), partner=maker, partner_sku="YJ-6IN",
                              product__product_class=knives_class, product__title_en=SIX_INCH)
    eight = product_in_category(category, price=Decimal("95"), partner=maker,
                                product__product_class=knives_class, product__title_en=EIGHT_INCH)
    blade_length(six, 152)
    blade_length(eight, 203)
    HSCode.objects.get_or_create(code="8211910000", defaults={
        "description_en": "Table knives having fixed blades", "description_zh": "刃面固定的餐刀",
        "chapter": "82"})
    lfgb, _ = Certification.objects.update_or_create(code="LFGB", defaults={"name_en": "LFGB food contact"})
    fda, _ = Certification.objects.update_or_create(code="FDA", defaults={"name_en": "FDA food contact"})
    six.hs_code_id = "8211910000"
    six.gtin = "4006381333931"
    six.net_weight_kg, six.gross_weight_kg = Decimal("0.180"), Decimal("0.250")
    six.carton_length_cm, six.carton_width_cm, six.carton_height_cm = (
        Decimal("40.0"), Decimal("30.0"), Decimal("25.5"))
    six.units_per_carton = 50
    six.lead_time_days = 25
    six.origin_district = "441702"
    six.save()
    six.certifications.set([lfgb, fda])
    return {"category": category, "six": six, "eight": eight}
