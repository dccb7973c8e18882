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


@pytest.fixture(autouse=True)
def _search_index_at_once(request, monkeypatch):
    """A test runs in a transaction that never commits, so the search index, updated after
    commit, would never see what the test creates: here the ids queued for indexing are
    sent at once. Tests of the after-commit indexing itself are marked `commit_hooks`."""
    if request.node.get_closest_marker("commit_hooks"):
        return
    from marketplace.product_search import tasks

    monkeypatch.setattr(tasks._Batch, "add",
                        lambda batch, index=(), remove=(): tasks.send_now(index=index, remove=remove))
