"""Elasticsearch through elasticsearch-dsl: used when ELASTICSEARCH_URL is set."""

from django.conf import settings
from elasticsearch import Elasticsearch
from elasticsearch.exceptions import ApiError, TransportError
from elasticsearch_dsl import Search
from oscar.core.loading import get_model

from ..query import SearchHit, SearchResult
from .base import SearchBackend, SearchBackendUnavailable

Product = get_model("catalogue", "Product")


class ElasticsearchBackend(SearchBackend):
    name = "elasticsearch"

    def __init__(self, client=None, index=None):
        self.client = client or Elasticsearch(settings.ELASTICSEARCH_URL, request_timeout=5)
        self.index = index or settings.MARKETPLACE_SEARCH_INDEX

    def build_search(self, query):
        search = Search(using=self.client, index=self.index).filter("term", is_public=True)
        if query.text:
            fields = [f"title_{code.replace('-', '_')}^3" for code, _ in settings.LANGUAGES]
            fields += [f"description_{code.replace('-', '_')}" for code, _ in settings.LANGUAGES]
            search = search.query("multi_match", query=query.text, fields=fields)
        if query.category_ids:
            search = search.filter("terms", category_ids=list(query.category_ids))
        if query.sort == "newest":
            search = search.sort("-date_created")
        start = (query.page - 1) * query.per_page
        return search.source(False)[start : start + query.per_page]

    def search(self, query):
        try:
            response = self.build_search(query).execute()
        except (ApiError, TransportError) as exc:
            raise SearchBackendUnavailable(str(exc)) from exc
        ids = [int(hit.meta.id) for hit in response]
        products = {
            p.pk: p
            for p in Product.objects.filter(pk__in=ids)
            .select_related("product_class")
            .prefetch_related("images", "stockrecords")
        }
        hits = [SearchHit(products[pk]) for pk in ids if pk in products]
        return SearchResult(hits, response.hits.total.value, query)

    def ping(self):
        try:
            info = self.client.info()
        except (ApiError, TransportError) as exc:
            raise SearchBackendUnavailable(str(exc)) from exc
        return f"elasticsearch {info['version']['number']}"
