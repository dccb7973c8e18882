"""Units, districts and Incoterms are data editors correct in the ten site languages: buyers
read the names on the product page, a correction shows at once, and the search finds a
product by its district's name in the buyer's language."""

import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from catalog.models import OriginDistrict, UnitOfMeasure
from marketplace.oscar_apps.partner.models import IncotermOffer
from marketplace.oscar_apps.partner.services import set_trade_terms
from marketplace.product_search.backends.database import DatabaseBackend, forget_facet_indexes
from marketplace.product_search.documents import DocumentBuilder
from marketplace.product_search.facets import value_labels
from marketplace.product_search.query import ProductQuery
from marketplace.vocabulary.models import Term
from marketplace.vocabulary.selectors import term_name
from marketplace.vocabulary.services import load_terms
from tests.factories import ProductFactory, add_category, product_in_category

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]

#: What a buyer reads for Yangxi County (441721), a carton and FOB in each language.
YANGXI = {
    "zh-hans": "阳西县", "en": "Yangxi County", "es": "Condado de Yangxi", "fr": "Xian de Yangxi",
    "de": "Kreis Yangxi", "ru": "Уезд Янси", "ar": "مقاطعة يانغشي", "ja": "陽西県", "ko": "양시현",
    "pt": "Condado de Yangxi",
}
CARTON = {
    "zh-hans": "箱", "en": "carton", "es": "caja", "fr": "carton", "de": "Karton",
    "ru": "коробка", "ar": "كرتونة", "ja": "カートン", "ko": "박스", "pt": "caixa",
}
FOB = {
    "zh-hans": "船上交货", "en": "Free On Board", "es": "Franco a bordo", "fr": "Franco à bord",
    "de": "Frei an Bord", "ru": "Франко борт", "ar": "التسليم على ظهر السفينة", "ja": "本船渡し",
    "ko": "본선인도", "pt": "Livre a bordo",
}


@pytest.fixture
def product():
    knives = add_category(["Kitchen knives"])
    product = product_in_category(knives, product=ProductFactory(
        title_en="Chef knife 8in", origin_district=OriginDistrict.YANGXI,
        unit_of_measure=UnitOfMeasure.CARTON))
    set_trade_terms(product.stockrecords.get(), moq=10, tiers=[(100, Decimal("90.00"))],
                    incoterms=[("FOB", "Yangjiang Port"), ("EXW", "")])
    return product


def page(client, product, language):
    with translation.override(language):
        url = product.get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def fact(html, key):
    match = re.search(rf'<tr class="fact-{key}"><th scope="row">[^<]*</th><td><bdi dir="auto">'
                      r"([^<]*)</bdi>", html)
    return match and match.group(1)


def incoterm_title(html, code):
    match = re.search(rf'<abbr title="([^"]*)">{code}</abbr>', html)
    return match and match.group(1)


def edit(term, **names):
    for language, name in names.items():
        setattr(term, build_localized_fieldname("name", language), name)
    term.save()


# --- the loaded terms ----------------------------------------------------------------------


def test_the_migration_loads_every_unit_district_and_incoterm_in_ten_languages():
    loaded = {(term.kind, term.code): term for term in Term.objects.all()}
    expected = ({("unit", code) for code in UnitOfMeasure.values}
                | {("district", code) for code in OriginDistrict.values}
                | {("incoterm", code) for code, _label in IncotermOffer.TERM_CHOICES})
    assert set(loaded) == expected
    for term in loaded.values():
        for language in LANGUAGES:
            assert getattr(term, build_localized_fieldname("name", language)), (term, language)
    fob = loaded["incoterm", "FOB"]
    assert (fob.name_en, fob.name_zh_hans, fob.name_fr) == ("Free On Board", "船上交货",
                                                             "Franco à bord")
    jiangcheng = loaded["district", "441702"]
    assert (jiangcheng.name_zh_hans, jiangcheng.name_en, jiangcheng.name_ru) == (
        "江城区", "Jiangcheng District", "Район Цзянчэн")
    # A name in one language is not another's copied over.
    for kind, code in expected - {("unit", "pair"), ("unit", "tonne"), ("unit", "metre"),
                                  ("unit", "carton"), ("unit", "set"), ("district", "441702")}:
        names = [getattr(loaded[kind, code], f"name_{s}") for s in ("en", "zh_hans", "ru", "ar")]
        assert len(set(names)) == 4, (kind, code, names)


def test_loading_again_adds_missing_terms_only_and_keeps_an_editors_correction():
    yangxi = Term.objects.get(kind="district", code=OriginDistrict.YANGXI)
    edit(yangxi, fr="Xian de Yangxi (Guangdong)", de="")
    Term.objects.filter(kind="incoterm", code="CIF").delete()

    assert load_terms() == 1
    assert load_terms() == 0

    yangxi.refresh_from_db()
    assert yangxi.name_fr == "Xian de Yangxi (Guangdong)" and yangxi.name_de == ""
    cif = Term.objects.get(kind="incoterm", code="CIF")
    assert (cif.name_en, cif.name_ja) == ("Cost, Insurance and Freight", "運賃保険料込み")


# --- what buyers read ----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_product_page_names_the_district_unit_and_incoterms_in_its_language(
        client, product, language):
    html = page(client, product, language)

    assert fact(html, "origin_district") == YANGXI[language]
    assert fact(html, "unit") == CARTON[language]
    assert incoterm_title(html, "FOB") == FOB[language]


