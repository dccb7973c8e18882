"""Search in every language: normalisation per script, light stems, compound words and the
controlled vocabulary (categories, product classes) indexed in all ten languages.

The products' sellers wrote only Chinese and English; the buyer's everyday word for the
product in each of the ten languages finds them through the vocabulary's translations.
"""

import uuid

import pytest
from oscar.core.loading import get_model

from marketplace.product_search import text as search_text
from marketplace.product_search.backends.database import DatabaseBackend, forget_facet_indexes
from marketplace.product_search.backends.elasticsearch import (
    ElasticsearchBackend,
    index_source,
    product_mapping,
)
from marketplace.product_search.documents import DocumentBuilder
from marketplace.product_search.query import ProductQuery
from marketplace.product_search.text import (
    WORD,
    compound_parts,
    light_stem,
    normalize,
    vocabulary,
    words,
)
from tests.factories import ProductClassFactory, ProductFactory, add_category, product_in_category

from .stub_transport import stub_client

pytestmark = pytest.mark.django_db

ProductClass = get_model("catalogue", "ProductClass")

# --- normalisation, stems, compounds (no database) -----------------------------------------


@pytest.mark.parametrize("typed, stored", [
    ("Café", "cafe"),
    ("CAMARÓN", "camaron"),
    ("Straße", "strasse"),
    ("Küchenmesser", "kuchenmesser"),
    ("ёлка Ёж", "елка еж"),
    # Arabic: harakat, tatweel, alef forms, alef maqsura, ta marbuta, the article.
    ("سِكِّين", "سكين"),
    ("ســكين", "سكين"),
    ("أداة إبرة آلة", "اداه ابره اله"),
    ("مستشفى", "مستشفي"),
    ("السكين والروبيان بالملح", "سكين روبيان ملح"),
    # Japanese: katakana = hiragana, half-width = full-width.
    ("エビ", "えび"),
    ("ｴﾋﾞ", "えび"),
    ("ＡＢＣ１２", "abc12"),
    # Korean stays Hangul.
    ("새우 칼", "새우 칼"),
    ("包丁", "包丁"),
])
def test_every_script_is_folded_the_same_way_for_index_and_query(typed, stored):
    assert normalize(typed) == stored


@pytest.mark.parametrize("typed", [
    "5㎏ Brand™ café", "السكين والروبيان\u00a0بالملح", "ｴﾋﾞ ＡＢＣ１２\u3000包丁",
    "x\u0301 y", "Straße  Küchenmesser", "½ inch", "德国1.4116钢（7件套）。型号KT-05000", "",
])
def test_words_are_worked_out_per_chunk_as_over_the_whole_text(typed, monkeypatch):
    # words() caches each whitespace-separated chunk: it must find what normalising the
    # whole text finds, also when the cache is emptied between two calls.
    whole = WORD.findall(normalize(typed))
    assert words(typed) == whole
    assert words(typed) == whole  # from the cache
    monkeypatch.setattr(search_text, "CHUNKS_KEPT", 1)
    unseen = f"Zq{uuid.uuid4().hex}"  # a miss, which empties the full cache first
    assert words(f"{typed} {unseen}") == [*whole, unseen.lower()]
    assert len(search_text._chunk_words) <= len(typed.split()) + 1


@pytest.mark.parametrize("word, language, stem", [
    ("crevettes", "fr", "crevet"),
    ("ножи", "ru", "нож"),
    ("креветки", "ru", "креветк"),
    ("ножи", "en", "нож"),  # Cyrillic words are Russian whatever the page language
    ("camaroes", "pt", "camaro"),
    ("camarao", "pt", "camara"),
    ("facas", "pt", "fac"),
    ("ножами", "ru", "нож"),
    ("pans", "fr", "pan"),
    ("shrimps", "en", "shrimp"),
    ("cuchillos", "es", "cuchill"),
    ("facas", "ja", "faca"),  # a Latin word under a non-Latin page: English plurals
    ("knife", "en", "knife"),
    ("えび", "ja", "えび"),
])
def test_query_words_are_cut_to_a_light_stem(word, language, stem):
    assert light_stem(word, language) == stem


def test_compound_words_are_split_into_known_vocabulary_words():
    known = vocabulary(["Messer", "Küche", "Garnelen", "Set"])
    assert compound_parts("kuchenmesser", known) == ["messer", "kuche"]
    assert compound_parts("messerset", known) == ["messer"]
    assert compound_parts("garnelenmesser", known) == ["garnelen", "messer"]
    assert compound_parts("messer", known) == []
    assert compound_parts("brotmass", known) == []


