"""Demo CMS pages beyond home and about: written in simplified Chinese (the source locale),
with the other nine languages as translations of each source string.

zh_hans.TEXTS holds the source strings by key; every other module holds the same keys in
its language. content_pages.py builds the zh-hans pages from the keys and hands each
translation to wagtail-localize as the translation of the source string, the way a
translator's work in the editor is stored.
"""

from importlib import import_module

LANGUAGE_MODULES = {
    "en": "en", "es": "es", "fr": "fr", "de": "de", "ru": "ru", "ar": "ar", "ja": "ja",
    "ko": "ko", "pt": "pt",
}


def texts(language):
    module = "zh_hans" if language == "zh-hans" else LANGUAGE_MODULES[language]
    return import_module(f"{__name__}.{module}").TEXTS
