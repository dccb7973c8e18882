"""The Elasticsearch backend's requests and its reading of responses, through the real client.

Bodies are compared whole: the mapping, the query and the bulk lines are the backend's
contract with Elasticsearch, and a changed key must show up here. The site languages
are cut down to English and Chinese (one built-in language analyser, one CJK) to keep
the expected bodies readable; the full list is checked field by field.
"""

import re
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from django.test import override_settings

from marketplace.product_search.backends.base import SearchBackendUnavailable
from marketplace.product_search.backends.elasticsearch import (
    FOLD_MAPPINGS,
    ElasticsearchBackend,
    IndexingRefused,
    completion_inputs,
    product_mapping,
)
from marketplace.product_search.query import MOQ_EDGES, Facet, FacetChoice, ProductQuery, Suggestion
from marketplace.sellers.models import Cluster, Enterprise
from tests.factories import PartnerFactory, add_category, product_in_category
from tests.sellers.factories import EnterpriseFactory

from .stub_transport import stub_client

INFO = {"name": "es01", "cluster_name": "marketplace", "version": {"number": "8.15.3"},
        "tagline": "You Know, for Search"}
TWO_LANGUAGES = override_settings(LANGUAGES=[("en", "English"), ("zh-hans", "简体中文")])
SHARDS = {"total": 1, "successful": 1, "skipped": 0, "failed": 0}


def search_response(ids, total, highlights=None, aggregations=None):
    hits = []
    for pk in ids:
        hit = {"_index": "products-20261125000000000000", "_id": str(pk), "_score": None,
               "sort": [80.0, pk]}
        if highlights and pk in highlights:
            hit["highlight"] = highlights[pk]
        hits.append(hit)
    response = {"took": 3, "timed_out": False, "_shards": SHARDS,
                "hits": {"total": {"value": total, "relation": "eq"}, "max_score": None,
                         "hits": hits}}
    if aggregations is not None:
        response["aggregations"] = aggregations
    return response


def bulk_response(*items, errors=False):
    return {"took": 5, "errors": errors, "items": list(items)}


def bulk_item(action, pk, status=200, error=None):
    result = {"_index": "products-20261125000000000000", "_id": str(pk), "status": status}
    if error:
        result["error"] = error
    else:
        result["result"] = {"index": "updated", "delete": "deleted"}[action]
    return {action: result}


def document(pk, **fields):
    """A document of the shape documents.DocumentBuilder builds (two languages)."""
    return {
        "id": pk, "title_en": "8-inch chef knife", "title_zh_hans": "8英寸厨师刀",
        "description_en": "Forged VG10 steel.", "description_zh_hans": "锻造VG10钢。",
        "attributes_en": "Blade steel: VG10", "attributes_zh_hans": "刀身钢材: VG10",
        "category_names_en": "Knives & Scissors Kitchen knives",
        "category_names_zh_hans": "刀剪 厨房刀具",
        "seller_name": "阳江十八子刀具有限公司 Eighteen Knives",
        "cluster": "knives", "category": [3, 4], "seller": "maker-1",
        "attrs": {"blade_steel": ["blade_steel.vg10"], "dishwasher_safe": ["false"]},
        "certification": ["lfgb"], "incoterm": ["EXW", "FOB"], "in_stock": True, "moq": 100,
        "price": Decimal("80.00"), "date_created": datetime(2026, 11, 20, 8, 30, tzinfo=UTC),
        "rating": None, "upc": "UPC00000001", "gtin": "", "hs_code": "821191",
        **fields,
    }


def stored(pk, **fields):
    """What the backend sends Elasticsearch for document(pk)."""
    return {
        "id": pk, "title_en": "8-inch chef knife", "title_zh_hans": "8英寸厨师刀",
        "description_en": "Forged VG10 steel.", "description_zh_hans": "锻造VG10钢。",
        "attributes_en": "Blade steel: VG10", "attributes_zh_hans": "刀身钢材: VG10",
        "category_names_en": "Knives & Scissors Kitchen knives",
        "category_names_zh_hans": "刀剪 厨房刀具",
        "seller_name": "阳江十八子刀具有限公司 Eighteen Knives",
        "cluster": "knives", "category": [3, 4], "seller": "maker-1",
        "attrs": ["blade_steel=blade_steel.vg10", "dishwasher_safe=false"],
        "certification": ["lfgb"], "incoterm": ["EXW", "FOB"], "in_stock": True, "moq": 100,
        "price": 80.0, "date_created": "2026-11-20T08:30:00+00:00",
        "upc": "UPC00000001", "hs_code": "821191",  # no rating, no GTIN: left out
        "suggest": [
            {"input": ["8-inch chef knife", "inch chef knife", "chef knife", "knife"],
             "contexts": {"language": ["en"]}},
            {"input": ["8英寸厨师刀", "英寸厨师刀", "寸厨师刀", "厨师刀", "师刀", "刀"],
             "contexts": {"language": ["zh_hans"]}},
        ],
        **fields,
    }


