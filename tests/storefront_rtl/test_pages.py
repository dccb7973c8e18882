"""What a buyer sees on the product, category and search pages, in English and in Arabic.

Right to left: the seller's Latin words (titles, prices, codes) are isolated (<bdi>,
dir="auto") so "6 inch 3Cr13 chef knife" does not come out as "inch 3Cr13 chef knife-6".
Cards: whole titles, the attribute that tells a range apart. Facets: the box is part of the
link. Product page: the trade facts, the barcode called GTIN.
"""

import re

import pytest

from .conftest import EIGHT_INCH, SIX_INCH

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "ar"]


def path_in(language, url):
    return f"/{language}{url[3:]}"


def product_page(client, product, language):
    response = client.get(path_in(language, product.get_absolute_url()))
    assert response.status_code == 200
    return response.content.decode()


def cards(page):
    return re.findall(r'<article class="product_pod">.*?</article>', page, re.S)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_product_page_isolates_the_title_prices_and_codes(client, knives_range, language):
    page = product_page(client, knives_range["six"], language)

    assert f'dir="{"rtl" if language == "ar" else "ltr"}"' in page.split(">", 2)[1]
    assert f'<h1 dir="auto">{SIX_INCH}</h1>' in page
    assert f'aria-current="page"><bdi>{SIX_INCH}</bdi></li>' in page  # breadcrumb
    assert re.search(r'<p class="price_color"><bdi class="price" dir="ltr">[^<]*\d', page)
    assert re.search(r'<td class="unit-price"><bdi dir="ltr">[^<]*\d', page)
    assert '<bdi dir="auto">8211910000</bdi>' in page
    assert '<bdi dir="auto">4006381333931</bdi>' in page


def test_the_arabic_breadcrumbs_isolate_category_names_and_use_the_arabic_name(client, knives_range):
    page = product_page(client, knives_range["six"], "ar")

    assert '<a dir="auto" href="/ar/catalogue/category/' in page
    assert "سكاكين المطبخ</a>" in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_product_page_lists_the_trade_facts_and_calls_the_barcode_gtin(client, knives_range, language):
    page = product_page(client, knives_range["six"], language)
    facts = page.split('class="table table-striped product-facts"')[1].split("</table>")[0]

    for key, value in [
        ("gtin", "4006381333931"), ("hs_code", "8211910000"), ("certifications", "FDA, LFGB"),
        ("net_weight", "0.18 kg"), ("gross_weight", "0.25 kg"), ("carton", "40 × 30 × 25.5 cm"),
        ("units_per_carton", "50"),
    ]:
        row = rf'<tr class="fact-{key}"><th scope="row">[^<]+</th><td><bdi dir="auto">{re.escape(value)}</bdi>'
        assert re.search(row, facts), key
    assert 'class="fact-lead_time"' in facts and "25" in facts
    assert 'class="fact-origin_district"' in facts
    assert ">UPC<" not in page  # the label; the factory's barcode itself reads "UPC0…"
    if language == "en":
        assert '<th scope="row">GTIN</th>' in facts
        assert "Jiangcheng District" in facts and "25 days" in facts
        assert "HS code" in facts and "Units per carton" in facts


def test_a_product_without_trade_facts_shows_no_empty_rows(client, knives_range):
    page = product_page(client, knives_range["eight"], "en")
    facts = page.split('product-facts"')[1].split("</table>")[0]

    assert "fact-hs_code" not in facts and "fact-carton" not in facts and "fact-lead_time" not in facts
    assert "fact-gtin" in facts  # the factory's barcode, now shown as GTIN
    assert ">UPC<" not in page  # the label; the factory's barcode itself reads "UPC0…"


def test_the_barcode_a_seller_types_is_escaped(client, knives_range):
    eight = knives_range["eight"]
    eight.upc = "<b>x</b>"
    eight.save()

    page = product_page(client, eight, "en")

    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_category_page_cards_show_whole_isolated_titles(client, knives_range, language):
    page = client.get(path_in(language, knives_range["category"].get_absolute_url())).content.decode()
    found = cards(page)

    assert len(found) == 2
    long_card = next(card for card in found if "pakkawood" in card)
    # The whole title, not Oscar's four words, in the link and in its title attribute.
    assert '<h3 class="mt-3 product-title" dir="auto">' in long_card
    assert f'title="{EIGHT_INCH}">{EIGHT_INCH}</a>' in long_card
    assert "…" not in long_card
    assert re.search(r'<bdi class="price" dir="ltr">[^<]*\d', long_card)


@pytest.mark.parametrize("language", LANGUAGES)
def test_cards_of_one_range_show_the_attribute_that_tells_them_apart(client, knives_range, language):
    page = client.get(path_in(language, knives_range["category"].get_absolute_url())).content.decode()
    listed = r'<ul class="list-unstyled card-specs[^"]*">(.*?)</ul>'
    specs = {("six" if SIX_INCH in card else "eight"): re.search(listed, card, re.S).group(1)
             for card in cards(page)}

    assert "<bdi>152</bdi>" in specs["six"] and "<bdi>203</bdi>" in specs["eight"]
    if language == "en":
        assert "Blade length (mm): <bdi>152</bdi>" in specs["six"]
    else:
        assert "طول النصل (مم)" in specs["six"]


def test_a_card_outside_a_list_finds_its_specs_itself(knives_range, rf):
    from marketplace.core.templatetags.storefront_tags import card_specs

    assert card_specs(knives_range["six"]) == [("Blade length (mm)", "152")]