# --- the ten languages on real catalogue data ----------------------------------------------

KNIFE_CATEGORY = {
    "en": "Kitchen knives", "zh_hans": "厨房刀具", "es": "Cuchillos de cocina",
    "fr": "Couteaux de cuisine", "de": "Küchenmesser", "ru": "Кухонные ножи",
    "ar": "سكاكين المطبخ", "ja": "包丁", "ko": "주방 칼", "pt": "Facas de cozinha",
}
KNIFE_CLASS = {
    "en": "Kitchen knife", "zh_hans": "厨刀", "es": "Cuchillo", "fr": "Couteau",
    "de": "Messer", "ru": "Нож", "ar": "سكين", "ja": "包丁", "ko": "칼", "pt": "Faca",
}
SHRIMP_CATEGORY = {
    "en": "Shrimp", "zh_hans": "虾", "es": "Camarones", "fr": "Crevettes",
    "de": "Garnelen", "ru": "Креветки", "ar": "الروبيان", "ja": "エビ", "ko": "새우",
    "pt": "Camarão",
}


def _named(instance, names, field="name"):
    for suffix, name in names.items():
        setattr(instance, f"{field}_{suffix}", name)
    instance.save()
    return instance


@pytest.fixture
def catalogue():
    knives = _named(add_category(["Kitchen knives"]), KNIFE_CATEGORY)
    shrimp = _named(add_category(["Shrimp"]), SHRIMP_CATEGORY)
    gifts = add_category(["Gifts"])
    knife_class = _named(ProductClassFactory(), KNIFE_CLASS)
    seafood = ProductClassFactory(name="Seafood", slug="seafood", track_stock=False)
    knife = product_in_category(knives, product=ProductFactory(
        product_class=knife_class, title_en="8 inch chef knife 3Cr13",
        title_zh_hans="8英寸厨师刀"))
    prawns = product_in_category(shrimp, product=ProductFactory(
        product_class=seafood, title_en="Frozen white prawns", title_zh_hans="冷冻白虾"))
    # Its only German words are a compound: found by its part "Messer" (the class name).
    gift = product_in_category(gifts, product=ProductFactory(
        product_class=seafood, title_en="Gift box", title_de="Geschenkbox Brotmesser"))
    return {"knife": knife.pk, "prawns": prawns.pk, "gift": gift.pk}


@pytest.fixture
def backend(catalogue):
    forget_facet_indexes()
    backend = DatabaseBackend()
    backend.rebuild()
    yield backend
    forget_facet_indexes()


def found(backend, text, language):
    result = backend.search(ProductQuery(text=text, language=language, per_page=50))
    return {hit.pk for hit in result.hits}


EVERYDAY_WORDS = [
    # (language, knife, shrimp)
    ("en", "knife", "shrimp"),
    ("zh_hans", "刀", "虾"),
    ("es", "cuchillo", "camarón"),
    ("fr", "couteau", "crevettes"),
    ("de", "Messer", "Garnelen"),
    ("ru", "нож", "креветки"),
    ("ar", "سكين", "روبيان"),
    ("ja", "包丁", "エビ"),
    ("ko", "칼", "새우"),
    ("pt", "faca", "camarões"),
]


@pytest.mark.parametrize("language, knife_word, shrimp_word", EVERYDAY_WORDS)
def test_the_everyday_word_in_each_language_finds_products_written_in_chinese_and_english(
        backend, catalogue, language, knife_word, shrimp_word):
    assert catalogue["knife"] in found(backend, knife_word, language)
    assert catalogue["prawns"] not in found(backend, knife_word, language)
    assert found(backend, shrimp_word, language) == {catalogue["prawns"]}


@pytest.mark.parametrize("text, language", [
    ("crevette", "fr"), ("Crevettes", "fr"), ("креветка", "ru"), ("Камарон", "es"),
    ("camarao", "pt"), ("camaron", "es"), ("えび", "ja"), ("ｴﾋﾞ", "ja"), ("الروبيان", "ar"),
    ("garnele", "de"), ("shrimps", "en"),
])
def test_inflections_scripts_and_widths_are_folded(backend, catalogue, text, language):
    if text == "Камарон":  # a word of no catalogue in Cyrillic: nothing, and no error
        assert found(backend, text, language) == set()
        return
    assert found(backend, text, language) == {catalogue["prawns"]}


