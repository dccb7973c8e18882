"""Issue 5's story on the embedded default, through the pages a buyer sees.

"cuchillo" on the Spanish site finds kitchen knives, "虾" on the Chinese site finds shrimp,
facets narrow and count, suggestions come while typing, and a listing taken down by a
moderator is gone from the results at once, before any re-indexing.
"""

import re
from decimal import Decimal

import pytest
from django.test import Client
from oscar.core.loading import get_model

from marketplace.moderation.services import refuse_listing
from tests.factories import PartnerFactory, add_category, product_in_category, rate
from tests.sellers.factories import UserFactory

ProductClass = get_model("catalogue", "ProductClass")

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    rate("CNY", "EUR", "0.13")
    knives = add_category(["Knives & Scissors", "Kitchen knives"])
    seafood = add_category(["Seafood & Aquatic Products", "Frozen shrimp"])
    blades, ocean = PartnerFactory(code="yj-blades"), PartnerFactory(code="ocean")
    knife_class = ProductClass.objects.get(slug="knives")
    seafood_class = ProductClass.objects.get(slug="seafood")
    knives_made = [
        product_in_category(
            knives, price=Decimal(price), partner=blades, product__product_class=knife_class,
            product__title_en=title_en, product__title_es=title_es, product__title_zh_hans=title_zh,
        )
        for price, title_en, title_es, title_zh in [
            ("80", "Chef knife 8 inch", "Cuchillo de chef 8 pulgadas", "八寸厨师刀"),
            ("45", "Santoku knife", "Cuchillo santoku", "三德刀"),
        ]
    ]
    shrimp = product_in_category(
        seafood, price=Decimal("60"), partner=ocean, product__product_class=seafood_class,
        product__title_en="Frozen white shrimp", product__title_es="Camarón blanco congelado",
        product__title_zh_hans="冷冻白虾仁",
    )
    return {"knives": knives_made, "shrimp": shrimp}


def titles_on(html):
    return re.findall(r'<h3[^>]*>\s*<a[^>]*title="([^"]+)"', html)


def facet_count(html, facet, value):
    box = html.split(f'data-facet="{facet}"')[1].split("</section>")[0]
    match = re.search(rf'data-value="{re.escape(value)}".*?class="facet-count[^"]*">\((\d+)\)', box, re.S)
    return int(match[1]) if match else None


def test_a_buyer_finds_narrows_is_helped_while_typing_and_never_sees_a_taken_down_listing(catalogue):
    buyer = Client()

    spanish = buyer.get("/es/search/", {"q": "cuchillo"}).content.decode()
    assert set(titles_on(spanish)) == {"Cuchillo de chef 8 pulgadas", "Cuchillo santoku"}
    assert "€" in spanish  # prices in the Spanish visitor's currency

    chinese = buyer.get("/zh-hans/search/", {"q": "虾"}).content.decode()
    assert titles_on(chinese) == ["冷冻白虾仁"]

    everything = buyer.get("/en/catalogue/").content.decode()
    assert facet_count(everything, "seller", "yj-blades") == 2
    assert facet_count(everything, "seller", "ocean") == 1
    narrowed = buyer.get("/en/catalogue/", {"seller": "yj-blades"}).content.decode()
    assert set(titles_on(narrowed)) == {"Chef knife 8 inch", "Santoku knife"}
    assert facet_count(narrowed, "seller", "ocean") == 1  # the alternative keeps its count
    cheap = buyer.get("/en/catalogue/", {"seller": "yj-blades", "price_max": "50"}).content.decode()
    assert titles_on(cheap) == ["Santoku knife"]

    suggestions = buyer.get("/en/search/suggest/", {"q": "santo"}).json()["suggestions"]
    assert {"kind": "product", "label": "Santoku knife",
            "url": catalogue["knives"][1].get_absolute_url()} in suggestions

    moderator = UserFactory(is_staff=True, is_superuser=True)
    refuse_listing(catalogue["knives"][1], decided_by=moderator, reason="Counterfeit brand")

    after = buyer.get("/es/search/", {"q": "cuchillo"}).content.decode()
    assert titles_on(after) == ["Cuchillo de chef 8 pulgadas"]
    assert "Santoku knife" not in buyer.get("/en/catalogue/").content.decode()
