"""Real translations of the demo texts into the languages catalogue_data does not hold inline.

One module per language (fr.py, de.py, ...), each with
  TEXTS  {English text of a catalogue_data.T: the translation}, placeholders kept;
  HOME, ABOUT  the CMS pages in page_data's shape.
Keyed by the English text so one translation serves every place the text occurs (a size,
a steel grade, a title pattern shared by sub-categories). Written by people, not by the
machine-translation service: the demo must show what a finished listing looks like.
"""

from functools import cache
from importlib import import_module

LOCALE_LANGUAGES = ("fr", "de", "ru", "ar", "ja", "ko", "pt")


def module_name(language):
    return language.replace("-", "_")


@cache
def locale_module(language):
    return import_module(f"{__name__}.{module_name(language)}")


def translation_of(english, language):
    """The language's translation of an English demo text; English where none is written.

    tests/demo/test_locales.py keeps every text translated, so the fallback only shows
    while a language file is being written.
    """
    return locale_module(language).TEXTS.get(english, english)
