"""What a buyer asks of the search and what comes back, independent of the backend."""

from dataclasses import dataclass, field


SORTS = ("relevance", "newest", "title")


@dataclass(frozen=True)
class ProductQuery:
    text: str = ""
    category_ids: tuple = ()
    sort: str = "relevance"
    language: str = "en"
    page: int = 1
    per_page: int = 20


@dataclass
class SearchHit:
    """One product in a result list; Oscar's templates read the product from `.object`."""

    object: object
    highlights: dict = field(default_factory=dict)

    @property
    def pk(self):
        return self.object.pk


@dataclass
class SearchResult:
    hits: list
    total: int
    query: ProductQuery
