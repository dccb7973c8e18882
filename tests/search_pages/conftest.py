from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from tests.factories import PartnerFactory, add_category, product_in_category, rate

from .fake_backend import FakeBackend

Certification = get_model("catalogue", "Certification")
ProductClass = get_model("catalogue", "ProductClass")

FAKE = "tests.search_pages.fake_backend.FakeBackend"


@pytest.fixture
def fake_backend(settings):
    settings.MARKETPLACE_SEARCH_BACKEND = FAKE
    FakeBackend.reset()
    yield FakeBackend
    FakeBackend.reset()


@pytest.fixture
def catalogue(db):
    """Two categories, three sellers and a handful of products; yuan rates for USD and EUR."""
    rate("CNY", "USD", "0.14")
    rate("CNY", "EUR", "0.13")
    knives = add_category(["Knives & Scissors", "Kitchen knives"])
    knives.name_es, knives.name_zh_hans = "Cuchillos de cocina", "厨房刀具"
    knives.save()
    shrimp = add_category(["Seafood & Aquatic Products", "Frozen shrimp"])
    knives_class = ProductClass.objects.get(slug="knives")
    sellers = [
        PartnerFactory(code="yj-blades", name="Yangjiang Blades"),
        PartnerFactory(code="ocean", name="Ocean Foods"),
    ]
    products = []
    for n in range(3):
        products.append(product_in_category(
            knives, price=Decimal("80"), partner=sellers[0],
            product__product_class=knives_class,
            product__title_en=f"Chef knife {n}", product__title_es=f"Cuchillo de chef {n}",
        ))
    products.append(product_in_category(
        shrimp, price=Decimal("60"), partner=sellers[1],
        product__title_en="Frozen white shrimp", product__title_es="Camarón blanco congelado",
    ))
    Certification.objects.update_or_create(code="LFGB", defaults={
        "name_en": "LFGB food contact", "name_es": "LFGB contacto alimentario",
        "name_zh_hans": "LFGB 食品接触"})
    return {"knives": knives, "shrimp": shrimp, "products": products, "sellers": sellers}


@pytest.fixture
def faceted(fake_backend, catalogue):
    """The fake backend answering the catalogue's products with a full set of facets."""
    knives = catalogue["knives"]
    fake_backend.products = catalogue["products"]
    fake_backend.facets = {
        "cluster": [("knives", 3), ("seafood", 1)],
        "category": [(str(knives.pk), 3), (str(knives.get_parent().pk), 3),
                     (str(catalogue["shrimp"].pk), 1), (str(catalogue["shrimp"].get_parent().pk), 1)],
        "seller": [("yj-blades", 3), ("ocean", 1)],
        "attr.blade_steel": [("blade_steel.vg10", 2), ("blade_steel.3cr13", 1)],
        "certification": [("LFGB", 2)],
        "incoterm": [("FOB", 3), ("EXW", 4)],
        "in_stock": [("true", 4)],
        "price": "per-bucket",
        "moq": [("1", 1), ("10", 2), ("100", 4), ("500", 4), ("1000", 4), ("5000", 4)],
    }
    return catalogue
