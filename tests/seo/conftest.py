import pytest
from django.core.cache import cache

from tests.module_rows import seeded_demo


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Sitemaps, page boundaries and Oscar's category URLs are cached: never across tests.
    cache.clear()


@pytest.fixture(scope="module")
def seeded_once(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """seed_demo once per module (tests/demo/conftest.py's pattern), rolled back after."""
    options = getattr(request.module, "SEED_ONCE", {"products": 12})
    with seeded_demo(django_db_blocker, tmp_path_factory.mktemp("media"),
                     tmp_path_factory.mktemp("var"), **options):
        yield