def fake_documents(browsable):
    """A document builder answering for the ids in `browsable` only, as the real one does."""
    def build(ids):
        return [document(pk) for pk in ids if pk in browsable]
    return build


# --- the service ------------------------------------------------------------------------


def test_ping_reports_the_server_version():
    client, requests = stub_client([(200, INFO)])
    assert ElasticsearchBackend(client=client).ping() == "elasticsearch 8.15.3"
    assert requests[0]["method"] == "GET" and requests[0]["target"] == "/"


def test_ping_failure_is_reported_as_unavailable():
    client, _requests = stub_client([(503, {"error": "cluster_block_exception", "status": 503})])
    with pytest.raises(SearchBackendUnavailable):
        ElasticsearchBackend(client=client).ping()


# --- the mapping ----------------------------------------------------------------------


CJK_CHARS = {"analyzer": "cjk_chars", "type": "text"}
SORT = {"normalizer": "sortable", "ignore_above": 256, "type": "keyword"}

EXPECTED_INDEX_BODY = {
    "settings": {
        "refresh_interval": "-1",
        "analysis": {
            "analyzer": {
                "text_en": {"type": "custom", "tokenizer": "standard",
                            "char_filter": ["marketplace_fold"],
                            "filter": ["lowercase", "english_possessive", "light_english",
                                       "asciifolding"]},
                "text_cjk": {"type": "custom", "tokenizer": "standard",
                             "char_filter": ["marketplace_fold"],
                             "filter": ["cjk_width", "lowercase", "cjk_bigram"]},
                "cjk_chars": {"type": "custom", "tokenizer": "standard",
                              "char_filter": ["marketplace_fold"],
                              "filter": ["cjk_width", "lowercase", "cjk_bigram_and_unigrams"]},
                "folded": {"type": "custom", "tokenizer": "standard",
                           "char_filter": ["marketplace_fold"],
                           "filter": ["cjk_width", "lowercase", "asciifolding"]},
                "autocomplete": {"type": "custom", "tokenizer": "standard",
                                 "filter": ["lowercase", "asciifolding"]},
            },
            "filter": {
                "english_possessive": {"type": "stemmer", "language": "possessive_english"},
                "light_english": {"type": "stemmer", "language": "light_english"},
                "cjk_bigram_and_unigrams": {"type": "cjk_bigram", "output_unigrams": True},
            },
            "char_filter": {"marketplace_fold": {"type": "mapping", "mappings": FOLD_MAPPINGS}},
            "normalizer": {"sortable": {"type": "custom", "filter": ["lowercase", "asciifolding"]}},
        },
    },
    "mappings": {
        "dynamic": False,
        "properties": {
            "id": {"type": "integer"},
            "title_en": {"type": "text", "analyzer": "text_en", "fields": {"sort": SORT}},
            "description_en": {"type": "text", "analyzer": "text_en"},
            "attributes_en": {"type": "text", "analyzer": "text_en"},
            "category_names_en": {"type": "text", "analyzer": "text_en"},
            "title_zh_hans": {"type": "text", "analyzer": "text_cjk",
                              "fields": {"sort": SORT, "chars": CJK_CHARS}},
            "description_zh_hans": {"type": "text", "analyzer": "text_cjk",
                                    "fields": {"chars": CJK_CHARS}},
            "attributes_zh_hans": {"type": "text", "analyzer": "text_cjk",
                                   "fields": {"chars": CJK_CHARS}},
            "category_names_zh_hans": {"type": "text", "analyzer": "text_cjk",
                                       "fields": {"chars": CJK_CHARS}},
            "seller_name": {"type": "text", "analyzer": "standard"},
            "compound_parts": {"type": "text", "analyzer": "folded"},
            "cluster": {"type": "keyword"},
            "category": {"type": "keyword"},
            "seller": {"type": "keyword"},
            "certification": {"type": "keyword"},
            "incoterm": {"type": "keyword"},
            "attrs": {"type": "keyword"},
            "upc": {"type": "keyword"},
            "gtin": {"type": "keyword"},
            "hs_code": {"type": "keyword"},
            "in_stock": {"type": "boolean"},
            "moq": {"type": "integer"},
            "price": {"type": "scaled_float", "scaling_factor": 100},
            "date_created": {"type": "date"},
            "rating": {"type": "float"},
            "seller_score": {"type": "float"},
            "seller_grade": {"type": "keyword"},
            "suggest": {"type": "completion", "analyzer": "autocomplete",
                        "contexts": [{"name": "language", "type": "category"}]},
        },
    },
}


