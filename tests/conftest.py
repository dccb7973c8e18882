import pytest


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Files written by a test land in its own folder, never in var/ (media, admin password)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.VAR_DIR = tmp_path / "var"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached menus, rates and listings must not outlive the rows a test rolled back."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
