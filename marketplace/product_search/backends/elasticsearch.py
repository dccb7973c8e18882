"""Elasticsearch through elasticsearch-dsl: used when ELASTICSEARCH_URL is set.

The index
    Search reads the alias settings.MARKETPLACE_SEARCH_INDEX. `rebuild()` loads a new
    concrete index "<alias>-<timestamp>" and moves the alias to it in one `_aliases`
    request, so searches read the old index until the new one is complete. Writes go
    through the alias with `require_alias`: a missing alias is never auto-created as a
    concrete index with a guessed (dynamic) mapping.

The document (one per browsable product, built by ..documents.DocumentBuilder)
    title_/description_/attributes_/category_names_<lang>: text analysed with the
        language's built-in analyser (english, spanish...; cjk for zh-hans, ja and ko).
        The cjk analyser indexes overlapping bigrams only, so a one-character query ("虾")
        would not find "冷冻白虾": CJK fields carry a "chars" subfield with unigrams too.
        Titles carry a "sort" keyword subfield for sorting by title.
    Facets are keyword fields named as the facets: cluster, category (ids, ancestors
        included), seller (partner code), certification, incoterm. Attribute facets share
        one keyword list `attrs` of "<attribute code>=<value>", e.g.
        "blade_steel=blade_steel.vg10" or "dishwasher_safe=true": the mapping does not
        change when a cluster gains an attribute, and a terms aggregation with `include`
        counts the values of one attribute.
    price (scaled float, yuan to the fen), moq (integer), in_stock (boolean),
        date_created (date), rating, and the codes upc, gtin, hs_code (keywords).
    seller_score (float, the seller's credit rating) and seller_grade (keyword, "A" to
        "D"): sorting by seller rating and the "grade X or better" filter; both left out
        for a new or unrated seller.
    suggest: a completion field whose inputs are the title in each language from each
        word on ("chef knife", "knife"; each CJK character on), under a "language" context.
    Empty values are left out of the stored document.

The mapping is an elasticsearch-dsl Mapping built from settings.LANGUAGES when an index
is created, rather than a Document class fixed at import; hits are read back as ids and
the products loaded from the database (the browsable ones only), never from _source.
"""

import functools
import html
import logging
import re
from decimal import Decimal
from urllib.parse import urlencode

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from elasticsearch import Elasticsearch
from elasticsearch.exceptions import ApiError, NotFoundError, TransportError
from elasticsearch_dsl import (
    A,
    Index,
    Mapping,
    Q,
    Search,
    analyzer,
    char_filter,
    normalizer,
    token_filter,
)
from elasticsearch_dsl.field import (
    Boolean,
    Completion,
    Date,
    Float,
    Integer,
    Keyword,
    ScaledFloat,
    Text,
)
from oscar.core.loading import get_model

from marketplace.seller_rating.grades import grades_at_least

from ..documents import DocumentBuilder, browsable_ids, language_suffixes
from ..listed import listed_products
from ..query import (
    ATTRIBUTE_FACET_PREFIX,
    MOQ_EDGES,
    Facet,
    FacetChoice,
    SearchHit,
    SearchResult,
    Suggestion,
)
from .base import SearchBackend, SearchBackendUnavailable

logger = logging.getLogger(__name__)

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
Partner = get_model("partner", "Partner")

#: The language analysis of each modeltranslation language suffix: built from built-in
#: token filters only (the ICU plugin is not assumed on the server). Every analyser starts
#: with the shared FOLD char filter (Arabic letter forms, ё, ß, katakana -> hiragana), so a
#: word of another script in a field, and the query, are folded as the database backend
#: folds them (marketplace.product_search.text).
LANGUAGE_ANALYZERS = {
    "en": "text_en", "es": "text_es", "fr": "text_fr", "de": "text_de", "ru": "text_ru",
    "ar": "text_ar", "pt": "text_pt", "zh_hans": "text_cjk", "ja": "text_cjk", "ko": "text_cjk",
}
TEXT_FIELDS = ("title", "description", "attributes", "category_names")
#: Relative weight of each field in the text query (a title match ranks first).
TEXT_BOOSTS = {"title": 3, "description": 1, "attributes": 1.5, "category_names": 2}