@pytest.mark.parametrize("suffix, analyzer", [
    ("en", "text_en"), ("es", "text_es"), ("fr", "text_fr"), ("de", "text_de"),
    ("ru", "text_ru"), ("ar", "text_ar"), ("pt", "text_pt"),
    ("zh_hans", "text_cjk"), ("ja", "text_cjk"), ("ko", "text_cjk"),
])
def test_every_site_language_has_its_analyser(suffix, analyzer):
    properties = product_mapping().to_dict()["properties"]
    for field in ("title", "description", "attributes", "category_names"):
        mapped = properties[f"{field}_{suffix}"]
        assert mapped["analyzer"] == analyzer
        assert ("chars" in mapped.get("fields", {})) == (analyzer == "text_cjk")


def test_completion_inputs_start_at_every_word_and_every_cjk_character():
    assert completion_inputs("Frozen  white shrimp") == ["Frozen white shrimp", "white shrimp",
                                                         "shrimp"]
    assert completion_inputs("冷冻白虾") == ["冷冻白虾", "冷冻白虾"[1:], "白虾", "虾"]
    assert completion_inputs("") == []


# --- rebuilding -----------------------------------------------------------------------


@pytest.fixture
def products():
    knives = add_category(["Knives & Scissors", "Kitchen knives"])
    chef = product_in_category(knives, product__title_en="8-inch chef knife")
    santoku = product_in_category(knives, product__title_en="Santoku knife")
    hidden = product_in_category(knives, product__title_en="Recalled knife",
                                 product__is_public=False)
    return chef, santoku, hidden


@pytest.mark.django_db
@TWO_LANGUAGES
def test_rebuild_loads_a_new_index_in_bulk_then_swaps_the_alias(products):
    chef, santoku, _hidden = products
    client, requests = stub_client([
        (200, {"acknowledged": True, "index": "new"}),  # create
        (200, bulk_response(bulk_item("index", chef.pk), bulk_item("index", santoku.pk))),
        (200, {"acknowledged": True}),  # settings
        (200, {"_shards": SHARDS}),  # refresh
        (200, {"products-20261101000000000000": {"aliases": {"products": {}}}}),
        (200, {"acknowledged": True}),  # _aliases
        (200, {"acknowledged": True}),  # delete the old index
    ])
    backend = ElasticsearchBackend(client=client, index="products",
                                   documents=fake_documents({chef.pk, santoku.pk}))
    progress = []

    assert backend.rebuild(progress=lambda done, total: progress.append((done, total))) == 2

    new = requests[0]["target"].lstrip("/")
    assert re.fullmatch(r"products-\d{20}", new)
    assert [(r["method"], r["target"]) for r in requests] == [
        ("PUT", f"/{new}"),
        ("PUT", f"/{new}/_bulk"),
        ("PUT", f"/{new}/_settings"),
        ("POST", f"/{new}/_refresh"),
        ("GET", "/_alias/products"),
        ("POST", "/_aliases"),
        ("DELETE", "/products-20261101000000000000"),
    ]
    assert requests[0]["body"] == EXPECTED_INDEX_BODY
    assert requests[1]["body"] == [
        {"index": {"_id": str(chef.pk)}}, stored(chef.pk),
        {"index": {"_id": str(santoku.pk)}}, stored(santoku.pk),
    ]
    assert requests[2]["body"] == {"refresh_interval": None}  # back to the default
    assert requests[5]["body"] == {"actions": [
        {"remove": {"index": "products-20261101000000000000", "alias": "products"}},
        {"add": {"index": new, "alias": "products"}},
    ]}
    assert progress == [(2, 2)]


@pytest.mark.django_db
def test_a_first_rebuild_replaces_an_index_auto_created_under_the_alias_name(products):
    client, requests = stub_client([
        (200, {"acknowledged": True}), (200, {"acknowledged": True}), (200, {"_shards": SHARDS}),
        (404, {"error": "alias [products] missing", "status": 404}),
        (200, {}),  # HEAD /products: a concrete index of that name exists
        (200, {"acknowledged": True}),
    ])
    backend = ElasticsearchBackend(client=client, index="products", documents=lambda ids: [])

    backend.rebuild()

    new = requests[0]["target"].lstrip("/")
    assert (requests[4]["method"], requests[4]["target"]) == ("HEAD", "/products")
    assert requests[5]["body"] == {"actions": [
        {"remove_index": {"index": "products"}}, {"add": {"index": new, "alias": "products"}},
    ]}
    assert len(requests) == 6  # nothing else to delete