def test_the_category_page_costs_the_same_with_the_specs_of_two_or_eight_cards(client, knives_range):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from marketplace.core.chrome import invalidate
    from tests.factories import product_in_category
    from tests.storefront_rtl.conftest import blade_length

    url = knives_range["category"].get_absolute_url()

    def count():
        client.get(url)
        invalidate("listing")
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        return len(captured.captured_queries)

    two = count()
    for n in range(6):
        more = product_in_category(knives_range["category"], product__product_class=knives_range["six"].product_class)
        blade_length(more, 100 + n)
    assert count() == two


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_search_page_isolates_the_query_titles_and_facet_labels(client, faceted, language):
    page = client.get(f"/{language}/search/", {"q": "3Cr13 knife"}).content.decode()

    assert "<bdi>3Cr13 knife</bdi>" in page  # breadcrumb and heading
    assert page.count('class="mt-3 product-title" dir="auto"') == 4
    assert '<bdi>Yangjiang Blades <span class="facet-count' in page  # a seller's name in the facets


def test_a_hostile_query_is_escaped_inside_its_isolation(client, faceted):
    page = client.get("/ar/search/", {"q": "<script>x</script>"}).content.decode()

    assert "<bdi>&lt;script&gt;x&lt;/script&gt;</bdi>" in page
    assert "<script>x</script>" not in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_facet_choice_is_one_link_with_its_box_inside(client, faceted, language):
    page = client.get(f"/{language}/search/", {"q": "knife", "seller": "yj-blades"}).content.decode()
    choices = re.findall(r'<li class="facet-choice[^"]*">(.*?)</li>', page, re.S)

    assert choices
    for choice in choices:
        # No <input> inside a link: it would take the click and the link would not be followed.
        assert "<input" not in choice
        assert re.match(r'\s*<a href="[^"]+" rel="nofollow"[^>]*>\s*<span class="facet-checkbox', choice)
    selected = next(c for c in choices if 'data-value="yj-blades"' in c)
    assert '<span class="facet-checkbox" aria-hidden="true" data-checked>' in selected


@pytest.mark.parametrize("path", ["/{}/search/?q=knife", "/{}/catalogue/"])
def test_the_sidebar_is_folded_until_a_wide_screen_opens_it(client, faceted, path):
    for language in LANGUAGES:
        page = client.get(path.format(language)).content.decode()
        aside = page.split('<aside class="sidebar')[1].split("</aside>")[0]

        assert '<details class="sidebar-fold">' in aside  # closed: a phone sees products first
        assert '<summary class="sidebar-fold-toggle">' in aside
        assert aside.index("<details") < aside.index("search-facets")


def test_arabic_pages_load_the_right_to_left_stylesheet_with_mirrored_icons(client, knives_range):
    from django.contrib.staticfiles import finders

    page = product_page(client, knives_range["six"], "ar")

    assert "marketplace/css/rtl.css" in page
    rtl = open(finders.find("marketplace/css/rtl.css"), encoding="utf-8").read()
    assert '[dir="rtl"] .fa-arrow-left' in rtl and "scaleX(-1)" in rtl
    assert '[dir="rtl"] .breadcrumb-item + .breadcrumb-item::before' in rtl
    assert "marketplace/css/rtl.css" not in product_page(client, knives_range["six"], "en")


def test_kept_specs_follow_a_changed_value_and_a_renamed_attribute(client, knives_range):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = knives_range["category"].get_absolute_url()
    assert "Blade length (mm): <bdi>152</bdi>" in client.get(url).content.decode()
    with CaptureQueriesContext(connection) as captured:  # another currency: specs kept
        client.cookies["display_currency"] = "EUR"
        assert "Blade length (mm): <bdi>152</bdi>" in client.get(url).content.decode()
    assert not [q for q in captured.captured_queries if "productattributevalue" in q["sql"]]

    value = knives_range["six"].attribute_values.get()
    value.value_integer = 150
    value.save()
    attribute = value.attribute
    attribute.name_en = "Blade (mm)"
    attribute.save()

    page = client.get(url + "?page=1").content.decode()
    assert "Blade (mm): <bdi>150</bdi>" in page and "Blade (mm): <bdi>203</bdi>" in page


def test_specs_read_in_one_language_are_kept_in_every_language(client, knives_range):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = knives_range["category"].get_absolute_url()
    assert "Blade length (mm): <bdi>152</bdi>" in client.get(url).content.decode()
    with CaptureQueriesContext(connection) as captured:  # the Arabic page: no second read
        page = client.get(path_in("ar", url)).content.decode()
    assert not [q for q in captured.captured_queries if "productattributevalue" in q["sql"]]
    assert "طول النصل (مم)" in page and "Blade length" not in page


def test_kept_card_heads_are_per_language_and_follow_a_new_title(client, knives_range):
    url = knives_range["category"].get_absolute_url()
    six = knives_range["six"]
    for _ in range(2):  # the second time from the kept heads
        english = client.get(url).content.decode()
        arabic = client.get(path_in("ar", url)).content.decode()
        assert f'href="{path_in("en", six.get_absolute_url())}"' in english
        assert f'href="{path_in("ar", six.get_absolute_url())}"' in arabic
        assert "طول النصل (مم)" in arabic and "طول النصل" not in english
    six.title_en = "6 inch santoku & co"
    six.save()
    english = client.get(url, {"sort": "title"}).content.decode()
    assert 'title="6 inch santoku &amp; co">6 inch santoku &amp; co</a>' in english
