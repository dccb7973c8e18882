"""The seller dashboard asks which site languages a product still needs texts in."""

import pytest
from django.conf import settings

from catalog.selectors import missing_translations
from tests.factories import ProductFactory

pytestmark = pytest.mark.django_db

ALL = [code for code, _name in settings.LANGUAGES]


def texts(languages, **overrides):
    fields = {}
    for code in languages:
        column = code.replace("-", "_")
        fields[f"title_{column}"] = f"Chef knife ({code})"
        fields[f"description_{column}"] = f"<p>An 8-inch chef knife ({code}).</p>"
    fields.update(overrides)
    return fields


def test_a_product_written_in_every_language_misses_none():
    assert missing_translations(ProductFactory(**texts(ALL))) == []


def test_languages_without_title_or_description_are_listed_in_site_order():
    product = ProductFactory(**texts(["en", "zh-hans", "es", "fr"], description_fr=""))

    assert missing_translations(product) == ["fr", "de", "ru", "ar", "ja", "ko", "pt"]


def test_an_empty_html_description_counts_as_missing():
    product = ProductFactory(**texts(ALL, description_ja="<p> </p>",
                                     description_ko="<p>&nbsp;</p>"))

    assert missing_translations(product) == ["ja", "ko"]


def test_english_fallback_does_not_hide_a_missing_translation():
    # `title` reads through modeltranslation's fallbacks, so a product with English only
    # still shows a title on a German page; the gap must be reported all the same.
    product = ProductFactory(**texts(["en"]))

    assert "de" in missing_translations(product)
    assert "en" not in missing_translations(product)


def test_a_child_product_is_judged_by_its_parents_texts():
    parent = ProductFactory(structure="parent", **texts(["en", "zh-hans"]))
    child = ProductFactory(structure="child", parent=parent, product_class=None, title_en="",
                           upc=None)

    assert missing_translations(child) == missing_translations(parent)
    assert "es" in missing_translations(child)