@pytest.mark.django_db
def test_a_failed_rebuild_drops_its_new_index_and_leaves_the_alias_alone(products):
    client, requests = stub_client([
        (200, {"acknowledged": True}),
        (503, {"error": "unavailable_shards_exception", "status": 503}),
        (200, {"acknowledged": True}),
    ])
    backend = ElasticsearchBackend(client=client, index="products",
                                   documents=fake_documents({p.pk for p in products}))

    with pytest.raises(SearchBackendUnavailable):
        backend.rebuild()

    new = requests[0]["target"]
    assert [(r["method"], r["target"]) for r in requests[1:]] == [
        ("PUT", f"{new}/_bulk"), ("DELETE", new)]


# --- indexing changes -------------------------------------------------------------------


@pytest.mark.django_db
@TWO_LANGUAGES
def test_index_products_upserts_browsable_products_and_deletes_the_others():
    client, requests = stub_client([
        (200, bulk_response(bulk_item("index", 7), bulk_item("delete", 8, status=404),
                            bulk_item("delete", 9))),
    ])
    backend = ElasticsearchBackend(client=client, index="products", documents=fake_documents({7}))

    backend.index_products([9, 7, 8, 7])

    sent = requests[0]
    assert (sent["method"], sent["target"]) == ("PUT", "/products/_bulk?require_alias=true")
    assert sent["body"] == [
        {"index": {"_id": "7"}}, stored(7),
        {"delete": {"_id": "8"}},  # not in the index: a 404 item is fine
        {"delete": {"_id": "9"}},
    ]


@pytest.mark.django_db
@TWO_LANGUAGES
def test_index_products_creates_the_index_when_the_alias_is_missing():
    missing = {"type": "index_not_found_exception", "reason": "no such index [products]"}
    client, requests = stub_client([
        (200, bulk_response(bulk_item("index", 7, status=404, error=missing), errors=True)),
        (200, {"acknowledged": True}),
        (200, bulk_response(bulk_item("index", 7))),
    ])
    backend = ElasticsearchBackend(client=client, index="products", documents=fake_documents({7}))

    backend.index_products([7])

    assert requests[1]["method"] == "PUT"
    assert re.fullmatch(r"/products-\d{20}", requests[1]["target"])
    assert requests[1]["body"]["aliases"] == {"products": {}}
    assert requests[1]["body"]["mappings"]["properties"]["suggest"]["type"] == "completion"
    assert requests[2]["body"] == requests[0]["body"]


def test_remove_products_deletes_at_once_even_what_is_not_there():
    client, requests = stub_client([
        (200, bulk_response(bulk_item("delete", 5), bulk_item("delete", 6, status=404))),
    ])
    ElasticsearchBackend(client=client, index="products").remove_products([6, 5])

    assert requests[0]["target"] == "/products/_bulk?require_alias=true"
    assert requests[0]["body"] == [{"delete": {"_id": "5"}}, {"delete": {"_id": "6"}}]


def test_remove_products_of_nothing_sends_nothing():
    client, requests = stub_client([])
    ElasticsearchBackend(client=client, index="products").remove_products([])
    assert requests == []


@pytest.mark.parametrize("status, error, raised", [
    (400, {"type": "document_parsing_exception", "reason": "failed to parse field [moq]"},
     IndexingRefused),
    (429, {"type": "es_rejected_execution_exception", "reason": "queue full"},
     SearchBackendUnavailable),
])
def test_refused_bulk_operations_raise(status, error, raised):
    client, _requests = stub_client([
        (200, bulk_response(bulk_item("delete", 5, status=status, error=error), errors=True)),
    ])
    with pytest.raises(raised):
        ElasticsearchBackend(client=client, index="products").remove_products([5])


def test_bulk_failure_is_reported_as_unavailable():
    client, _requests = stub_client([(503, {"error": "master_not_discovered", "status": 503})])
    with pytest.raises(SearchBackendUnavailable):
        ElasticsearchBackend(client=client, index="products").remove_products([5])


# --- searching --------------------------------------------------------------------------


def bool_filter(*filters):
    return {"bool": {"filter": list(filters)}}


TEXT_FIELDS = [
    "title_en^3", "description_en", "attributes_en^1.5", "category_names_en^2",
    "title_zh_hans^3", "title_zh_hans.chars^3", "description_zh_hans",
    "description_zh_hans.chars", "attributes_zh_hans^1.5", "attributes_zh_hans.chars^1.5",
    "category_names_zh_hans^2", "category_names_zh_hans.chars^2", "seller_name",
    "compound_parts",
]
STEEL = {"terms": {"attrs": ["blade_steel=blade_steel.vg10"]}}
SELLERS = {"terms": {"seller": ["maker-1", "maker-2"]}}
STOCK = {"term": {"in_stock": True}}
PRICE = {"range": {"price": {"gte": 10.0, "lt": 50.0}}}
ALL = bool_filter(STEEL, SELLERS, STOCK, PRICE)

