"""A small shop with texts in English and Arabic, and the pages the accessibility checks read.

The checkers come from npm (package.json here; `make a11y-tools` installs them).
"""

from decimal import Decimal
from pathlib import Path

import pytest

from marketplace.demo.services import seed_pages
from tests.factories import PartnerFactory, add_category, product_in_category, rate

# `browser`: the one Chromium of the test process (tests/browser_fixtures.py via tests/conftest.py).

CHECKERS = Path(__file__).parent / "node_modules"
AXE = CHECKERS / "axe-core" / "axe.min.js"
VNU = CHECKERS / "vnu-jar" / "build" / "dist" / "vnu.jar"
LANGUAGES = ["en", "ar"]
PAGES = ["home", "category", "search", "product", "basket"]
MISSING = "{} is missing: `make a11y-tools` installs the checkers (npm ci in tests/accessibility)"


def checker(path):
    if not path.exists():
        pytest.fail(MISSING.format(path))
    return path


def make_shop():
    """The CMS home page; two knives from one seller, named in English and Arabic."""
    seed_pages()
    rate("CNY", "USD", "0.14")
    rate("CNY", "AED", "0.51")
    category = add_category(["Knives & Scissors", "Kitchen knives"])
    category.name_ar = "سكاكين المطبخ"
    category.save()
    maker = PartnerFactory(code="yj-blades", name="Yangjiang Blades")
    products = [
        product_in_category(category, price=Decimal(price), partner=maker,
                            product__title_en=english, product__title_ar=arabic)
        for price, english, arabic in [
            ("80", "6 inch 3Cr13 chef knife", "سكين الطاهي 6 بوصة 3Cr13"),
            ("95", "Santoku knife with a pakkawood handle", "سكين سانتوكو بمقبض من خشب باكا"),
        ]
    ]
    return {"category": category, "product": products[0]}


def paths(shop, language):
    """Each page's path in a language, by name; the basket page needs a line added first."""
    def localised(url):
        return f"/{language}/{url.split('/', 2)[2]}"

    return {
        "home": f"/{language}/",
        "category": localised(shop["category"].get_absolute_url()),
        "search": f"/{language}/search/?q=knife",
        "product": localised(shop["product"].get_absolute_url()),
        "basket": f"/{language}/basket/",
    }
