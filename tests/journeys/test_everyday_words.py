"""A buyer in each of the ten languages types the everyday word for what they want into the
search box of the demo shop, in a real browser, and finds it: a knife, a shrimp, a T-shirt,
a frying pan. The results page is in the buyer's language and lists the right goods (and
none of the other three kinds).

The demo's texts in every language are people's translations (marketplace/demo/locales), so
this is also what a visitor of `make run` sees. Words are what a shopper would type: the
singular where titles use a plural or a longer compound (Messer in "Küchenmesser", crevettes
for "Crevettes congelées"), the bare noun without the article Arabic titles carry.
"""

import re

import pytest
from django.db import connection
from oscar.core.loading import get_model

from marketplace.demo.catalogue_data import MAKERS
from marketplace.demo.services import seed_demo
from tests import seed_snapshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

Product = get_model("catalogue", "Product")

# The demo sub-category each kind of goods is listed in (marketplace/demo/catalogue_data.py).
KINDS = {
    "knife": "Kitchen knives",
    "shrimp": "Frozen shrimp",
    "t-shirt": "T-shirts & polo shirts",
    "frying pan": "Pots & pans",
}

WORDS = {
    "en": {"knife": "knife", "shrimp": "shrimp", "t-shirt": "T-shirt", "frying pan": "frying pan"},
    "zh-hans": {"knife": "刀", "shrimp": "虾", "t-shirt": "T恤", "frying pan": "煎锅"},
    "es": {"knife": "cuchillo", "shrimp": "camarón", "t-shirt": "camiseta", "frying pan": "sartén"},
    "fr": {"knife": "couteau", "shrimp": "crevettes", "t-shirt": "t-shirt", "frying pan": "poêle"},
    "de": {"knife": "Messer", "shrimp": "Garnelen", "t-shirt": "T-Shirt",
           "frying pan": "Bratpfanne"},
    "ru": {"knife": "нож", "shrimp": "креветки", "t-shirt": "футболка",
           "frying pan": "сковорода"},
    "ar": {"knife": "سكين", "shrimp": "روبيان", "t-shirt": "تيشيرت", "frying pan": "مقلاة"},
    "ja": {"knife": "包丁", "shrimp": "エビ", "t-shirt": "Tシャツ", "frying pan": "フライパン"},
    "ko": {"knife": "칼", "shrimp": "새우", "t-shirt": "티셔츠", "frying pan": "프라이팬"},
    "pt": {"knife": "faca", "shrimp": "camarão", "t-shirt": "camiseta",
           "frying pan": "frigideira"},
}

# Words of English interface sentences: one of them in a non-English page's chrome means a
# string was left untranslated (product titles are checked separately, in their language).
ENGLISH = re.compile(r"\b(the|your|you|results?|search|found|showing|sort by|products?)\b",
                     re.IGNORECASE)


@pytest.fixture
def demo_shop(live_server, tmp_path, settings):
    settings.VAR_DIR = tmp_path / "var"
    # Six of each sub-category: every kind above is there, with neighbours to tell apart.
    # The catalogue and pages only: orders, filings and ratings play no part in a search.
    # Kept between runs of the suite on this machine (tests/seed_snapshot.py).
    seed_snapshot.seed(connection, settings.MEDIA_ROOT, settings.VAR_DIR,
                       lambda: seed_demo(products=126, content_pages=False),
                       {"service": "seed_demo", "products": 126})
    return live_server.url


def titles_by_kind(language):
    suffix = language.replace("-", "_")
    found = {}
    for kind, category in KINDS.items():
        found[kind] = set(
            Product.objects.filter(categories__name_en=category)
            .values_list(f"title_{suffix}", flat=True)
        )
        assert found[kind], f"the demo lists nothing in {category}"
    return found


def search(page, word):
    """Types `word` into the search box of the page open in the browser, as a buyer does
    from the catalogue and then from each results page."""
    page.locator("#id_q").fill(word)
    with page.expect_navigation():
        page.locator("#id_q").press("Enter")
    return [title.strip() for title in page.locator(".product-title a").all_inner_texts()]


def test_the_everyday_word_finds_the_goods_in_each_language(page, demo_shop):
    # One seeding for the forty searches; every miss is listed, not only the first.
    problems = []
    for language, words in WORDS.items():
        expected = titles_by_kind(language)
        page.goto(f"{demo_shop}/{language}/catalogue/")
        for kind, word in words.items():
            shown = set(search(page, word))
            where = f"{language} {word!r}"
            if page.locator("html").get_attribute("lang") != language:
                problems.append(f"{where}: the page is not in {language}")
            if not shown & expected[kind]:
                problems.append(f"{where}: no {kind} among {sorted(shown)}")
            others = set().union(*(titles for other, titles in expected.items() if other != kind))
            if shown & others:
                problems.append(f"{where}: also lists {sorted(shown & others)}")
            if language != "en":
                chrome = page.locator(".page_inner").last.inner_text()
                # Titles are checked above; a maker's registered English name is its own
                # ("... Aquatic Products Co., Ltd."), not an untranslated interface string.
                for text in (*shown, *(maker.name for maker in MAKERS)):
                    chrome = chrome.replace(text, "")
                if english := ENGLISH.search(chrome):
                    problems.append(f"{where}: English on the page ({english.group(0)!r})")
    assert not problems, "\n".join(problems)