FACETED_QUERY = ProductQuery(
    text="chef knife", category_ids=(7, 8),
    filters=(("attr.blade_steel", ("blade_steel.vg10",)), ("seller", ("maker-1", "maker-2"))),
    price_min=Decimal("10"), price_max=Decimal("50"), in_stock=True, sort="price_asc",
    language="en", page=2, per_page=10, with_facets=True,
    price_buckets=((Decimal("0"), Decimal("10")), (Decimal("10"), Decimal("50")),
                   (Decimal("50"), None)),
)


def terms(field, size, **options):
    return {"values": {"terms": {"field": field, "size": size, **options}}}


EXPECTED_SEARCH_BODY = {
    "query": {"bool": {
        "must": [{"bool": {"should": [
            {"multi_match": {"query": "chef knife", "type": "best_fields", "fields": TEXT_FIELDS,
                             "fuzziness": "AUTO", "operator": "and"}},
            {"multi_match": {"query": "chef knife", "type": "cross_fields", "fields": TEXT_FIELDS,
                             "operator": "and"}},
            {"multi_match": {"query": "chef knife", "fields": ["upc^5", "gtin^5", "hs_code"]}},
        ], "minimum_should_match": 1}}],
        "filter": [{"terms": {"category": ["7", "8"]}}],
    }},
    "post_filter": ALL,
    "aggs": {
        "cluster": {"filter": ALL, "aggs": terms("cluster", 50)},
        "category": {"filter": ALL, "aggs": terms("category", 500)},
        "seller": {"filter": bool_filter(STEEL, STOCK, PRICE), "aggs": terms("seller", 200)},
        "certification": {"filter": ALL, "aggs": terms("certification", 100)},
        "incoterm": {"filter": ALL, "aggs": terms("incoterm", 20)},
        "in_stock": {"filter": bool_filter(STEEL, SELLERS, PRICE),
                     "aggs": {"values": {"terms": {"field": "in_stock"}}}},
        "attrs": {"filter": ALL, "aggs": terms("attrs", 2000)},
        "attr.blade_steel": {"filter": bool_filter(SELLERS, STOCK, PRICE),
                             "aggs": terms("attrs", 2000, include="blade_steel=.*")},
        "price": {"filter": bool_filter(STEEL, SELLERS, STOCK), "aggs": {"values": {"range": {
            "field": "price", "ranges": [
                {"key": "0-10", "from": 0.0, "to": 10.0},
                {"key": "10-50", "from": 10.0, "to": 50.0},
                {"key": "50-", "from": 50.0},
            ]}}}},
        "moq": {"filter": ALL, "aggs": {"values": {"filters": {"filters": {
            str(edge): {"range": {"moq": {"lte": edge}}} for edge in MOQ_EDGES}}}}},
    },
    "highlight": {
        "pre_tags": ["<mark>"], "post_tags": ["</mark>"], "encoder": "html",
        "fields": {"title_en": {"number_of_fragments": 0},
                   "description_en": {"fragment_size": 160, "number_of_fragments": 1}},
    },
    "sort": [{"price": {"order": "asc", "missing": "_last"}}, {"id": {"order": "desc"}}],
    "_source": False,
    "track_total_hits": True,
    "from": 10,
    "size": 10,
}


def aggregation(buckets, doc_count=12):
    return {"doc_count": doc_count, "values": {
        "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": buckets}}


def bucket(key, count, **extra):
    return {"key": key, "doc_count": count, **extra}


REALISTIC_AGGREGATIONS = {
    "cluster": aggregation([bucket("knives", 9), bucket("scissors", 3)]),
    "category": aggregation([bucket("3", 12), bucket("4", 9)]),
    "seller": aggregation([bucket("maker-3", 7), bucket("maker-1", 4)]),
    "certification": aggregation([bucket("lfgb", 5)]),
    "incoterm": aggregation([bucket("FOB", 12), bucket("EXW", 6)]),
    "in_stock": aggregation([bucket(1, 10, key_as_string="true"),
                             bucket(0, 2, key_as_string="false")]),
    "attrs": aggregation([bucket("blade_steel=blade_steel.vg10", 4),
                          bucket("dishwasher_safe=false", 3),
                          bucket("handle=handle.pakkawood", 2)]),
    "attr.blade_steel": aggregation([bucket("blade_steel=blade_steel.aus8", 6),
                                     bucket("blade_steel=blade_steel.vg10", 4)]),
    "price": {"doc_count": 12, "values": {"buckets": [
        bucket("0-10", 0, **{"from": 0.0, "to": 10.0}),
        bucket("10-50", 4, **{"from": 10.0, "to": 50.0}),
        bucket("50-", 8, **{"from": 50.0}),
    ]}},
    "moq": {"doc_count": 12, "values": {"buckets": {
        "1": {"doc_count": 0}, "10": {"doc_count": 1}, "100": {"doc_count": 4},
        "500": {"doc_count": 4}, "1000": {"doc_count": 9}, "5000": {"doc_count": 12}}}},
}


