"""The database search backend on real catalogue data: words in every language, ranking,
facets counted disjunctively, sorts, pages, suggestions and the index kept current.

Runs on SQLite (FTS5) and on PostgreSQL (tsvector) alike.
"""

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.conf import settings
from django.db import connection
from django.utils import translation
from oscar.core.loading import get_model

from marketplace.demo.products import SUBCATEGORIES, product_spec
from marketplace.product_search.backends.database import (
    DatabaseBackend,
    FacetIndex,
    forget_facet_indexes,
    index_text,
    query_terms,
    title_key,
)
from marketplace.product_search.documents import DocumentBuilder
from marketplace.product_search.models import SearchDocument, SearchTitle
from marketplace.product_search.query import MOQ_EDGES
from tests.factories import product_in_category
from tests.module_rows import made_once
from tests.product_search.database_fixtures import (  # noqa: F401 (fixtures)
    database_backend,
    fresh_facet_index,
    search,
)
from tests.product_search.test_documents import seed_demo_products

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")

DEMO_COUNT = 3 * len(SUBCATEGORIES)


@pytest.fixture(scope="module")
def _demo_once(django_db_setup, django_db_blocker):
    """The demo products, indexed, once for the module (tests/module_rows.py): each test
    changes them only inside its own savepoint. Tests that need a catalogue of their own
    are in test_database_backend_own_products.py."""
    with made_once(django_db_blocker):
        forget_facet_indexes()
        ids = seed_demo_products(DEMO_COUNT)
        DatabaseBackend().rebuild()
        yield {product_spec(number).upc: pk for number, pk in enumerate(ids)}
    forget_facet_indexes()


@pytest.fixture
def demo(_demo_once):
    return _demo_once


def titles(result, language="en"):
    with translation.override(language):
        return [hit.object.title for hit in result.hits]


def counts(result, facet):
    return {choice.value: choice.count for choice in result.facet(facet).choices}


def specs_where(predicate):
    return [product_spec(n) for n in range(DEMO_COUNT) if predicate(product_spec(n))]


# --- words ------------------------------------------------------------------------------------


def test_chinese_runs_are_indexed_as_overlapping_pairs():
    assert index_text("冷冻白虾 8英寸") == "冷冻 冻白 白虾 虾 8 英寸 寸"
    assert query_terms("白虾") == [("phrase", ["白虾"])]
    assert query_terms("虾") == [("prefix", ["虾"])]
    assert index_text("Camarón CONGELADO") == "camaron congelado"


def test_cuchillo_on_the_spanish_site_finds_the_kitchen_knives(backend, demo):
    result = search(backend, text="cuchillo", language="es")
    knives = specs_where(lambda s: s.trade.product_class == "knives")
    found = titles(result, "es")
    assert {s.titles["es"] for s in knives if "uchillo" in s.titles["es"]} <= set(found)
    # Knives first: the word is in their titles, elsewhere only in the descriptions.
    in_title = ["uchillo" in title for title in found]
    assert in_title == sorted(in_title, reverse=True), found


def test_the_character_for_shrimp_finds_shrimp_inside_chinese_titles(backend, demo):
    result = search(backend, text="虾", language="zh-hans")
    shrimp = {s.titles["zh-hans"] for s in specs_where(lambda s: "虾" in s.titles["zh-hans"])}
    assert shrimp and set(titles(result, "zh-hans")) == shrimp


def test_a_chinese_word_matches_where_its_characters_are_adjacent(backend, demo):
    result = search(backend, text="厨师刀", language="zh-hans")
    assert result.total and all("厨师刀" in t for t in titles(result, "zh-hans"))


def test_words_in_another_language_than_the_page_still_find_the_product(backend, demo):
    spanish = search(backend, text="camarón", language="en")
    unaccented = search(backend, text="camaron", language="en")
    assert spanish.total and [h.pk for h in spanish.hits] == [h.pk for h in unaccented.hits]
    assert all("shrimp" in t.lower() for t in titles(spanish))


