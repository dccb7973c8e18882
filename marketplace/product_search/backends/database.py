"""Search straight from the catalogue tables: the embedded default, no service to run.

Matches every word of the query against the product's title and description in
every site language, so a Spanish query finds a product through its Spanish
translation whatever the page language is.
"""

from django.conf import settings
from django.db import connection
from django.db.models import Q
from oscar.core.loading import get_model

from ..query import SearchHit, SearchResult
from .base import SearchBackend, SearchBackendUnavailable

Product = get_model("catalogue", "Product")


def _language_columns(field):
    return [f"{field}_{code.replace('-', '_')}" for code, _name in settings.LANGUAGES]


class DatabaseBackend(SearchBackend):
    name = "database"

    def base_queryset(self):
        return (
            Product.objects.browsable()
            .select_related("product_class")
            .prefetch_related("images", "stockrecords")
        )

    def filtered(self, query):
        products = self.base_queryset()
        if query.category_ids:
            products = products.filter(categories__in=query.category_ids).distinct()
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
        products = self.ordered(self.filtered(query), query)
        total = products.count()
        start = (query.page - 1) * query.per_page
        page = list(products[start : start + query.per_page])
        return SearchResult([SearchHit(product) for product in page], total, query)

    def ping(self):
        try:
            connection.ensure_connection()
        except Exception as exc:  # the database driver's own error types vary
            raise SearchBackendUnavailable(str(exc)) from exc
        return f"database ({connection.vendor})"
