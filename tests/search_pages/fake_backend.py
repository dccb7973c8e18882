"""A search backend that answers what a test told it to and remembers what it was asked."""

from marketplace.product_search.backends.base import SearchBackend
from marketplace.product_search.query import Facet, FacetChoice, SearchHit, SearchResult, Suggestion


class FakeBackend(SearchBackend):
    name = "fake"

    # Class attributes: the views build a new backend per request.
    products = []
    facets = {}  # {facet name: [(value, count), ...]}
    highlights = {}  # {product pk: {field: html}}
    suggestions = []
    queries = []
    suggest_calls = []

    @classmethod
    def reset(cls):
        cls.products, cls.facets, cls.highlights = [], {}, {}
        cls.suggestions, cls.queries, cls.suggest_calls = [], [], []

    @classmethod
    def last_query(cls):
        return cls.queries[-1]

    def search(self, query):
        type(self).queries.append(query)
        start = (query.page - 1) * query.per_page
        page = self.products[start : start + query.per_page]
        hits = [SearchHit(product, dict(self.highlights.get(product.pk, {}))) for product in page]
        facets = []
        if query.with_facets:
            for name, choices in self.facets.items():
                if name == "price" and choices == "per-bucket":
                    choices = [(str(i), 10 + i) for i, _bucket in enumerate(query.price_buckets)]
                selected = set(query.values(name))
                facets.append(Facet(name, tuple(
                    FacetChoice(value, count, value in selected) for value, count in choices)))
        return SearchResult(hits, len(self.products), query, facets)

    def suggest(self, text, language, limit=8):
        type(self).suggest_calls.append((text, language, limit))
        return [Suggestion(*s) for s in self.suggestions][:limit]


class BrokenBackend(FakeBackend):
    def suggest(self, text, language, limit=8):
        raise NotImplementedError
