import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase, override_settings


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Sitemaps, page boundaries and Oscar's category URLs are cached: never across tests.
    cache.clear()


@pytest.fixture(scope="module")
def seeded_once(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """seed_demo once per module (tests/demo/conftest.py's pattern), rolled back after."""
    options = getattr(request.module, "SEED_ONCE", {"products": 12})
    with django_db_blocker.unblock(), override_settings(
            MEDIA_ROOT=tmp_path_factory.mktemp("media"), VAR_DIR=tmp_path_factory.mktemp("var")):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            cache.clear()
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("seed_demo", stdout=io.StringIO(), **options)
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
