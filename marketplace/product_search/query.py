"""What a buyer asks of the search and what comes back, independent of the backend.

Views build a ProductQuery from the URL and hand it to whichever backend settings
chose; backends answer a SearchResult. Neither side knows how the other works.
"""

from dataclasses import dataclass, field
from decimal import Decimal

SORTS = ("relevance", "price_asc", "price_desc", "newest", "moq", "title", "seller_rating")

#: Facets counted on every result page, in the order the sidebar shows them. Option and
#: boolean attributes of the clusters add "attr.<attribute code>" facets after these.
FACETS = ("cluster", "category", "seller", "certification", "incoterm", "in_stock")
ATTRIBUTE_FACET_PREFIX = "attr."

#: "MOQ up to" choices: each counts the products a buyer can order with at most that many units.
MOQ_EDGES = (1, 10, 100, 500, 1000, 5000)


@dataclass(frozen=True)
class ProductQuery:
    """One search: text, filters, sorting and the page asked for.

    `filters` is a sorted tuple of (facet name, sorted tuple of values): values of one
    facet are alternatives (OR), facets narrow each other (AND). Prices are in the
    shop's base currency (settings.OSCAR_DEFAULT_CURRENCY): the view converts what
    the buyer typed in the display currency; a range is half-open, price_min <= price <
    price_max, like the sidebar's buckets, so a bucket's count is the number of results
    it gives. `price_buckets` are (low, high) pairs in the base currency to count (high
    None = open ended). `min_grade` keeps the products of sellers rated that grade or
    better (marketplace.seller_rating.grades; new and unrated sellers are left out).
    """

    text: str = ""
    category_ids: tuple = ()
    filters: tuple = ()
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    moq_max: int | None = None
    in_stock: bool = False
    min_grade: str = ""
    sort: str = "relevance"
    language: str = "en"
    page: int = 1
    per_page: int = 20
    with_facets: bool = False
    price_buckets: tuple = ()

    def values(self, facet):
        """The values selected for `facet` (empty tuple when none)."""
        for name, values in self.filters:
            if name == facet:
                return values
        return ()


@dataclass
class SearchHit:
    """One product in a result list; Oscar's templates read the product from `.object`.

    `highlights` maps a field ("title", "description") to an HTML fragment whose
    matched words are wrapped in <mark>, already escaped (empty when the backend
    does not highlight).
    """

    object: object
    highlights: dict = field(default_factory=dict)

    @property
    def pk(self):
        return self.object.pk


@dataclass(frozen=True)
class FacetChoice:
    value: str
    count: int
    selected: bool = False


@dataclass(frozen=True)
class Facet:
    """Counts for one facet. Counts are disjunctive: every other facet's filter applies,
    not this facet's own, so choosing one value does not hide its alternatives."""

    name: str
    choices: tuple = ()


@dataclass
class SearchResult:
    hits: list
    total: int
    query: ProductQuery
    facets: list = field(default_factory=list)

    def facet(self, name):
        return next((f for f in self.facets if f.name == name), None)


@dataclass(frozen=True)
class Suggestion:
    """One autocomplete entry: kind is "product", "category" or "seller"."""

    kind: str
    label: str
    url: str
