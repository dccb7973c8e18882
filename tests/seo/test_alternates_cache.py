"""A shop page's hreflang paths are worked out once per process for a path and language."""

from django.test import override_settings
from django.utils import translation

from marketplace.seo import alternates


def test_the_paths_are_translated_once_and_the_same_after(monkeypatch):
    alternates._translated_paths.cache_clear()
    calls = []
    real = alternates.translate_url
    monkeypatch.setattr(alternates, "translate_url", lambda *args: calls.append(args) or real(*args))

    with translation.override("de"):
        first = alternates.shop_alternates("/de/catalogue/")
        second = alternates.shop_alternates("/de/catalogue/")

    assert first == second
    assert first["en"] == "/en/catalogue/" and first["ar"] == "/ar/catalogue/"
    assert len(calls) == len(first) == 10
    # What a caller does with its copy never reaches the next page's.
    first.clear()
    with translation.override("de"):
        assert alternates.shop_alternates("/de/catalogue/") == second


def test_a_path_outside_the_language_prefixes_has_only_the_current_language():
    with translation.override("fr"):
        assert alternates.shop_alternates("/healthz") == {"fr": "/healthz"}


def test_other_site_languages_are_not_answered_from_the_cache():
    with translation.override("en"):
        assert len(alternates.shop_alternates("/en/catalogue/")) == 10
        with override_settings(LANGUAGES=[("en", "English"), ("es", "Español")]):
            assert alternates.shop_alternates("/en/catalogue/") == {
                "en": "/en/catalogue/", "es": "/es/catalogue/"}
        assert len(alternates.shop_alternates("/en/catalogue/")) == 10