@pytest.mark.django_db
@TWO_LANGUAGES
def test_a_faceted_text_search_sends_one_exact_request():
    client, requests = stub_client([(200, search_response([], 0))])
    ElasticsearchBackend(client=client, index="products").search(FACETED_QUERY)

    assert (requests[0]["method"], requests[0]["target"]) == ("POST", "/products/_search")
    assert requests[0]["body"] == EXPECTED_SEARCH_BODY


@pytest.mark.django_db
def test_a_faceted_search_reads_hits_highlights_totals_and_disjunctive_facets(products):
    chef, santoku, hidden = products
    highlights = {
        santoku.pk: {"title_en": ["Santoku <mark>knife</mark> &lt;b&gt;"]},
        chef.pk: {"description_en": ["Forged <mark>chef</mark>"]},
    }
    client, _requests = stub_client([(200, search_response(
        [santoku.pk, hidden.pk, chef.pk, 999999], 12, highlights, REALISTIC_AGGREGATIONS))])

    result = ElasticsearchBackend(client=client, index="products").search(FACETED_QUERY)

    # A product taken down (or deleted) since it was indexed is not shown; ES order is kept.
    assert [hit.object for hit in result.hits] == [santoku, chef]
    assert result.total == 12
    assert result.hits[0].highlights == {"title": "Santoku <mark>knife</mark> &lt;b&gt;"}
    assert result.hits[1].highlights == {"description": "Forged <mark>chef</mark>"}
    assert result.facets == [
        Facet("cluster", (FacetChoice("knives", 9), FacetChoice("scissors", 3))),
        Facet("category", (FacetChoice("3", 12), FacetChoice("4", 9))),
        Facet("seller", (FacetChoice("maker-3", 7), FacetChoice("maker-1", 4, True),
                         FacetChoice("maker-2", 0, True))),
        Facet("certification", (FacetChoice("lfgb", 5),)),
        Facet("incoterm", (FacetChoice("FOB", 12), FacetChoice("EXW", 6))),
        Facet("in_stock", (FacetChoice("true", 10, True),)),
        Facet("attr.blade_steel", (FacetChoice("blade_steel.aus8", 6),
                                   FacetChoice("blade_steel.vg10", 4, True))),
        Facet("attr.dishwasher_safe", (FacetChoice("false", 3),)),
        Facet("attr.handle", (FacetChoice("handle.pakkawood", 2),)),
        Facet("price", (FacetChoice("0-10", 0), FacetChoice("10-50", 4, True),
                        FacetChoice("50-", 8))),
        Facet("moq", tuple(FacetChoice(str(edge), count) for edge, count in
                           zip(MOQ_EDGES, (0, 1, 4, 4, 9, 12), strict=True))),
    ]


def test_highlights_are_escaped_whatever_elasticsearch_sends():
    backend = ElasticsearchBackend(client=stub_client([])[0], index="products")
    found = backend.read_highlights(
        {"title_en": ['<script>x</script> <mark>knife</mark> &amp; "fork"']})
    assert found == {"title": '&lt;script&gt;x&lt;/script&gt; <mark>knife</mark> &amp; "fork"'}


@pytest.mark.django_db
def test_without_facets_filters_narrow_the_query_itself():
    query = ProductQuery(filters=(("cluster", ("knives",)),), moq_max=100, sort="newest")
    client, requests = stub_client([(200, search_response([], 0))])
    ElasticsearchBackend(client=client, index="products").search(query)

    assert requests[0]["body"] == {
        "query": {"bool": {"filter": [{"terms": {"cluster": ["knives"]}},
                                      {"range": {"moq": {"lte": 100}}}]}},
        "sort": [{"date_created": {"order": "desc"}}, {"id": {"order": "desc"}}],
        "_source": False, "track_total_hits": True, "from": 0, "size": 20,
    }


