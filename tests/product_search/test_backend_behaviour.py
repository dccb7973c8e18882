"""What every search backend does, whichever settings chose: one set of tests, both backends.

The database backend runs for real on the catalogue below. No Elasticsearch can run
here: its backend goes through the real client to a stub node that answers what
Elasticsearch would answer for that catalogue (the ids in its ranking, the counts of
its aggregations), so these tests hold it to the same outcome where the outcome depends
on the backend's own work: reading hits, keeping their order, dropping products taken
down since indexing, turning aggregations into facets, paging and suggestions.
"""

from decimal import Decimal

import pytest

from marketplace.product_search.backends.database import DatabaseBackend
from marketplace.product_search.backends.elasticsearch import ElasticsearchBackend
from marketplace.product_search.query import MOQ_EDGES, ProductQuery
from tests.factories import PartnerFactory, ProductClassFactory, add_category, product_in_category

from .stub_transport import stub_client

pytestmark = pytest.mark.django_db

SHARDS = {"total": 1, "successful": 1, "skipped": 0, "failed": 0}


@pytest.fixture
def catalogue():
    knives = add_category(["Knives & Scissors", "Kitchen knives"])
    shrimp = add_category(["Seafood & Aquatic Products", "Frozen shrimp"])
    knife_class = ProductClassFactory(slug="knives", name="Knives")
    seafood_class = ProductClassFactory(slug="seafood", name="Seafood")
    maker_a, maker_b = PartnerFactory(code="maker-a"), PartnerFactory(code="maker-b")
    chef = product_in_category(
        knives, price=Decimal("80"), partner=maker_a, moq=10, product__product_class=knife_class,
        product__title_en="8-inch chef knife", product__title_es="Cuchillo de chef de 8 pulgadas",
        product__title_zh_hans="8英寸厨师刀",
    )
    santoku = product_in_category(
        knives, price=Decimal("120"), partner=maker_a, moq=100, num_in_stock=0,
        product__product_class=knife_class, product__title_en="Santoku knife",
        product__title_es="Cuchillo santoku", product__title_zh_hans="三德刀",
    )
    prawn = product_in_category(
        shrimp, price=Decimal("60"), partner=maker_b, moq=500,
        product__product_class=seafood_class, product__title_en="Frozen white shrimp",
        product__title_es="Camarón blanco congelado", product__title_zh_hans="冷冻白虾",
    )
    return {"chef": chef, "santoku": santoku, "prawn": prawn, "knives": knives, "shrimp": shrimp}


class Engine:
    """A backend and, for Elasticsearch, the answer its stub node gives next."""

    def __init__(self, name):
        self.name = name
        if name == "database":
            # What the indexing tasks did after the catalogue was saved; later changes in
            # a test are not indexed, as when a task has not run yet.
            DatabaseBackend().rebuild()

    def backend(self, es_answer):
        if self.name == "database":
            return DatabaseBackend()
        client, _requests = stub_client([(200, es_answer)])
        return ElasticsearchBackend(client=client, index="products")

    def search(self, query, *, ranked, total=None, aggregations=None):
        """`ranked`: the products Elasticsearch would rank for `query`, in its order."""
        answer = {
            "took": 2, "timed_out": False, "_shards": SHARDS,
            "hits": {"total": {"value": len(ranked) if total is None else total, "relation": "eq"},
                     "max_score": None,
                     "hits": [{"_index": "products-1", "_id": str(p.pk), "_score": None}
                              for p in ranked]},
        }
        if aggregations is not None:
            answer["aggregations"] = aggregations
        return self.backend(answer).search(query)

    def suggest(self, text, language, *, completed, categories=(), sellers=()):
        answer = {
            "took": 1, "timed_out": False, "_shards": SHARDS,
            "hits": {"total": {"value": 0, "relation": "eq"}, "max_score": None, "hits": []},
            "suggest": {"products": [{"text": text, "offset": 0, "length": len(text), "options": [
                {"text": p.title, "_index": "products-1", "_id": str(p.pk), "_score": 1.0}
                for p in completed]}]},
            "aggregations": {
                "categories": {"doc_count": 1, "values": {"buckets": [
                    {"key": str(c.pk), "doc_count": 1} for c in categories]}},
                "sellers": {"doc_count": 1, "values": {"buckets": [
                    {"key": code, "doc_count": 1} for code in sellers]}},
            },
        }
        return self.backend(answer).suggest(text, language)


@pytest.fixture(params=["database", "elasticsearch"])
def engine(request, catalogue):
    return Engine(request.param)


def terms(*buckets):
    return {"doc_count": 3, "values": {"buckets": [
        {"key": key, "doc_count": count} for key, count in buckets]}}


def test_an_empty_query_lists_every_browsable_product(engine, catalogue):
    everything = [catalogue["chef"], catalogue["santoku"], catalogue["prawn"]]

    result = engine.search(ProductQuery(sort="newest"), ranked=everything[::-1])

    assert {hit.object for hit in result.hits} == set(everything)
    assert result.total == 3


