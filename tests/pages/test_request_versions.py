"""A request reads each cached kind's version once (core/chrome.py): a listing page asked
the cache for the "listing" version about a hundred times, a Redis round trip each."""

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started

from marketplace.core import chrome
from tests.factories import add_category, product_in_category


@pytest.fixture
def reads(monkeypatch):
    found = []
    real = cache.get
    monkeypatch.setattr(cache, "get", lambda key, *a, **kw: found.append(key) or real(key, *a, **kw))
    return found


def test_a_request_reads_a_version_once_and_sees_its_own_changes(reads):
    chrome.cache_version("listing")  # the version exists, as on a running site
    reads.clear()
    request_started.send(sender=None)
    try:
        first = chrome.cache_version("listing")
        assert chrome.cache_version("listing") == first
        assert reads.count("listing:version") == 1
        chrome.invalidate("listing")
        assert chrome.cache_version("listing") != first
        assert reads.count("listing:version") == 2
    finally:
        request_finished.send(sender=None)


def test_outside_a_request_every_read_asks_the_cache(reads):
    chrome.cache_version("listing")
    reads.clear()
    chrome.cache_version("listing")
    cache.incr("listing:version")  # another process's change
    chrome.cache_version("listing")
    assert reads.count("listing:version") == 2


@pytest.mark.django_db
def test_a_request_reads_several_versions_in_one_round_trip(monkeypatch):
    for kind in ("chrome", "listing"):
        chrome.cache_version(kind)
    asked = []
    real = cache.get_many
    monkeypatch.setattr(cache, "get_many", lambda keys, **kw: asked.append(list(keys)) or real(keys, **kw))
    request_started.send(sender=None)
    try:
        assert chrome.cache_versions(["chrome", "listing"]) == [
            chrome.cache_version("chrome"), chrome.cache_version("listing")]
        assert chrome.cache_versions(["listing"])
        assert asked == [["chrome:version", "listing:version"]]
    finally:
        request_finished.send(sender=None)


def test_a_listing_page_asks_for_each_version_once(client, reads):
    category = add_category(["Knives & Scissors", "Kitchen knives"])
    for n in range(5):
        product_in_category(category, product__title_en=f"Knife {n}")
    assert client.get("/en/catalogue/").status_code == 200  # every version exists now
    reads.clear()
    assert client.get(category.get_absolute_url()).status_code == 200
    versions = [key for key in reads if key.endswith(":version")]
    assert versions and len(versions) == len(set(versions))


def test_a_kept_value_is_read_from_the_cache_once_per_process_until_its_version_moves(
        reads, monkeypatch):
    built = []

    def build():
        built.append(1)
        return {"knives": len(built)}

    def read():
        reads.clear()
        return chrome.cached_under("chrome", "test-table", build, "en")

    assert read() == {"knives": 1} and len(built) == 1
    assert read() == {"knives": 1}
    assert not [key for key in reads if "test-table" in key]  # this process's copy
    chrome.invalidate("chrome")  # a change anywhere moves the version: a new key
    assert read() == {"knives": 2} and len(built) == 2
    # Past the copy's minute the shared cache is asked again (another process may have
    # rebuilt the value under the same version after it expired there).
    later = chrome.monotonic() + chrome.PROCESS_COPY_SECONDS + 1
    monkeypatch.setattr(chrome, "monotonic", lambda: later)
    cache.set(f"chrome:{chrome.cache_version('chrome')}:test-table:en", {"knives": 9})
    assert read() == {"knives": 9}
    assert [key for key in reads if "test-table" in key]
