"""Country names in the reader's language, in the order a reader of that language looks for them.

Oscar's Country rows hold English names (marketplace.buyers.countries writes them); the
names a buyer reads come from django-countries' catalogs for the active language, keyed by
the ISO code, so the table keeps one row per country and no translation of its own.
"""

import unicodedata
from collections.abc import Iterable
from typing import TypeVar

from django.utils.translation import get_language
from django_countries import countries
from pypinyin import Style, lazy_pinyin

T = TypeVar("T")


def country_name(code: str, fallback: str = "") -> str:
    """The country's name in the active language; `fallback` (or the code) for a code
    django-countries does not know, such as a row typed into Oscar's table by hand."""
    name = str(countries.name(code)) if code else ""
    return name or fallback or code


def collation_key(name: str) -> tuple[str, str]:
    """Sort key close to each language's alphabet without ICU: accents, dakuten and Arabic
    vowel marks count after the letters ("États-Unis" among the E, "ガーナ" beside "カナダ"),
    case is ignored. In Chinese, names are ordered by their pinyin, tones after letters, as a
    mainland list is (阿尔巴尼亚 a, 安哥拉 an, 巴西 ba ... 中国 zhong), not by code point."""
    if (get_language() or "").startswith("zh"):
        # pypinyin reads whole words, so a character read two ways (重庆 chóng) reads right.
        # Some catalogue names start with a space (Svalbard's in Chinese): not a letter.
        return " ".join(lazy_pinyin(name.strip(), style=Style.TONE3)).casefold(), name
    decomposed = unicodedata.normalize("NFKD", name.strip())
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return letters.casefold(), name


def by_country_name(items: Iterable[T], code_of) -> list[tuple[T, str]]:
    """(item, localized name) pairs sorted by name in the active language."""
    named = [(item, country_name(code_of(item))) for item in items]
    named.sort(key=lambda pair: collation_key(pair[1]))
    return named


def country_choices(country_rows: Iterable) -> list[tuple[str, str]]:
    """Choices (code, localized name) for a select of Oscar Country rows, sorted by name."""
    return [(row.pk, name) for row, name in by_country_name(
        country_rows, lambda row: row.iso_3166_1_a2)]


class LocalizedCountryAddress:
    """Address mixin: the country line of a printed address in the reader's language.

    Only the printed lines change: `generate_hash` and the search text keep reading
    `get_field_values`, whose English name must not vary with the language of the request
    (the hash tells a user's saved addresses apart)."""

    def active_address_fields(self):
        values = []
        for field in self.base_fields:
            if field == "country":
                value = (country_name(self.country_id, str(self.country.printable_name))
                         if self.country_id else "")
            else:
                value = self.get_field_values([field])[0]
            if value and value.strip():
                values.append(value.strip())
        return values


def sorted_country_choices(choices) -> list[tuple[str, str]]:
    """A django-countries field's (code, name) choices, blank first, names sorted in the
    active language: without pyuca django-countries sorts by the ASCII letters of a name,
    which leaves Russian, Arabic and East Asian names in no order at all."""
    choices = [(code, str(name)) for code, name in choices]
    blank = [choice for choice in choices if not choice[0]]
    named = [choice for choice in choices if choice[0]]
    return blank + sorted(named, key=lambda choice: collation_key(choice[1]))
