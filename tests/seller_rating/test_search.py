"""Buyers sort search results by the seller's rating and keep only sellers of a grade or
better: the database backend for real, Elasticsearch through its stub node."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from marketplace.product_search.backends.database import DatabaseBackend
from marketplace.product_search.backends.elasticsearch import (
    ElasticsearchBackend,
    index_source,
    product_mapping,
)
from marketplace.product_search.documents import build_documents
from marketplace.product_search.query import ProductQuery
from tests.factories import StockRecordFactory
from tests.product_search.stub_transport import stub_client

from .helpers import rate

pytestmark = pytest.mark.django_db


@pytest.fixture
def graded(seller, other_seller, category):
    """Eighteen Knives rated A (91), Golden Scissors C (60), a third maker unrated."""
    rate(seller, 91, "A")
    rate(other_seller, 60, "C")
    unrated = StockRecordFactory(product__title_en="Unrated cleaver")
    return {"A": seller.product, "C": other_seller.product, "none": unrated.product}


def titles(response):
    return [hit.object.title for hit in response.context["products"]]


def test_documents_carry_the_sellers_score_and_grade(graded):
    documents = {d["id"]: d for d in build_documents([p.pk for p in graded.values()])}
    assert (documents[graded["A"].pk]["seller_score"],
            documents[graded["A"].pk]["seller_grade"]) == (91, "A")
    assert (documents[graded["none"].pk]["seller_score"],
            documents[graded["none"].pk]["seller_grade"]) == (None, "")


def test_a_new_seller_has_no_grade_in_the_index(seller):
    rate(seller, None, "new")
    [document] = build_documents([seller.product.pk])
    assert (document["seller_score"], document["seller_grade"]) == (None, "")


# --- the database backend, through the pages ------------------------------------------------


def test_sorting_by_seller_rating_puts_the_best_rated_first(client, graded):
    response = client.get("/en/catalogue/", {"sort": "seller_rating"})
    assert titles(response) == ["Eighteen Chef Knife 8in", "Golden Santoku 7in", "Unrated cleaver"]
    assert 'value="seller_rating" selected' in response.content.decode()


def test_filtering_by_minimum_grade(client, graded):
    assert titles(client.get("/en/catalogue/", {"min_grade": "A"})) == ["Eighteen Chef Knife 8in"]
    assert sorted(titles(client.get("/en/catalogue/", {"min_grade": "C"}))) == [
        "Eighteen Chef Knife 8in", "Golden Santoku 7in"]


def test_the_sidebar_offers_the_grades_and_takes_a_chosen_one_off(client, graded):
    response = client.get("/en/catalogue/", {"min_grade": "B"})
    box = next(box for box in response.context["facet_boxes"] if box.name == "min_grade")
    assert box.title == "Seller rating"
    assert [(c.value, c.label, c.selected) for c in box.choices] == [
        ("A", "Grade A", False), ("B", "Grade B or better", True), ("C", "Grade C or better", False)]
    assert "min_grade" not in box.choices[1].url
    assert "min_grade=A" in box.choices[0].url


def test_no_grade_box_while_no_seller_has_a_grade(client, seller):
    response = client.get("/en/catalogue/")
    assert "min_grade" not in [box.name for box in response.context["facet_boxes"]]


def test_an_unknown_grade_is_ignored(client, graded):
    response = client.get("/en/catalogue/", {"min_grade": "<script>"})
    assert response.status_code == 200
    assert len(titles(response)) == 3
    assert "<script>" not in response.content.decode()


def test_a_rating_change_reaches_the_search(client, graded, seller, other_seller):
    rate(seller, 50, "D")
    rate(other_seller, 88, "A")
    assert titles(client.get("/en/catalogue/", {"sort": "seller_rating"}))[0] == "Golden Santoku 7in"
    assert titles(client.get("/en/catalogue/", {"min_grade": "A"})) == ["Golden Santoku 7in"]


def test_the_database_backend_sorts_and_filters(graded):
    backend = DatabaseBackend()
    result = backend.search(ProductQuery(sort="seller_rating", min_grade="C"))
    assert [hit.object for hit in result.hits] == [graded["A"], graded["C"]]
    assert backend.search(ProductQuery(min_grade="Z")).total == 0


# --- Elasticsearch through the stub node -----------------------------------------------------

SHARDS = {"total": 1, "successful": 1, "skipped": 0, "failed": 0}


def es_answer(ids):
    return {"took": 1, "timed_out": False, "_shards": SHARDS,
            "hits": {"total": {"value": len(ids), "relation": "eq"}, "max_score": None,
                     "hits": [{"_index": "products-1", "_id": str(pk), "_score": None}
                              for pk in ids]}}


def test_elasticsearch_maps_the_rating_fields():
    properties = product_mapping(["en"]).to_dict()["properties"]
    assert properties["seller_score"] == {"type": "float"}
    assert properties["seller_grade"] == {"type": "keyword"}


def test_elasticsearch_indexes_the_rating_with_the_product(graded):
    client, requests = stub_client([(200, {"errors": False, "items": []})])
    ElasticsearchBackend(client=client, index="products").index_products(
        [graded["A"].pk, graded["none"].pk])
    sources = {line["id"]: line for line in requests[0]["body"] if "id" in line}
    assert (sources[graded["A"].pk]["seller_score"], sources[graded["A"].pk]["seller_grade"]) == (
        91, "A")
    # Unrated: left out, so it sorts last and no grade filter keeps it.
    assert "seller_score" not in sources[graded["none"].pk]
    assert "seller_grade" not in sources[graded["none"].pk]
    mapped = set(product_mapping().to_dict()["properties"])
    assert set(sources[graded["A"].pk]) <= mapped


def test_elasticsearch_sorts_by_seller_rating_and_filters_by_grade(graded):
    client, requests = stub_client([(200, es_answer([graded["C"].pk, graded["A"].pk]))])
    result = ElasticsearchBackend(client=client, index="products").search(
        ProductQuery(sort="seller_rating", min_grade="C"))

    body = requests[0]["body"]
    assert body["sort"] == [{"seller_score": {"order": "desc", "missing": "_last"}},
                            {"date_created": {"order": "desc"}}, {"id": {"order": "desc"}}]
    assert body["query"] == {"bool": {"filter": [{"terms": {"seller_grade": ["A", "B", "C"]}}]}}
    # The node's order is kept.
    assert [hit.object for hit in result.hits] == [graded["C"], graded["A"]]


def test_elasticsearch_applies_the_grade_filter_to_every_facet_count(graded):
    client, requests = stub_client([(200, es_answer([]))])
    ElasticsearchBackend(client=client, index="products").search(
        ProductQuery(min_grade="A", with_facets=True))
    body = requests[0]["body"]
    grade = {"terms": {"seller_grade": ["A"]}}
    assert body["post_filter"] == {"bool": {"filter": [grade]}}
    assert body["aggs"]["seller"]["filter"] == {"bool": {"filter": [grade]}}


def test_index_source_leaves_out_a_missing_rating():
    document = {"id": 1, "title_en": "Knife", "attrs": {}, "seller_score": None,
                "seller_grade": "", "price": Decimal("1"),
                "date_created": datetime(2026, 1, 1, tzinfo=UTC)}
    source = index_source(document, ["en"])
    assert "seller_score" not in source and "seller_grade" not in source