def test_every_word_must_match(backend, demo):
    both = search(backend, text="frozen shrimp")
    assert both.total and all("shrimp" in t.lower() for t in titles(both))
    assert search(backend, text="frozen bicycle").total == 0


def test_seller_attribute_and_category_words_are_searched(backend, demo):
    seller = product_spec(0).maker
    # Its name holds its district's ("Jiangcheng"), which other makers' products there carry.
    assert search(backend, text=seller.name, filters=(("seller", (seller.code,)),)).total == len(
        specs_where(lambda s: s.maker.code == seller.code))
    assert search(backend, text="3Cr13").total == len(
        specs_where(lambda s: "3Cr13" in s.titles["en"] or any(
            "3cr13" in str(v) for _c, v in s.trade.attributes)))
    seafood = search(backend, text="aquatic")  # the cluster's category name, not in titles
    assert seafood.total >= len(specs_where(lambda s: s.cluster.code == "SF"))


# --- facets ------------------------------------------------------------------------------------


def test_facets_count_every_value_of_the_whole_catalogue(backend, demo):
    result = search(backend, with_facets=True)
    assert result.total == DEMO_COUNT
    clusters = counts(result, "cluster")
    assert clusters["knives"] == len(specs_where(lambda s: s.trade.product_class == "knives"))
    assert sum(clusters.values()) == DEMO_COUNT
    sellers = counts(result, "seller")
    assert sellers == {code: len(specs_where(lambda s, c=code: s.maker.code == c))
                       for code in {s.maker.code for s in specs_where(lambda s: True)}}
    assert counts(result, "certification")["HACCP"] == len(
        specs_where(lambda s: "HACCP" in s.trade.certifications))


def test_choosing_a_value_narrows_the_others_but_keeps_its_alternatives(backend, demo):
    everything = search(backend, with_facets=True)
    knives = search(backend, filters=(("cluster", ("knives",)),), with_facets=True)

    assert knives.total == counts(everything, "cluster")["knives"]
    assert {t for t in titles(knives)} <= {
        s.titles["en"] for s in specs_where(lambda s: s.trade.product_class == "knives")}
    # Disjunctive: the cluster facet still offers every cluster with its full count.
    assert counts(knives, "cluster") == counts(everything, "cluster")
    assert [c.value for c in knives.facet("cluster").choices if c.selected] == ["knives"]
    # The other facets count knives only.
    assert sum(counts(knives, "seller").values()) == knives.total
    assert "HACCP" not in counts(knives, "certification")


def test_values_of_one_facet_are_alternatives_and_facets_narrow_each_other(backend, demo):
    two = search(backend, filters=(("cluster", ("knives", "scissors")),), with_facets=True)
    everything = counts(search(backend, with_facets=True), "cluster")
    assert two.total == everything["knives"] + everything["scissors"]

    narrowed = search(backend, filters=(("certification", ("FDA",)),
                                        ("cluster", ("knives", "scissors"))), with_facets=True)
    expected = specs_where(lambda s: s.trade.product_class in ("knives", "scissors")
                           and "FDA" in s.trade.certifications)
    assert narrowed.total == len(expected)
    # Each facet's counts leave out its own filter only.
    assert counts(narrowed, "cluster")["knives"] == len(
        specs_where(lambda s: s.trade.product_class == "knives"
                    and "FDA" in s.trade.certifications))
    assert counts(narrowed, "certification")["FDA"] == narrowed.total


def test_attribute_facets_filter_on_option_codes(backend, demo):
    result = search(backend, with_facets=True)
    steel = counts(result, "attr.blade_steel")
    assert steel and all(value.startswith("blade_steel.") for value in steel)
    value, count = next(iter(steel.items()))
    chosen = search(backend, filters=(("attr.blade_steel", (value,)),), with_facets=True)
    assert chosen.total == count