@pytest.mark.parametrize("language, words, expected", [
    ("es", "cuchillo", {"chef", "santoku"}),
    ("zh-hans", "虾", {"prawn"}),
    ("en", "camarón", {"prawn"}),
])
def test_words_find_products_through_any_translation(engine, catalogue, language, words,
                                                     expected):
    found = [catalogue[name] for name in sorted(expected)]
    result = engine.search(ProductQuery(text=words, language=language), ranked=found)
    assert {hit.object for hit in result.hits} == set(found)
    assert result.total == len(found)


def test_sorting_by_price_lists_the_cheapest_first_and_the_order_is_kept(engine, catalogue):
    cheapest_first = [catalogue["prawn"], catalogue["chef"], catalogue["santoku"]]
    result = engine.search(ProductQuery(sort="price_asc"), ranked=cheapest_first)
    assert [hit.object for hit in result.hits] == cheapest_first


def test_a_product_taken_down_after_indexing_is_gone_at_once(engine, catalogue):
    everything = [catalogue["chef"], catalogue["santoku"], catalogue["prawn"]]
    catalogue["prawn"].is_public = False
    catalogue["prawn"].save()

    result = engine.search(ProductQuery(), ranked=everything)  # the index still holds it

    assert catalogue["prawn"] not in [hit.object for hit in result.hits]


def test_pages_hold_per_page_products_of_the_total(engine, catalogue):
    result = engine.search(ProductQuery(sort="price_asc", page=2, per_page=2),
                           ranked=[catalogue["santoku"]], total=3)
    assert [hit.object for hit in result.hits] == [catalogue["santoku"]]
    assert result.total == 3


def test_facets_count_every_other_filter_but_not_their_own(engine, catalogue):
    query = ProductQuery(filters=(("seller", ("maker-a",)),), with_facets=True,
                         price_buckets=((Decimal(0), Decimal(100)), (Decimal(100), None)))
    knives = catalogue["knives"]
    aggregations = {  # what Elasticsearch counts for this catalogue
        "cluster": terms(("knives", 2)),
        "category": terms((str(knives.get_parent().pk), 2), (str(knives.pk), 2)),
        "seller": terms(("maker-a", 2), ("maker-b", 1)),
        "certification": terms(), "incoterm": terms(),
        "in_stock": {"doc_count": 2, "values": {"buckets": [
            {"key": 1, "key_as_string": "true", "doc_count": 1},
            {"key": 0, "key_as_string": "false", "doc_count": 1}]}},
        "attrs": terms(),
        "price": {"doc_count": 2, "values": {"buckets": [
            {"key": "0-100", "from": 0.0, "to": 100.0, "doc_count": 1},
            {"key": "100-", "from": 100.0, "doc_count": 1}]}},
        "moq": {"doc_count": 2, "values": {"buckets": {
            str(edge): {"doc_count": (edge >= 10) + (edge >= 100)} for edge in MOQ_EDGES}}},
    }

    result = engine.search(query, ranked=[catalogue["chef"], catalogue["santoku"]],
                           aggregations=aggregations)

    def counts(name):
        return {c.value: (c.count, c.selected) for c in result.facet(name).choices if c.count
                or c.selected}

    assert result.total == 2
    assert counts("seller") == {"maker-a": (2, True), "maker-b": (1, False)}
    assert counts("cluster") == {"knives": (2, False)}
    assert counts("category") == {str(knives.get_parent().pk): (2, False),
                                  str(knives.pk): (2, False)}
    assert counts("in_stock") == {"true": (1, False)}
    assert [(c.value, c.count) for c in result.facet("price").choices] == [("0-100", 1),
                                                                          ("100-", 1)]
    assert {c.value: c.count for c in result.facet("moq").choices} == {
        "1": 0, "10": 1, "100": 2, "500": 2, "1000": 2, "5000": 2}


def test_suggestions_offer_products_and_categories_while_typing(engine, catalogue):
    knives = catalogue["knives"]

    found = engine.suggest("kni", "en", completed=[catalogue["santoku"], catalogue["chef"]],
                           categories=[knives.get_parent(), knives])

    products = {(s.label, s.url) for s in found if s.kind == "product"}
    assert products == {("Santoku knife", catalogue["santoku"].get_absolute_url()),
                        ("8-inch chef knife", catalogue["chef"].get_absolute_url())}
    assert ("Kitchen knives", knives.get_absolute_url()) in {
        (s.label, s.url) for s in found if s.kind == "category"}


def test_a_taken_down_product_is_never_suggested(engine, catalogue):
    catalogue["santoku"].is_public = False
    catalogue["santoku"].save()

    found = engine.suggest("santoku", "en", completed=[catalogue["santoku"]])

    assert [s for s in found if s.kind == "product"] == []
