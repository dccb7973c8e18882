"""The Elasticsearch backend's requests and its reading of responses, through the real client."""

import pytest

from marketplace.product_search.backends.base import SearchBackendUnavailable
from marketplace.product_search.backends.elasticsearch import ElasticsearchBackend
from marketplace.product_search.query import ProductQuery
from tests.factories import add_category, product_in_category

from .stub_transport import stub_client

INFO = {"name": "es01", "cluster_name": "marketplace", "version": {"number": "8.15.3"},
        "tagline": "You Know, for Search"}


def search_response(ids, total):
    return {
        "took": 3, "timed_out": False,
        "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
        "hits": {"total": {"value": total, "relation": "eq"}, "max_score": 1.0,
                 "hits": [{"_index": "marketplace-products", "_id": str(pk), "_score": 1.0}
                          for pk in ids]},
    }


def test_ping_reports_the_server_version():
    client, requests = stub_client([(200, INFO)])
    assert ElasticsearchBackend(client=client).ping() == "elasticsearch 8.15.3"
    assert requests[0]["method"] == "GET" and requests[0]["target"] == "/"


def test_ping_failure_is_reported_as_unavailable():
    client, _requests = stub_client([(503, {"error": "cluster_block_exception", "status": 503})])
    with pytest.raises(SearchBackendUnavailable):
        ElasticsearchBackend(client=client).ping()


@pytest.mark.django_db
def test_search_sends_a_multilingual_query_and_returns_products_in_ranked_order():
    category = add_category(["Knives & Scissors", "Kitchen knives"])
    first = product_in_category(category, product__title_es="Cuchillo de chef")
    second = product_in_category(category, product__title_es="Cuchillo santoku")
    client, requests = stub_client([(200, search_response([second.pk, first.pk, 999999], 3))])
    backend = ElasticsearchBackend(client=client, index="products")

    result = backend.search(ProductQuery(text="cuchillo", category_ids=(category.pk,), page=2,
                                         per_page=10))

    assert [hit.object for hit in result.hits] == [second, first]  # 999999 is gone from the DB
    assert result.total == 3
    sent = requests[0]
    assert (sent["method"], sent["target"]) == ("POST", "/products/_search")
    body = sent["body"]
    assert body["from"] == 10 and body["size"] == 10
    assert body["_source"] is False
    must = body["query"]["bool"]["must"][0]["multi_match"]
    assert must["query"] == "cuchillo"
    assert "title_es^3" in must["fields"] and "title_zh_hans^3" in must["fields"]
    assert "description_es" in must["fields"]
    assert {"term": {"is_public": True}} in body["query"]["bool"]["filter"]
    assert {"terms": {"category_ids": [category.pk]}} in body["query"]["bool"]["filter"]


def test_search_error_is_reported_as_unavailable():
    client, _requests = stub_client([(500, {"error": "boom", "status": 500})])
    with pytest.raises(SearchBackendUnavailable):
        ElasticsearchBackend(client=client).search(ProductQuery(text="x"))