def test_category_pages_include_their_subcategories(backend, demo):
    cluster = Category.objects.get(depth=1, slug="knives-scissors")
    ids = tuple(cluster.get_descendants_and_self().values_list("pk", flat=True))
    result = search(backend, category_ids=ids, with_facets=True)
    ks = specs_where(lambda s: s.cluster.code == "KS")
    assert result.total == len(ks)
    assert counts(result, "category")[str(cluster.pk)] == len(ks)  # ancestors counted too


def test_price_moq_and_stock_filters_with_their_counts(backend, demo):
    buckets = ((Decimal("0"), Decimal("20")), (Decimal("20"), Decimal("50")), (Decimal("50"), None))
    result = search(backend, with_facets=True, price_buckets=buckets)
    prices = [product_spec(n).price for n in range(DEMO_COUNT)]
    assert [c.count for c in result.facet("price").choices] == [
        sum(1 for p in prices if p < 20), sum(1 for p in prices if 20 <= p < 50),
        sum(1 for p in prices if p >= 50)]

    cheap = search(backend, price_min=Decimal("20"), price_max=Decimal("50"), with_facets=True,
                   price_buckets=buckets)
    assert cheap.total == sum(1 for p in prices if 20 <= p <= 50)
    # The price facet still counts every bucket; the others count the cheap products only.
    assert [c.count for c in cheap.facet("price").choices] == [
        c.count for c in result.facet("price").choices]
    assert sum(counts(cheap, "cluster").values()) == cheap.total

    moqs = [product_spec(n).terms.moq for n in range(DEMO_COUNT)]
    assert [(c.value, c.count) for c in result.facet("moq").choices] == [
        (str(edge), sum(1 for m in moqs if m <= edge)) for edge in MOQ_EDGES]
    assert search(backend, moq_max=100).total == sum(1 for m in moqs if m <= 100)

    assert counts(result, "in_stock") == {"true": DEMO_COUNT}
    assert search(backend, in_stock=True).total == DEMO_COUNT


# --- sorting and paging ----------------------------------------------------------------------


@pytest.mark.parametrize("sort, key, reverse", [
    ("price_asc", lambda p: p.stockrecords.all()[0].price, False),
    ("price_desc", lambda p: p.stockrecords.all()[0].price, True),
    ("moq", lambda p: p.stockrecords.all()[0].moq, False),
    ("newest", lambda p: (p.date_created, p.pk), True),
])
def test_sorts(backend, demo, sort, key, reverse):
    products = [hit.object for hit in search(backend, sort=sort).hits]
    assert len(products) == DEMO_COUNT
    assert [key(p) for p in products] == sorted((key(p) for p in products), reverse=reverse)


def test_sorting_by_title_follows_the_page_language(backend, demo):
    spanish = titles(search(backend, sort="title", language="es"), "es")
    assert spanish == sorted(spanish, key=str.casefold)


def test_pages_split_the_results_without_overlap(backend, demo):
    pages = [search(backend, text="g", sort="price_asc", page=n, per_page=7) for n in (1, 2, 3)]
    ids = [hit.pk for page in pages for hit in page.hits]
    everything = search(backend, text="g", sort="price_asc")
    assert ids == [hit.pk for hit in everything.hits][:21]
    assert len(set(ids)) == len(ids) and pages[0].total == everything.total
    assert search(backend, page=99).hits == []


# --- keeping the index current ---------------------------------------------------------------


def test_a_taken_down_product_vanishes_before_the_index_hears_of_it(backend, demo):
    shrimp_id = demo[product_spec(9).upc]
    Product.objects.filter(pk=shrimp_id).update(is_public=False)
    assert shrimp_id not in [hit.pk for hit in search(backend, text="vannamei").hits]


