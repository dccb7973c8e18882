"""The product page's review count: read with the product (no query of its own), and
only approved reviews count."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from tests.factories import add_category, product_in_category

ProductReview = get_model("reviews", "ProductReview")

pytestmark = pytest.mark.django_db


def review(product, status, number):
    return ProductReview.objects.create(
        product=product, score=4, title=f"Review {number}", body="Sharp and well balanced.",
        name=f"Buyer {number}", email=f"buyer{number}@example.com", status=status)


def test_the_page_counts_the_approved_reviews_only_without_a_query_for_them(client):
    knife = product_in_category(add_category(["Knives & Scissors", "Kitchen knives"]),
                                product__title_en="Santoku knife")
    review(knife, ProductReview.APPROVED, 1)
    review(knife, ProductReview.APPROVED, 2)
    review(knife, ProductReview.FOR_MODERATION, 3)
    knife.update_rating()

    with CaptureQueriesContext(connection) as captured:
        page = client.get(knife.get_absolute_url()).content.decode()

    assert re.search(r"2\s+customer reviews", page)
    # The count is a subquery of the product's own query, not a query of its own.
    assert not [query["sql"] for query in captured.captured_queries
                if query["sql"].startswith("SELECT COUNT(*)") and "reviews_productreview" in query["sql"]]