#: Arabic letter forms unified (alef with hamza or madda, alef wasla -> alef; alef maqsura
#: -> yeh; ta marbuta -> heh; tatweel dropped), Cyrillic ё -> е, German ß -> ss, and
#: katakana -> hiragana ("エビ" = "えび"); cjk_width turns half-width kana into these first
#: where it runs, NFKC-style.
FOLD_MAPPINGS = [
    "\u0623=>\u0627", "\u0625=>\u0627", "\u0622=>\u0627", "\u0671=>\u0627",
    "\u0649=>\u064a", "\u0629=>\u0647", "\u0640=>",
    "\u0451=>\u0435", "\u0401=>\u0415", "\u00df=>ss", "\u1e9e=>ss",
    *(f"{chr(code)}=>{chr(code - 0x60)}" for code in range(0x30A1, 0x30F7)),
]
FOLD = char_filter("marketplace_fold", "mapping", mappings=FOLD_MAPPINGS)


def _stemmer(name, language):
    return token_filter(name, "stemmer", language=language)


FRENCH_ELISION = token_filter(
    "french_elision", "elision", articles_case=True,
    articles=["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu",
              "puisqu"])
# Stemmers light enough to keep a word recognisable, so "crevettes" finds "crevette",
# "ножи" finds "нож", "camarões" finds "camarão"; accents folded after stemming (the
# Romance stemmers read them).
LANGUAGE_FILTERS = {
    "en": ["lowercase", _stemmer("english_possessive", "possessive_english"),
           _stemmer("light_english", "light_english"), "asciifolding"],
    "es": ["lowercase", _stemmer("light_spanish", "light_spanish"), "asciifolding"],
    "fr": [FRENCH_ELISION, "lowercase", _stemmer("light_french", "light_french"),
           "asciifolding"],
    "de": ["lowercase", "german_normalization", _stemmer("light_german", "light_german"),
           "asciifolding"],
    "ru": ["lowercase", _stemmer("russian_stemmer", "russian")],
    "ar": ["lowercase", "decimal_digit", "arabic_normalization",
           _stemmer("arabic_stemmer", "arabic")],
    "pt": ["lowercase", _stemmer("light_portuguese", "light_portuguese"), "asciifolding"],
    "cjk": ["cjk_width", "lowercase", "cjk_bigram"],
}


def _language_analyzer(key):
    return analyzer(f"text_{key}", tokenizer="standard", char_filter=[FOLD],
                    filter=LANGUAGE_FILTERS[key])


ANALYZERS = {
    name: _language_analyzer(name[len("text_"):]) for name in set(LANGUAGE_ANALYZERS.values())
}

# The cjk analyser plus single characters, for queries of one character.
CJK_CHARS = analyzer(
    "cjk_chars", tokenizer="standard", char_filter=[FOLD],
    filter=["cjk_width", "lowercase",
            token_filter("cjk_bigram_and_unigrams", "cjk_bigram", output_unigrams=True)],
)
#: Any script, no stemming: the compound parts (already normalized words).
FOLDED = analyzer("folded", tokenizer="standard", char_filter=[FOLD],
                  filter=["cjk_width", "lowercase", "asciifolding"])
# Accents folded: "camaron" completes "Camarón".
AUTOCOMPLETE = analyzer("autocomplete", tokenizer="standard", filter=["lowercase", "asciifolding"])
SORTABLE = normalizer("sortable", filter=["lowercase", "asciifolding"])

KEYWORD_FACETS = ("cluster", "category", "seller", "certification", "incoterm")
#: How many values each facet's aggregation returns (more than any sidebar shows).
FACET_SIZES = {"cluster": 50, "category": 500, "seller": 200, "certification": 100,
               "incoterm": 20, "attrs": 2000}
#: Elasticsearch refuses from + size beyond index.max_result_window (10,000 by default).
MAX_RESULT_WINDOW = 10_000
BATCH_SIZE = 500


def is_cjk(suffix):
    return LANGUAGE_ANALYZERS.get(suffix) == "text_cjk"