def test_an_editors_correction_shows_on_the_next_page_even_when_it_was_cached(
        client, admin_client, product, django_capture_on_commit_callbacks):
    assert fact(page(client, product, "fr"), "origin_district") == "Xian de Yangxi"
    with translation.override("en"):
        assert term_name("district", OriginDistrict.YANGXI) == "Yangxi County"  # table cached

    term = Term.objects.get(kind="district", code=OriginDistrict.YANGXI)
    form = {build_localized_fieldname(field, language):
            getattr(term, build_localized_fieldname(field, language)) or ""
            for field in ("name", "description") for language in LANGUAGES}
    form["name_fr"] = "Comté de Yangxi"
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:vocabulary_term_change", args=[term.pk]), form)
    assert response.status_code == 302, response.content.decode()[:2000]

    assert fact(page(client, product, "fr"), "origin_district") == "Comté de Yangxi"
    assert fact(page(client, product, "en"), "origin_district") == "Yangxi County"
    with translation.override("fr"):
        assert term_name("district", OriginDistrict.YANGXI) == "Comté de Yangxi"


def test_staff_correct_names_but_not_the_codes_products_store(admin_client):
    term = Term.objects.get(kind="incoterm", code="FOB")
    html = admin_client.get(reverse("admin:vocabulary_term_change", args=[term.pk])).content
    html = html.decode()

    assert 'name="name_ar"' in html and 'name="description_ko"' in html
    assert 'name="code"' not in html and 'name="kind"' not in html


def test_a_term_without_a_row_or_a_name_falls_back(client, product,
                                                   django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        Term.objects.filter(kind="district", code=OriginDistrict.YANGXI).delete()
        edit(Term.objects.get(kind="unit", code="carton"), fr="")
        Term.objects.filter(kind="incoterm", code="FOB").delete()

    html = page(client, product, "fr")
    # No row: the code's gettext label, in the page's language where the catalog has one.
    with translation.override("fr"):
        assert fact(html, "origin_district") == str(OriginDistrict.YANGXI.label)
    assert fact(html, "origin_district") != "Yangxi County"
    # No French name: modeltranslation's fallback language (English).
    assert fact(html, "unit") == "carton"
    assert incoterm_title(html, "FOB") == "Franco à bord"  # the label without "FOB – "
    with translation.override("de"):
        assert term_name("unit", "carton") == "Karton"
        assert term_name("unit", "") == ""
        assert term_name("district", "999999") == "999999"


def test_a_name_an_editor_typed_is_text_not_markup(client, product,
                                                   django_capture_on_commit_callbacks):
    hostile = '<script>alert("x")</script>"><img src=x onerror=alert(1)>'
    with django_capture_on_commit_callbacks(execute=True):
        edit(Term.objects.get(kind="district", code=OriginDistrict.YANGXI), en=hostile)
        edit(Term.objects.get(kind="incoterm", code="FOB"), en=hostile)

    html = page(client, product, "en")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert 'title="&lt;script&gt;' in html


# --- search --------------------------------------------------------------------------------


@pytest.fixture
def backend():
    forget_facet_indexes()
    backend = DatabaseBackend()
    yield backend
    forget_facet_indexes()


def found(backend, text, language):
    result = backend.search(ProductQuery(text=text, language=language, per_page=50))
    return {hit.pk for hit in result.hits}


@pytest.mark.parametrize("text, language", [
    ("Xian de Yangxi", "fr"), ("Yangxi", "fr"), ("Янси", "ru"), ("уезд Янси", "ru"),
    ("阳西县", "zh_hans"), ("Kreis Yangxi", "de"),
])
def test_a_buyer_finds_a_districts_products_by_its_name_in_their_language(
        backend, product, text, language):
    elsewhere = ProductFactory(title_en="Chef knife 6in", origin_district=OriginDistrict.YANGCHUN)
    product_in_category(add_category(["Kitchen knives"]), product=elsewhere)
    backend.rebuild()

    assert found(backend, text, language) == {product.pk}


def test_a_corrected_district_name_is_searchable_once_reindexed(
        backend, product, django_capture_on_commit_callbacks):
    backend.rebuild()
    assert found(backend, "Comté", "fr") == set()
    with django_capture_on_commit_callbacks(execute=True):
        edit(Term.objects.get(kind="district", code=OriginDistrict.YANGXI), fr="Comté de Yangxi")

    # The correction queued the district's products (tests send the queue before a search).
    assert found(backend, "Comté", "fr") == {product.pk}


def test_documents_carry_the_district_and_unit_in_every_language(product):
    (document,) = DocumentBuilder().build([product.pk])
    for language in LANGUAGES:
        suffix = language.replace("-", "_")
        assert YANGXI[language] in document[f"attributes_{suffix}"]
        assert CARTON[language] in document[f"attributes_{suffix}"]


def test_the_search_sidebar_names_incoterms_as_editors_keep_them(
        django_capture_on_commit_callbacks):
    with translation.override("ru"):
        assert value_labels("incoterm", ["FOB", "EXW"]) == {"FOB": "FOB – Франко борт",
                                                           "EXW": "EXW – Франко завод"}
    with django_capture_on_commit_callbacks(execute=True):
        edit(Term.objects.get(kind="incoterm", code="FOB"), ru="Франко-борт")
    with translation.override("ru"):
        assert value_labels("incoterm", ["FOB"]) == {"FOB": "FOB – Франко-борт"}
