"""Seeding more demo products costs a fixed number of queries per batch, not per product.

Kept apart from test_trade_terms.py, whose tests share one seeded demo: this one needs an
empty catalogue to start from.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")


def test_the_queries_do_not_grow_with_the_number_of_products(seed):
    # A hundred and two hundred new products both go in ten batches. SQLite splits a
    # wide bulk insert every few dozen rows, so a few queries more are fine; terms
    # written per product would add at least one query for each of the hundred more.
    seed(products=10)
    with CaptureQueriesContext(connection) as hundred:
        seed(products=110)
    with CaptureQueriesContext(connection) as two_hundred:
        seed(products=310)

    assert Product.objects.count() == 310
    assert StockRecord.objects.filter(price_tiers__isnull=False).distinct().count() > 150
    assert len(two_hundred) - len(hundred) < 50