def product_mapping(languages=None):
    """The index mapping, as an elasticsearch-dsl Mapping (analysis definitions included)."""
    mapping = Mapping()
    # Fields the document builder adds later stay in _source without changing the mapping.
    mapping.meta("dynamic", False)
    mapping.field("id", Integer())
    for suffix in languages or language_suffixes():
        language_analyzer = ANALYZERS.get(LANGUAGE_ANALYZERS.get(suffix), "standard")
        for name in TEXT_FIELDS:
            subfields = {}
            if name == "title":
                subfields["sort"] = Keyword(normalizer=SORTABLE, ignore_above=256)
            if is_cjk(suffix):
                subfields["chars"] = Text(analyzer=CJK_CHARS)
            mapping.field(f"{name}_{suffix}", Text(analyzer=language_analyzer, **(
                {"fields": subfields} if subfields else {})))
    # Chinese and English names together; the standard analyser splits Han characters.
    mapping.field("seller_name", Text(analyzer="standard"))
    # The vocabulary words found inside compounds ("Küchenmesser" -> "messer").
    mapping.field("compound_parts", Text(analyzer=FOLDED))
    for name in (*KEYWORD_FACETS, "attrs", "upc", "gtin", "hs_code"):
        mapping.field(name, Keyword())
    mapping.field("in_stock", Boolean())
    mapping.field("moq", Integer())
    mapping.field("price", ScaledFloat(scaling_factor=100))
    mapping.field("date_created", Date())
    mapping.field("rating", Float())
    mapping.field("seller_score", Float())
    mapping.field("seller_grade", Keyword())
    mapping.field("suggest", Completion(
        analyzer=AUTOCOMPLETE, contexts=[{"name": "language", "type": "category"}]))
    return mapping


def product_index(name, client, languages=None):
    index = Index(name, using=client)
    index.mapping(product_mapping(languages))
    return index


# --- documents -----------------------------------------------------------------

# Where a completion may start: each CJK ideograph or kana (no spaces between words),
# otherwise each word.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_COMPLETION_START = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")
_MAX_COMPLETION_INPUTS = 12


def completion_inputs(title):
    """The title from each word on, so typing any word of it completes the title."""
    title = " ".join(title.split())
    inputs = []
    for match in _COMPLETION_START.finditer(title):
        tail = title[match.start():]
        if tail not in inputs:
            inputs.append(tail)
        if len(inputs) == _MAX_COMPLETION_INPUTS:
            break
    return inputs


def _json_value(value):
    if isinstance(value, Decimal):
        return float(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_json_value(item) for item in value]
    return value


def index_source(document, languages=None):
    """What Elasticsearch stores for one product document of documents.DocumentBuilder."""
    # Empty values left out: an empty title would sort before every other, not as missing.
    source = {name: _json_value(value) for name, value in document.items()
              if name != "attrs" and value not in ("", None)}
    source["attrs"] = [
        f"{code}={value}"
        for code, values in sorted((document.get("attrs") or {}).items())
        for value in values
    ]
    suggest = []
    for suffix in languages or language_suffixes():
        inputs = completion_inputs(document.get(f"title_{suffix}") or "")
        if inputs:
            suggest.append({"input": inputs, "contexts": {"language": [suffix]}})
    source["suggest"] = suggest
    return source


# --- reading responses -----------------------------------------------------------

_MARK = re.compile(r"(</?mark>)")


def safe_highlight(fragment):
    """A highlight fragment as HTML in which only <mark> tags are markup.

    Elasticsearch's html encoder already escapes the text; unescaping and escaping
    again costs nothing and does not depend on that setting.
    """
    parts = _MARK.split(fragment)
    return mark_safe("".join(
        part if part in ("<mark>", "</mark>") else html.escape(html.unescape(part), quote=False)
        for part in parts
    ))


def _bucket_value(bucket):
    return str(bucket.get("key_as_string", bucket["key"]))


def _choices(counts, selected):
    """FacetChoices for {value: count}, in the order given; a selected value the counts
    lack is kept (count 0) so the buyer can take it off."""
    choices = [FacetChoice(value, count, value in selected) for value, count in counts.items()]
    choices += [FacetChoice(value, 0, True) for value in selected if value not in counts]
    return tuple(choices)