def test_removed_and_reindexed_products_leave_counts_and_results(backend, demo):
    shrimp_id = demo[product_spec(9).upc]
    before = search(backend, text="vannamei", with_facets=True)
    backend.remove_products([shrimp_id])
    after = search(backend, text="vannamei", with_facets=True)
    assert after.total == before.total - 1 and shrimp_id not in [h.pk for h in after.hits]

    backend.index_products([shrimp_id])
    assert search(backend, text="vannamei").total == before.total
    Product.objects.filter(pk=shrimp_id).update(is_public=False)
    backend.index_products([shrimp_id])  # no longer browsable: leaves the index
    assert search(backend, text="vannamei").total == before.total - 1


def test_a_changed_title_is_found_after_indexing(backend, demo):
    knife_id = demo[product_spec(0).upc]
    search(backend, text="knife", with_facets=True)  # the facet index is loaded
    Product.objects.filter(pk=knife_id).update(title_en="Yanagiba sashimi knife")
    backend.index_products([knife_id])
    assert [hit.pk for hit in search(backend, text="yanagiba").hits] == [knife_id]


# --- suggestions ------------------------------------------------------------------------------


def test_suggestions_offer_products_categories_and_sellers_as_you_type(backend, demo):
    with translation.override("en"):
        suggestions = backend.suggest("kni", "en")
    kinds = {s.kind for s in suggestions}
    assert {"product", "category"} <= kinds
    assert all("kni" in s.label.lower() for s in suggestions)
    assert all(s.url.startswith("/") for s in suggestions)

    with translation.override("es"):
        spanish = backend.suggest("cuch", "es")
    assert spanish and all(s.label.lower().startswith("cuch") or " cuch" in s.label.lower()
                           for s in spanish)

    with translation.override("en"):
        sellers = backend.suggest("zhapo", "en")
    assert [s.kind for s in sellers] == ["seller"]

    with translation.override("zh-hans"):
        chinese = backend.suggest("虾", "zh-hans", limit=3)
    assert 0 < len(chinese) <= 3 and all("虾" in s.label for s in chinese)


def test_sorts_stay_right_after_products_change(backend, demo):
    def cheapest():
        return [hit.pk for hit in search(backend, sort="price_asc", per_page=3).hits]

    before = cheapest()  # the price order is now kept in memory
    dearest = search(backend, sort="price_desc", per_page=1).hits[0].pk
    Product.objects.get(pk=dearest).stockrecords.update(price=Decimal("0.50"))
    backend.index_products([dearest])
    assert cheapest() == [dearest] + before[:2]

    new = product_in_category(Category.objects.filter(depth=2).first(), price=Decimal("0.10"))
    backend.index_products([new.pk])
    assert cheapest() == [new.pk, dearest, before[0]]


# --- how orders are worked out ---------------------------------------------------------------


def title_order(language="en"):
    suffix = language.replace("-", "_")
    return [pk for _key, pk in sorted(
        (title_key(titles_by_language[suffix]), pk)
        for pk, titles_by_language in SearchDocument.objects.values_list("product_id", "titles"))]


