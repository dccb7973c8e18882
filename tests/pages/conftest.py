import pytest
from django.core.cache import cache
from django.utils import translation


@pytest.fixture(autouse=True)
def _fresh_cache_and_english(db):
    # Cached menus and rates must not outlive the test database rows they were built from.
    cache.clear()
    with translation.override("en"):
        yield
    cache.clear()