@pytest.mark.django_db
@pytest.mark.parametrize("sort, keys", [
    ("relevance", ["_score", {"rating": {"order": "desc", "missing": "_last"}},
                   {"date_created": {"order": "desc"}}, {"id": {"order": "desc"}}]),
    ("price_desc", [{"price": {"order": "desc", "missing": "_last"}}, {"id": {"order": "desc"}}]),
    ("moq", [{"moq": {"order": "asc", "missing": "_last"}},
             {"price": {"order": "asc", "missing": "_last"}}, {"id": {"order": "desc"}}]),
    ("title", [{"title_zh_hans.sort": {"order": "asc", "missing": "_last"}},
               {"title_en.sort": {"order": "asc", "missing": "_last"}},
               {"id": {"order": "asc"}}]),
])
def test_sorts(sort, keys):
    client, requests = stub_client([(200, search_response([], 0))])
    ElasticsearchBackend(client=client, index="products").search(
        ProductQuery(sort=sort, language="zh-hans"))
    assert requests[0]["body"]["sort"] == keys


@pytest.mark.django_db
def test_a_page_past_elasticsearchs_window_still_counts():
    client, requests = stub_client([(200, search_response([], 25000))])
    result = ElasticsearchBackend(client=client, index="products").search(
        ProductQuery(page=501, per_page=20))
    assert (requests[0]["body"]["from"], requests[0]["body"]["size"]) == (0, 0)
    assert result.total == 25000 and result.hits == []


def test_search_error_is_reported_as_unavailable():
    client, _requests = stub_client([(500, {"error": "boom", "status": 500})])
    with pytest.raises(SearchBackendUnavailable):
        ElasticsearchBackend(client=client).search(ProductQuery(text="x"))


def test_a_missing_index_is_reported_as_unavailable():
    client, _requests = stub_client([
        (404, {"error": {"type": "index_not_found_exception"}, "status": 404})])
    with pytest.raises(SearchBackendUnavailable):
        ElasticsearchBackend(client=client).search(ProductQuery())


# --- suggestions ------------------------------------------------------------------------


@pytest.mark.django_db
def test_suggest_asks_completions_categories_and_sellers_in_one_request(products):
    chef, santoku, hidden = products
    kitchen = add_category(["Knives & Scissors", "Kitchen knives"])
    # Made by a migration, but a transactional test run before (--reuse-db) may have flushed it.
    Cluster.objects.get_or_create(code=Cluster.KNIVES_SCISSORS)
    enterprise = EnterpriseFactory(name_en="Eighteen Knives", legal_name_zh="阳江十八子刀具有限公司",
                                   slug="eighteen-knives", status=Enterprise.Status.APPROVED,
                                   partner=PartnerFactory(code="eighteen"))
    EnterpriseFactory(status=Enterprise.Status.SUSPENDED, partner=PartnerFactory(code="gone"))
    client, requests = stub_client([(200, {
        "took": 2, "timed_out": False, "_shards": SHARDS,
        "hits": {"total": {"value": 3, "relation": "eq"}, "max_score": None, "hits": []},
        "suggest": {"products": [{"text": "kni", "offset": 0, "length": 3, "options": [
            {"text": "knife", "_index": "products-1", "_id": str(santoku.pk), "_score": 1.0},
            {"text": "knife", "_index": "products-1", "_id": str(hidden.pk), "_score": 1.0},
            {"text": "knife", "_index": "products-1", "_id": str(chef.pk), "_score": 1.0},
        ]}]},
        "aggregations": {
            "categories": aggregation([bucket(str(kitchen.get_parent().pk), 3),
                                       bucket(str(kitchen.pk), 3)]),
            "sellers": aggregation([bucket("gone", 2), bucket("eighteen", 1)]),
        },
    })])

    found = ElasticsearchBackend(client=client, index="products").suggest("kni", "en", limit=8)

    assert requests[0]["target"] == "/products/_search"
    assert requests[0]["body"] == {
        "size": 0, "_source": False,
        "suggest": {"products": {"prefix": "kni", "completion": {
            "field": "suggest", "size": 16, "skip_duplicates": True,
            "contexts": {"language": ["en"]}}}},
        "aggs": {
            "categories": {"filter": {"multi_match": {
                "query": "kni", "type": "bool_prefix", "fields": ["category_names_en"]}},
                "aggs": {"values": {"terms": {"field": "category", "size": 24}}}},
            "sellers": {"filter": {"multi_match": {
                "query": "kni", "type": "bool_prefix", "fields": ["seller_name"]}},
                "aggs": {"values": {"terms": {"field": "seller", "size": 8}}}},
        },
    }
    assert found == [
        Suggestion("product", "Santoku knife", santoku.get_absolute_url()),
        Suggestion("product", "8-inch chef knife", chef.get_absolute_url()),
        Suggestion("category", "Knives & Scissors", kitchen.get_parent().get_absolute_url()),
        Suggestion("category", "Kitchen knives", kitchen.get_absolute_url()),
        Suggestion("seller", "Eighteen Knives", "/en/sellers/eighteen-knives/"),
    ]
    assert enterprise.is_public