def test_title_order_is_the_same_read_in_order_or_looked_up(backend, demo):
    # A page of 100 holds every demo product: their title rows are looked up and sorted.
    looked_up = [hit.pk for hit in search(backend, sort="title", language="es").hits]
    # Pages of 5 of the whole catalogue: the title rows are read in order until a page is full.
    read = [hit.pk for n in range(1, DEMO_COUNT // 5 + 2)
            for hit in search(backend, sort="title", language="es", per_page=5, page=n).hits]
    assert looked_up == read == title_order("es")
    assert len(read) == DEMO_COUNT


def test_products_without_a_title_row_come_last_by_id(backend, demo):
    untitled = sorted(demo.values())[:2]
    SearchTitle.objects.filter(product_id__in=untitled).delete()
    titled = [pk for pk in title_order() if pk not in untitled]
    looked_up = [hit.pk for hit in search(backend, sort="title").hits]
    read = [hit.pk for n in range(1, DEMO_COUNT // 5 + 2)
            for hit in search(backend, sort="title", per_page=5, page=n).hits]
    assert looked_up == read == titled + untitled


def test_sorting_in_memory_keeps_the_declared_order_with_ties_and_gaps():
    rng = random.Random(7)
    index = FacetIndex()
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    for pk in rng.sample(range(1, 500), 200):
        index._append(
            pk, rng.choice([None, Decimal("9.50"), Decimal("10"), Decimal(rng.randint(1, 99))]),
            rng.choice([None, 1, 100, rng.randint(1, 999)]),
            rng.choice([None, moment, moment + timedelta(days=rng.randint(0, 9))]),
            rng.choice([None, 4.5, 5.0, rng.random() * 5]), ())
    for sort in FacetIndex.ORDERS:
        assert index.order(sort) == sorted(range(index.size), key=index._order_key(sort)), sort


def _has_title_order_index():
    with connection.cursor() as cursor:
        return "product_search_title_order" in connection.introspection.get_constraints(
            cursor, SearchTitle._meta.db_table)


def test_a_rebuild_writes_title_rows_without_their_index_and_builds_it_at_the_end(
        backend, demo, monkeypatch):
    assert _has_title_order_index()
    assert SearchTitle.objects.count() == DEMO_COUNT * len(settings.LANGUAGES)

    def broken(self, ids):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(DocumentBuilder, "build", broken)
    with pytest.raises(RuntimeError):
        backend.rebuild()
    assert _has_title_order_index()  # a failed rebuild leaves it too


def _pragmas():
    with connection.cursor() as cursor:
        found = {}
        for name in ("secure_delete", "cache_size", "wal_autocheckpoint"):
            cursor.execute(f"PRAGMA {name}")
            found[name] = cursor.fetchone()[0]
        return found


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's own connection settings")
@pytest.mark.parametrize("fails", [False, True], ids=["done", "failed"])
def test_a_rebuild_loads_without_wiping_freed_pages_and_puts_the_settings_back(
        backend, demo, monkeypatch, fails):
    before = _pragmas()
    during = []
    build = DocumentBuilder.build

    def watched(self, ids):
        during.append(_pragmas())
        if fails:
            raise RuntimeError("the database went away")
        return build(self, ids)

    monkeypatch.setattr(DocumentBuilder, "build", watched)
    if fails:
        with pytest.raises(RuntimeError):
            backend.rebuild()
    else:
        assert backend.rebuild() == DEMO_COUNT
    assert during[0] == {"secure_delete": 2, "cache_size": -65536, "wal_autocheckpoint": 20000}
    assert _pragmas() == before


def test_title_order_stays_right_after_titles_change(backend, demo):
    search(backend, sort="title", language="es")  # the Spanish title order is now in memory
    last, other = title_order("es")[-1], title_order("es")[3]
    Product.objects.filter(pk=last).update(title_es="Aaa primero")
    Product.objects.filter(pk=other).update(title_es="Zzz último")
    backend.index_products([last, other])
    ids = [hit.pk for hit in search(backend, sort="title", language="es").hits]
    assert ids == title_order("es")
    assert ids[0] == last and ids[-1] == other


def test_words_asked_again_see_products_indexed_in_between(backend, demo):
    first = search(backend, text="yanagiba")  # the (empty) matches are now kept
    assert first.total == 0
    knife_id = demo[product_spec(0).upc]
    Product.objects.filter(pk=knife_id).update(title_en="Yanagiba sashimi knife")
    backend.index_products([knife_id])
    assert [hit.pk for hit in search(backend, text="yanagiba").hits] == [knife_id]
    backend.remove_products([knife_id])
    assert search(backend, text="yanagiba").total == 0


@pytest.mark.parametrize("ids", [[3, 1, 2, 7], [5, 10_000_000]], ids=["dense", "sparse"])
def test_bitmaps_of_product_ids_skip_ids_the_index_does_not_hold(ids):
    index = FacetIndex()
    for pk in ids:
        index._append(pk, None, None, None, None, ())
    assert index.of_ids([ids[0], 4, 999_999_999, ids[-1]]) == 1 | (1 << (len(ids) - 1))
    assert index.of_ids([]) == 0
