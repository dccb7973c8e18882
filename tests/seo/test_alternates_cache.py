"""A shop page's hreflang paths are worked out once per process for a path and language."""

import pytest
from django.test import override_settings
from django.utils import translation

from marketplace.seo import alternates


def test_the_paths_are_translated_once_and_the_same_after(monkeypatch):
    alternates._translated_paths.cache_clear()
    calls = []
    real = alternates.reverse
    monkeypatch.setattr(alternates, "reverse", lambda *args, **kw: calls.append(args) or real(*args, **kw))

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
        assert alternates.shop_alternates("/no/such/page/") == {"fr": "/no/such/page/"}


def test_the_paths_are_the_ones_djangos_translate_url_gives():
    from django.urls import translate_url

    alternates._translated_paths.cache_clear()
    with translation.override("ja"):
        for path in ("/ja/catalogue/", "/ja/search/", "/ja/basket/", "/ja/catalogue/category/x_3/"):
            expected = {code: translate_url(path, code) for code, _name in alternates.settings.LANGUAGES}
            assert alternates.shop_alternates(path) == expected


def test_other_site_languages_are_not_answered_from_the_cache():
    with translation.override("en"):
        assert len(alternates.shop_alternates("/en/catalogue/")) == 10
        with override_settings(LANGUAGES=[("en", "English"), ("es", "Español")]):
            assert alternates.shop_alternates("/en/catalogue/") == {
                "en": "/en/catalogue/", "es": "/es/catalogue/"}
        assert len(alternates.shop_alternates("/en/catalogue/")) == 10


def test_a_requests_own_match_is_not_resolved_again(monkeypatch):
    from django.urls import resolve

    alternates._translated_paths.cache_clear()
    with translation.override("ko"):
        match = resolve("/ko/search/")
        monkeypatch.setattr(alternates, "resolve", lambda path: pytest.fail("resolved again"))
        assert alternates.shop_alternates("/ko/search/", match)["pt"] == "/pt/search/"
