"""The demo's texts are really written in every site language, not left in English.

catalogue_data holds English, Chinese and Spanish inline; marketplace/demo/locales holds
the other seven keyed by the English text. These checks read the data only (no database).
"""

import re
import string

import pytest
from django.conf import settings

from marketplace.demo import catalogue_data, page_data, trade_data
from marketplace.demo.locales import LOCALE_LANGUAGES, locale_module

# A text with no word of three lower-case letters (a steel grade, a size code) may stay as it is.
WORDY = re.compile(r"[a-z]{3,}")


def demo_texts():
    found = {}

    def walk(value):
        if isinstance(value, catalogue_data.T):
            found.setdefault(value.en, value)
        elif isinstance(value, tuple):
            for item in value:
                walk(item)

    for module in (catalogue_data, trade_data):
        for name in dir(module):
            value = getattr(module, name)
            if isinstance(value, dict):
                value = tuple(value.values())
            if not isinstance(value, type):
                walk(value)
    return found


def placeholders(text):
    return sorted(name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name)


def test_the_locale_files_cover_every_other_site_language():
    inline = set(catalogue_data.INLINE_LANGUAGES)
    assert inline | set(LOCALE_LANGUAGES) == {code for code, _name in settings.LANGUAGES}
    assert set(catalogue_data.LANGUAGES) == inline | set(LOCALE_LANGUAGES)


@pytest.mark.parametrize("language", LOCALE_LANGUAGES)
def test_every_demo_text_is_translated_with_its_placeholders(language):
    texts = locale_module(language).TEXTS
    missing, untranslated, broken = [], [], []
    for english in demo_texts():
        if english not in texts:
            missing.append(english)
            continue
        translated = texts[english]
        if translated == english and WORDY.search(english):
            untranslated.append(english)
        if placeholders(translated) != placeholders(english):
            broken.append(english)
    assert not missing, missing
    assert not untranslated, untranslated
    assert not broken, broken
    # Nothing stale: a key whose English text left catalogue_data is a translation nobody sees.
    assert set(texts) <= set(demo_texts())


@pytest.mark.parametrize("language", LOCALE_LANGUAGES)
@pytest.mark.parametrize("page", ["HOME", "ABOUT"])
def test_the_cms_pages_are_written_in_each_language(language, page):
    english = getattr(page_data, page)["en"]
    translated = getattr(page_data, page)[language]
    assert translated["title"] != english["title"]
    assert translated["intro"] != english["intro"]
    assert [kind for kind, _value in translated["body"]] == [
        kind for kind, _value in english["body"]
    ]
    for (kind, value), (_kind, english_value) in zip(
        translated["body"], english["body"], strict=True
    ):
        if kind == "call_to_action":
            assert value["url"] == english_value["url"]
            assert value["text"] != english_value["text"]
        else:
            assert value != english_value