@pytest.mark.django_db
def test_chinese_suggestions_match_single_characters_and_use_chinese_urls():
    client, requests = stub_client([(200, {
        "took": 1, "timed_out": False, "_shards": SHARDS,
        "hits": {"total": {"value": 0, "relation": "eq"}, "max_score": None, "hits": []},
        "suggest": {"products": [{"text": "虾", "offset": 0, "length": 1, "options": []}]},
        "aggregations": {"categories": aggregation([]), "sellers": aggregation([])},
    })])

    assert ElasticsearchBackend(client=client, index="products").suggest("虾", "zh-hans") == []
    body = requests[0]["body"]
    assert body["suggest"]["products"]["completion"]["contexts"] == {"language": ["zh_hans"]}
    assert body["aggs"]["categories"]["filter"]["multi_match"]["fields"] == [
        "category_names_zh_hans", "category_names_zh_hans.chars"]


def test_suggest_for_nothing_typed_asks_nothing():
    client, requests = stub_client([])
    assert ElasticsearchBackend(client=client).suggest("  ", "en") == []
    assert requests == []


def test_suggest_error_is_reported_as_unavailable():
    client, _requests = stub_client([(503, {"error": "boom", "status": 503})])
    with pytest.raises(SearchBackendUnavailable):
        ElasticsearchBackend(client=client).suggest("kni", "en")


@pytest.mark.django_db
def test_index_products_sends_what_the_document_builder_describes(products):
    chef, _santoku, hidden = products
    client, requests = stub_client([
        (200, bulk_response(bulk_item("index", chef.pk), bulk_item("delete", hidden.pk))),
    ])

    ElasticsearchBackend(client=client, index="products").index_products([chef.pk, hidden.pk])

    action, source, removal = requests[0]["body"]
    assert action == {"index": {"_id": str(chef.pk)}}
    assert removal == {"delete": {"_id": str(hidden.pk)}}
    assert source["id"] == chef.pk and source["title_en"] == "8-inch chef knife"
    assert source["price"] == 100.0 and isinstance(source["attrs"], list)
    assert {"input": ["8-inch chef knife", "inch chef knife", "chef knife", "knife"],
            "contexts": {"language": ["en"]}} in source["suggest"]
    mapped = set(product_mapping().to_dict()["properties"])
    assert set(source) <= mapped, set(source) - mapped  # nothing left to a dynamic mapping


@pytest.mark.django_db
def test_chinese_highlights_come_from_the_single_character_field(products):
    chef = products[0]
    client, _requests = stub_client([(200, search_response([chef.pk], 1, highlights={
        chef.pk: {"title_zh_hans.chars": ["8英寸厨师<mark>刀</mark>"]}}))])
    result = ElasticsearchBackend(client=client, index="products").search(
        ProductQuery(text="刀", language="zh-hans"))
    assert result.hits[0].highlights == {"title": "8英寸厨师<mark>刀</mark>"}


@pytest.mark.django_db
@TWO_LANGUAGES
def test_products_changed_while_rebuilding_are_indexed_again_after_the_swap(products):
    chef, santoku, _hidden = products

    def build_while_a_seller_edits(ids):
        santoku.save()  # written to the old index by its task, after this batch read it
        return [document(pk) for pk in ids if pk in {chef.pk, santoku.pk}]

    client, requests = stub_client([
        (200, {"acknowledged": True}),
        (200, bulk_response(bulk_item("index", chef.pk), bulk_item("index", santoku.pk))),
        (200, {"acknowledged": True}), (200, {"_shards": SHARDS}),
        (404, {"error": "alias [products] missing", "status": 404}), (404, {}),
        (200, {"acknowledged": True}),
        (200, bulk_response(bulk_item("index", santoku.pk))),
    ])
    backend = ElasticsearchBackend(client=client, index="products",
                                   documents=build_while_a_seller_edits)

    backend.rebuild()

    assert requests[-2]["target"] == "/_aliases"
    assert requests[-1]["target"] == "/products/_bulk?require_alias=true"
    assert requests[-1]["body"] == [{"index": {"_id": str(santoku.pk)}}, stored(santoku.pk)]


@override_settings(ELASTICSEARCH_URL="http://search.invalid:9200", MARKETPLACE_SEARCH_INDEX="idx")
def test_backends_made_per_request_share_one_client_and_its_connections():
    first, second = ElasticsearchBackend(), ElasticsearchBackend()
    assert first.client is second.client
    assert first.index == "idx"