def _search_url(**params):
    try:
        return f"{reverse('search:search')}?{urlencode(params)}"
    except NoReverseMatch:
        return ""


def _price_key(low, high):
    return f"{low}-{'' if high is None else high}"


@functools.cache
def shared_client(url):
    """One client per process: a backend is made per request, its connection pool is not."""
    return Elasticsearch(url, request_timeout=5)


class ElasticsearchBackend(SearchBackend):
    name = "elasticsearch"

    def __init__(self, client=None, index=None, documents=None):
        self.client = client or shared_client(settings.ELASTICSEARCH_URL)
        self.index = index or settings.MARKETPLACE_SEARCH_INDEX
        #: callable(product ids) -> documents of the browsable ones; by default a fresh
        #: DocumentBuilder per run (it reads categories, sellers and attributes once).
        self.documents = documents

    def document_builder(self):
        return self.documents or DocumentBuilder().build

    # --- search ------------------------------------------------------------------

    def text_query(self, text, languages):
        fields = []
        for suffix in languages:
            for name in TEXT_FIELDS:
                boost = "" if TEXT_BOOSTS[name] == 1 else f"^{TEXT_BOOSTS[name]}"
                fields.append(f"{name}_{suffix}{boost}")
                if is_cjk(suffix):
                    fields.append(f"{name}_{suffix}.chars{boost}")
        fields.extend(["seller_name", "compound_parts"])
        return Q("bool", should=[
            # Typo tolerance within one field: "cuchilo" finds "cuchillo".
            Q("multi_match", query=text, type="best_fields", fields=fields,
              fuzziness="AUTO", operator="and"),
            # Words spread over fields of one language: "chef knife vg10" (title + attributes).
            Q("multi_match", query=text, type="cross_fields", fields=fields, operator="and"),
            Q("multi_match", query=text, fields=["upc^5", "gtin^5", "hs_code"]),
        ], minimum_should_match=1)

    def facet_filters(self, query):
        """{facet name: filter} for what the buyer chose; a facet's values are alternatives."""
        filters = {}
        for name, values in query.filters:
            values = list(values)
            if not values:
                continue
            if name in KEYWORD_FACETS:
                filters[name] = Q("terms", **{name: values})
            elif name.startswith(ATTRIBUTE_FACET_PREFIX):
                code = name[len(ATTRIBUTE_FACET_PREFIX):]
                filters[name] = Q("terms", attrs=[f"{code}={value}" for value in values])
            elif name == "in_stock" and "true" in values:
                filters[name] = Q("term", in_stock=True)
        if query.in_stock:
            filters["in_stock"] = Q("term", in_stock=True)
        price = {}
        if query.price_min is not None:
            price["gte"] = float(query.price_min)
        if query.price_max is not None:
            price["lt"] = float(query.price_max)  # ranges are [low, high), as the sidebar's
        if price:
            filters["price"] = Q("range", price=price)
        if query.moq_max is not None:
            filters["moq"] = Q("range", moq={"lte": query.moq_max})
        if query.min_grade:
            # An unknown grade matches nothing, like an unknown facet value.
            filters["min_grade"] = Q("terms", seller_grade=list(grades_at_least(query.min_grade)))
        return filters

    def sort_keys(self, query):
        newest = [{"date_created": {"order": "desc"}}, {"id": {"order": "desc"}}]
        if query.sort == "price_asc":
            return [{"price": {"order": "asc", "missing": "_last"}}, {"id": {"order": "desc"}}]
        if query.sort == "price_desc":
            return [{"price": {"order": "desc", "missing": "_last"}}, {"id": {"order": "desc"}}]
        if query.sort == "newest":
            return newest
        if query.sort == "seller_rating":
            # Best rated sellers first, new and unrated ones last; each seller's newest first.
            return [{"seller_score": {"order": "desc", "missing": "_last"}}, *newest]
        if query.sort == "moq":
            return [{"moq": {"order": "asc", "missing": "_last"}},
                    {"price": {"order": "asc", "missing": "_last"}}, {"id": {"order": "desc"}}]
        if query.sort == "title":
            # Products without a title in the page language show their title in a fallback
            # language (MODELTRANSLATION_FALLBACK_LANGUAGES): they come last, by that title.
            suffixes = dict.fromkeys([query.language.replace("-", "_"), "en", "zh_hans"])
            return [*({f"title_{suffix}.sort": {"order": "asc", "missing": "_last"}}
                      for suffix in suffixes), {"id": {"order": "asc"}}]
        # Relevance; without words every score is equal and the best rated come first.
        return ["_score", {"rating": {"order": "desc", "missing": "_last"}}, *newest]

    def highlight_fields(self, language):
        suffix = language.replace("-", "_")
        fields = {f"title_{suffix}": {"number_of_fragments": 0},
                  f"description_{suffix}": {"fragment_size": 160, "number_of_fragments": 1}}
        if is_cjk(suffix):
            fields[f"title_{suffix}.chars"] = {"number_of_fragments": 0}
            fields[f"description_{suffix}.chars"] = {"fragment_size": 160,
                                                     "number_of_fragments": 1}
        return fields

    def add_facet_aggregations(self, search, query, filters):
        """Disjunctive counts: each facet's aggregation applies every filter but its own."""

        def others(name):
            rest = [f for other, f in filters.items() if other != name]
            return Q("bool", filter=rest) if rest else Q("match_all")

        for name in KEYWORD_FACETS:
            search.aggs.bucket(name, "filter", others(name)).bucket(
                "values", "terms", field=name, size=FACET_SIZES[name])
        search.aggs.bucket("in_stock", "filter", others("in_stock")).bucket(
            "values", "terms", field="in_stock")
        # Attributes nobody chose are counted together under every filter; each chosen
        # one alone, without its own filter.
        search.aggs.bucket("attrs", "filter", others(None)).bucket(
            "values", "terms", field="attrs", size=FACET_SIZES["attrs"])
        for name in filters:
            if name.startswith(ATTRIBUTE_FACET_PREFIX):
                code = name[len(ATTRIBUTE_FACET_PREFIX):]
                search.aggs.bucket(name, "filter", others(name)).bucket(
                    "values", "terms", field="attrs", size=FACET_SIZES["attrs"],
                    include=re.escape(f"{code}=") + ".*")
        if query.price_buckets:
            ranges = []
            for low, high in query.price_buckets:
                bucket = {"key": _price_key(low, high), "from": float(low or 0)}
                if high is not None:
                    bucket["to"] = float(high)
                ranges.append(bucket)
            search.aggs.bucket("price", "filter", others("price")).bucket(
                "values", "range", field="price", ranges=ranges)
        search.aggs.bucket("moq", "filter", others("moq")).bucket("values", A(
            "filters", filters={str(edge): Q("range", moq={"lte": edge}) for edge in MOQ_EDGES}))

    def build_search(self, query):
        """The search request: words in `query`, the page's category and, without facets,
        the buyer's filters in `filter`; with facets the filters move to `post_filter`,
        after the aggregations that count each facet without its own filter."""
        languages = language_suffixes()
        must = [self.text_query(query.text, languages)] if query.text else []
        scope = []
        if query.category_ids:
            scope.append(Q("terms", category=[str(pk) for pk in query.category_ids]))
        filters = self.facet_filters(query)
        search = Search(using=self.client, index=self.index)
        if query.with_facets:
            if filters:
                search = search.post_filter(Q("bool", filter=list(filters.values())))
            self.add_facet_aggregations(search, query, filters)
        else:
            scope += filters.values()
        if must or scope:
            search = search.query(Q("bool", must=must, filter=scope) if scope else must[0])
        if query.text:
            search = search.highlight_options(
                pre_tags=["<mark>"], post_tags=["</mark>"], encoder="html")
            for field, options in self.highlight_fields(query.language).items():
                search = search.highlight(field, **options)
        start = (query.page - 1) * query.per_page
        size = max(0, min(query.per_page, MAX_RESULT_WINDOW - start))
        start = start if size else 0  # past the window: count and facets only
        search = search.sort(*self.sort_keys(query)).source(False).extra(track_total_hits=True)
        return search.extra(**{"from": start, "size": size})

    def search(self, query):
        try:
            response = self.build_search(query).execute()
        except (ApiError, TransportError) as exc:
            raise SearchBackendUnavailable(str(exc)) from exc
        raw = response.to_dict()
        ranked = []
        for hit in raw["hits"]["hits"]:
            ranked.append((int(hit["_id"]), self.read_highlights(hit.get("highlight", {}))))
        # Browsable again: a product taken down since it was indexed is not shown.
        products = listed_products([pk for pk, _h in ranked])
        hits = [SearchHit(products[pk], highlights) for pk, highlights in ranked if pk in products]
        facets = self.read_facets(raw.get("aggregations", {}), query) if query.with_facets else []
        return SearchResult(hits, raw["hits"]["total"]["value"], query, facets)

    def read_highlights(self, highlight):
        found = {}
        # The language's own field before its "chars" subfield.
        for name, fragments in sorted(highlight.items(), key=lambda item: "." in item[0]):
            field = "title" if name.startswith("title_") else "description"
            if fragments and field not in found:
                found[field] = safe_highlight(fragments[0])
        return found

    def read_facets(self, aggregations, query):
        def buckets(name):
            return aggregations.get(name, {}).get("values", {}).get("buckets", [])

        def counts(name):
            return {_bucket_value(bucket): bucket["doc_count"] for bucket in buckets(name)}

        facets = [Facet(name, _choices(counts(name), set(query.values(name))))
                  for name in KEYWORD_FACETS]
        in_stock = {"true": counts("in_stock").get("true", 0)}
        facets.append(Facet("in_stock", _choices(in_stock, {"true"} if query.in_stock else ())))
        by_attribute = {}
        for value, count in counts("attrs").items():
            code, _sep, option = value.partition("=")
            by_attribute.setdefault(ATTRIBUTE_FACET_PREFIX + code, {})[option] = count
        for name in aggregations:
            if name.startswith(ATTRIBUTE_FACET_PREFIX):  # a chosen attribute, counted alone
                by_attribute[name] = {value.partition("=")[2]: count
                                      for value, count in counts(name).items()}
        for name in sorted(by_attribute):
            facets.append(Facet(name, _choices(by_attribute[name], set(query.values(name)))))
        if query.price_buckets:
            price_counts = counts("price")
            chosen = (query.price_min or 0, query.price_max)
            facets.append(Facet("price", tuple(
                FacetChoice(_price_key(low, high), price_counts.get(_price_key(low, high), 0),
                            chosen == (low or 0, high) and chosen != (0, None))
                for low, high in query.price_buckets
            )))
        moq = aggregations.get("moq", {}).get("values", {}).get("buckets", {})
        facets.append(Facet("moq", tuple(
            FacetChoice(str(edge), moq.get(str(edge), {}).get("doc_count", 0),
                        query.moq_max == edge)
            for edge in MOQ_EDGES
        )))
        return facets

    # --- suggestions ---------------------------------------------------------------

    def suggest(self, text, language, limit=8):
        text = " ".join(text.split())[:100]
        if not text or limit < 1:
            return []
        suffix = language.replace("-", "_")
        name_fields = [f"category_names_{suffix}"]
        if is_cjk(suffix):
            name_fields.append(f"category_names_{suffix}.chars")
        search = Search(using=self.client, index=self.index).extra(size=0).source(False)
        search = search.extra(suggest={"products": {"prefix": text, "completion": {
            # Twice the room: products taken down since indexing are dropped afterwards.
            "field": "suggest", "size": limit * 2, "skip_duplicates": True,
            "contexts": {"language": [suffix]},
        }}})
        search.aggs.bucket(
            "categories", "filter",
            Q("multi_match", query=text, type="bool_prefix", fields=name_fields),
        ).bucket("values", "terms", field="category", size=limit * 3)
        search.aggs.bucket(
            "sellers", "filter", Q("multi_match", query=text, type="bool_prefix",
                                   fields=["seller_name"]),
        ).bucket("values", "terms", field="seller", size=limit)
        try:
            raw = search.execute().to_dict()
        except (ApiError, TransportError) as exc:
            raise SearchBackendUnavailable(str(exc)) from exc
        with translation.override(language):
            others = self.category_suggestions(text, raw)[:3] + self.seller_suggestions(raw)[:3]
            # Products first; categories and sellers keep at most half the list.
            products = self.product_suggestions(raw, limit - min(len(others), limit // 2))
        return [*products, *others][:limit]

    def product_suggestions(self, raw, limit):
        options = (raw.get("suggest", {}).get("products") or [{}])[0].get("options", [])
        ids = list(dict.fromkeys(int(option["_id"]) for option in options))
        products = Product.objects.browsable().in_bulk(ids)
        return [Suggestion("product", products[pk].get_title(), products[pk].get_absolute_url())
                for pk in ids if pk in products][:max(limit, 0)]

    def category_suggestions(self, text, raw):
        buckets = raw.get("aggregations", {}).get("categories", {}).get("values", {}).get(
            "buckets", [])
        ids = [int(bucket["key"]) for bucket in buckets]
        categories = Category.objects.browsable().in_bulk(ids)
        wanted = text.casefold()
        # The products matched through one of their categories; their other categories
        # (ancestors above all) are counted too and are left out unless they match.
        return [Suggestion("category", categories[pk].name, categories[pk].get_absolute_url())
                for pk in ids if pk in categories and wanted in categories[pk].name.casefold()]

    def seller_suggestions(self, raw):
        buckets = raw.get("aggregations", {}).get("sellers", {}).get("values", {}).get(
            "buckets", [])
        codes = [bucket["key"] for bucket in buckets]
        partners = Partner.objects.filter(code__in=codes).select_related("enterprise")
        by_code = {partner.code: partner for partner in partners}
        found = []
        for code in codes:
            partner = by_code.get(code)
            if partner is None:
                continue
            enterprise = getattr(partner, "enterprise", None)
            if enterprise is not None and enterprise.is_public:
                found.append(Suggestion("seller", enterprise.localized_name(),
                                        enterprise.get_absolute_url()))
            elif enterprise is None:
                # A partner without a storefront (created in the dashboard): its products.
                found.append(Suggestion("seller", partner.name, _search_url(seller=code)))
        return found

    # --- indexing ------------------------------------------------------------------

    def index_products(self, product_ids):
        ids = sorted({int(pk) for pk in product_ids})
        if not ids:
            return
        build = self.document_builder()
        for start in range(0, len(ids), BATCH_SIZE):
            batch = ids[start : start + BATCH_SIZE]
            documents = build(batch)
            indexed = {int(document["id"]) for document in documents}
            operations = self.index_operations(documents)
            for pk in batch:
                if pk not in indexed:  # no longer browsable, or deleted
                    operations.append({"delete": {"_id": str(pk)}})
            self.send_to_alias(operations)

    def remove_products(self, product_ids):
        ids = sorted({int(pk) for pk in product_ids})
        for start in range(0, len(ids), BATCH_SIZE):
            self.send_to_alias([{"delete": {"_id": str(pk)}}
                                for pk in ids[start : start + BATCH_SIZE]])

    def index_operations(self, documents):
        languages = language_suffixes()
        operations = []
        for document in documents:
            operations.append({"index": {"_id": str(document["id"])}})
            operations.append(index_source(document, languages))
        return operations

    def send_to_alias(self, operations):
        if not operations:
            return
        try:
            self.bulk(operations, index=self.index, require_alias=True)
        except MissingAlias:
            # No index yet (a product saved before the first rebuild): create an empty one
            # so changes are not lost; `search_index --rebuild` fills in the rest.
            logger.warning("Search index alias %s is missing: created an empty index; "
                           "run manage.py search_index --rebuild", self.index)
            self.create_index(self.new_index_name(), alias=True)
            self.bulk(operations, index=self.index, require_alias=True)

    def bulk(self, operations, index, **params):
        try:
            response = self.client.bulk(operations=operations, index=index, **params)
        except (ApiError, TransportError) as exc:
            raise SearchBackendUnavailable(str(exc)) from exc
        if not response.get("errors"):
            return response
        failures = []
        for item in response["items"]:
            action, result = next(iter(item.items()))
            if action == "delete" and result.get("status") == 404:
                continue  # already gone
            if result.get("status", 200) >= 300:
                failures.append(result)
        if failures and all(f.get("error", {}).get("type") == "index_not_found_exception"
                            for f in failures):
            raise MissingAlias(index)
        if not failures:
            return response
        message = (f"{len(failures)} of {len(response['items'])} bulk operations failed: "
                   f"{failures[0]}")
        if all(f.get("status", 500) == 429 or f.get("status", 500) >= 500 for f in failures):
            raise SearchBackendUnavailable(message)  # overloaded or recovering: worth a retry
        logger.error("Search index refused documents: %s", message)
        raise IndexingRefused(message)

    def new_index_name(self):
        return f"{self.index}-{timezone.now():%Y%m%d%H%M%S%f}"

    def create_index(self, name, alias=False, index_settings=None):
        index = product_index(name, self.client)
        if index_settings:
            index.settings(**index_settings)
        if alias:
            index.aliases(**{self.index: {}})
        try:
            index.create()
        except (ApiError, TransportError) as exc:
            raise SearchBackendUnavailable(str(exc)) from exc

    def rebuild(self, progress=None):
        """Load every browsable product into a new index, then move the alias to it.

        Searches read the old index until the alias moves in one atomic request; if
        anything fails before, the new index is dropped and the old one keeps serving.
        Returns the number of products indexed.
        """
        started = timezone.now()
        ids = browsable_ids()
        total = len(ids)
        build = self.document_builder()
        name = self.new_index_name()
        # No refresh while loading: the index is not searched before the alias moves.
        self.create_index(name, index_settings={"refresh_interval": "-1"})
        try:
            for start in range(0, total, BATCH_SIZE):
                operations = self.index_operations(build(ids[start : start + BATCH_SIZE]))
                if operations:
                    self.bulk(operations, index=name)
                if progress:
                    progress(min(start + BATCH_SIZE, total), total)
            self.client.indices.put_settings(index=name, settings={"refresh_interval": None})
            self.client.indices.refresh(index=name)
            old = self.move_alias(name)
        except (ApiError, TransportError) as exc:
            self.drop_index(name)
            raise SearchBackendUnavailable(str(exc)) from exc
        except BaseException:  # interrupted, or a bug: no half-built index left behind
            self.drop_index(name)
            raise
        if old:
            self.drop_index(",".join(old))
        # Products changed while the batches were read were written to the old index.
        changed = Product.objects.filter(date_updated__gte=started).values_list("pk", flat=True)
        self.index_products(list(changed))
        return total

    def move_alias(self, name):
        """Point the alias at index `name` in one request; return the indices it left."""
        try:
            try:
                old = sorted(self.client.indices.get_alias(name=self.index))
            except NotFoundError:
                old = []
            actions = [{"remove": {"index": index, "alias": self.index}} for index in old]
            if not old and self.client.indices.exists(index=self.index):
                # A concrete index under the alias's name (auto-created by an early write):
                # deleted in the same atomic request.
                actions.append({"remove_index": {"index": self.index}})
            actions.append({"add": {"index": name, "alias": self.index}})
            self.client.indices.update_aliases(actions=actions)
        except (ApiError, TransportError) as exc:
            raise SearchBackendUnavailable(str(exc)) from exc
        return old

    def drop_index(self, name):
        try:
            self.client.indices.delete(index=name)
        except (ApiError, TransportError):
            logger.exception("Could not delete search index %s", name)

    def ping(self):
        try:
            info = self.client.info()
        except (ApiError, TransportError) as exc:
            raise SearchBackendUnavailable(str(exc)) from exc
        return f"elasticsearch {info['version']['number']}"


class MissingAlias(SearchBackendUnavailable):
    """The alias writes go to does not exist."""


class IndexingRefused(RuntimeError):
    """Elasticsearch refused documents (a mapping conflict...): a bug, retrying won't help."""
