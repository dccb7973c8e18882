"""Search straight from the catalogue tables: the embedded default, no service to run.

Matches every word of the query against the product's title and description in
every site language, so a Spanish query finds a product through its Spanish
translation whatever the page language is.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from oscar.core.loading import get_model

from marketplace.core.chrome import CHROME_TIMEOUT, cache_version

from ..query import SearchHit, SearchResult
from .base import SearchBackend, SearchBackendUnavailable

Product = get_model("catalogue", "Product")
Option = get_model("catalogue", "Option")
ProductCategory = get_model("catalogue", "ProductCategory")


def _language_columns(field):
    return [f"{field}_{code.replace('-', '_')}" for code, _name in settings.LANGUAGES]


class DatabaseBackend(SearchBackend):
    name = "database"

    def base_queryset(self):
        return Product.objects.browsable()

    def with_card_data(self, products):
        """What a product card reads, fetched once for the whole page."""
        return (
            products.select_related("product_class")
            # Oscar's has_options reads these instead of asking once per card.
            .annotate(
                has_product_class_options=Exists(
                    Option.objects.filter(productclass=OuterRef("product_class"))
                ),
                has_product_options=Exists(Option.objects.filter(product=OuterRef("pk"))),
            )
            .prefetch_related("images", "stockrecords")
        )

    def filtered(self, query):
        products = self.base_queryset()
        if query.category_ids:
            # A subquery, not a join: no DISTINCT over every column of every product.
            products = products.filter(pk__in=ProductCategory.objects.filter(
                category_id__in=query.category_ids).values("product_id"))
        for word in query.text.split():
            word_matches = Q()
            for column in _language_columns("title") + _language_columns("description"):
                word_matches |= Q(**{f"{column}__icontains": word})
            word_matches |= Q(upc__iexact=word)
            products = products.filter(word_matches)
        return products

    def ordered(self, products, query):
        if query.sort == "newest":
            return products.order_by("-date_created", "-pk")
        if query.sort == "title":
            column = f"title_{query.language.replace('-', '_')}"
            return products.order_by(column, "pk")
        return products.order_by("-rating", "-date_created", "-pk")

    def search(self, query):
        total, page_ids = self.page_of_ids(query)
        # Browsable again: a product hidden since its page was cached is not shown.
        by_id = self.with_card_data(self.base_queryset().filter(pk__in=page_ids)).in_bulk()
        hits = [SearchHit(by_id[pk]) for pk in page_ids if pk in by_id]
        return SearchResult(hits, total, query)

    def page_of_ids(self, query):
        """(total, [ids of the page's products]), cached until a product or category changes.

        Counting and sorting the whole catalogue is the costly part of a catalogue page
        (a tenth of a second for 10,000 products on SQLite), and it is the same for every
        visitor asking the same page.
        """
        digest = hashlib.sha256(repr(query).encode()).hexdigest()
        key = f"listing:{cache_version('listing')}:{digest}"
        found = cache.get(key)
        if found is None:
            products = self.ordered(self.filtered(query), query)
            start = (query.page - 1) * query.per_page
            # Sorting the ids only: the rows carry a title and description per language.
            found = (products.count(), list(products.values_list("pk", flat=True)[start : start + query.per_page]))
            cache.set(key, found, CHROME_TIMEOUT)
        return found

    def ping(self):
        try:
            connection.ensure_connection()
        except Exception as exc:  # the database driver's own error types vary
            raise SearchBackendUnavailable(str(exc)) from exc
        return f"database ({connection.vendor})"