@pytest.mark.parametrize("text, language", [
    ("ножи", "ru"), ("ножей", "ru"), ("السكاكين", "ar"), ("couteaux", "fr"),
    ("cuchillos", "es"), ("facas", "pt"), ("Kuchenmesser", "de"), ("キッチン", "ja"),
])
def test_knife_words_in_their_inflected_forms(backend, catalogue, text, language):
    if text == "キッチン":  # no vocabulary holds it: nothing is found
        assert found(backend, text, language) == set()
        return
    assert catalogue["knife"] in found(backend, text, language)


def test_a_compound_is_found_by_its_vocabulary_parts(backend, catalogue):
    assert catalogue["gift"] in found(backend, "Messer", "de")
    assert catalogue["gift"] in found(backend, "Brotmesser", "de")
    assert catalogue["gift"] not in found(backend, "Garnelen", "de")


def test_documents_carry_the_vocabulary_in_all_ten_languages(catalogue):
    (document,) = DocumentBuilder().build([catalogue["knife"]])
    for suffix, name in KNIFE_CATEGORY.items():
        assert name in document[f"category_names_{suffix}"]
        assert KNIFE_CLASS[suffix] in document[f"category_names_{suffix}"]
    (gift,) = DocumentBuilder().build([catalogue["gift"]])
    assert gift["compound_parts"] == "messer"


def test_hostile_queries_find_nothing_and_do_not_fail(backend, catalogue):
    for text in ("\u0640\u0640\u0640", "ال", "\u0301\u0301", "\"*:(", "ｰ", "x" * 300):
        assert found(backend, text, "ar") <= set(catalogue.values())


# --- Elasticsearch: analysis and query through the real client ------------------------------


def test_each_language_has_a_normalising_analyser_of_built_in_filters():
    analysis = {}
    index_body = {"mappings": product_mapping().to_dict()}
    from elasticsearch_dsl import Index
    index = Index("probe")
    index.mapping(product_mapping())
    analysis = index.to_dict()["settings"]["analysis"]
    analyzers = analysis["analyzer"]
    filters = analysis["filter"]
    for suffix, stemmer in [("fr", "light_french"), ("de", "light_german"),
                            ("es", "light_spanish"), ("pt", "light_portuguese"),
                            ("ru", "russian"), ("ar", "arabic"), ("en", "light_english")]:
        analyzer = analyzers[f"text_{suffix}"]
        assert analyzer["char_filter"] == ["marketplace_fold"]
        assert "lowercase" in analyzer["filter"]
        languages = [filters[name].get("language") for name in analyzer["filter"] if name in filters]
        assert stemmer in languages
    assert "arabic_normalization" in analyzers["text_ar"]["filter"]
    assert "german_normalization" in analyzers["text_de"]["filter"]
    assert "french_elision" in analyzers["text_fr"]["filter"]
    assert analyzers["text_cjk"]["filter"] == ["cjk_width", "lowercase", "cjk_bigram"]
    mappings = analysis["char_filter"]["marketplace_fold"]["mappings"]
    for rule in ("أ=>ا", "إ=>ا", "آ=>ا", "ى=>ي", "ة=>ه", "ـ=>", "ё=>е", "ß=>ss", "エ=>え",
                 "ビ=>び"):
        assert rule in mappings
    properties = index_body["mappings"]["properties"]
    assert properties["compound_parts"] == {"type": "text", "analyzer": "folded"}
    assert properties["title_ja"]["analyzer"] == "text_cjk"
    assert properties["title_ar"]["analyzer"] == "text_ar"


def test_elasticsearch_indexes_the_vocabulary_and_queries_every_language(catalogue):
    (document,) = DocumentBuilder().build([catalogue["gift"]])
    source = index_source(document)
    assert source["compound_parts"] == "messer"
    client, requests = stub_client([(200, {"hits": {"total": {"value": 0}, "hits": []}})])
    ElasticsearchBackend(client=client, index="products").search(
        ProductQuery(text="crevettes", language="fr"))
    body = requests[0]["body"]
    fields = body["query"]["bool"]["should"][0]["multi_match"]["fields"]
    for suffix in ("en", "zh_hans", "es", "fr", "de", "ru", "ar", "ja", "ko", "pt"):
        assert f"category_names_{suffix}^2" in fields
    assert "compound_parts" in fields
    assert body["query"]["bool"]["should"][0]["multi_match"]["query"] == "crevettes"
