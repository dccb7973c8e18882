from decimal import Decimal

import pytest
from django.core.cache import cache
from django.utils import translation

from tests.factories import add_category, product_in_category, rate


@pytest.fixture(autouse=True)
def _fresh_cache_and_english(db):
    # Cached menus and rates must not outlive the test database rows they were built from.
    cache.clear()
    with translation.override("en"):
        yield
    cache.clear()


@pytest.fixture
def knife():
    """A chef knife of the kitchen knives, priced in CNY, with a rate to EUR."""
    rate("CNY", "EUR", "0.13")
    category = add_category(["Knives & Scissors", "Kitchen knives"])
    return product_in_category(category, price=Decimal("100.00"), product__title_en="Chef knife")
