import pytest


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Files written by a test land in its own folder, never in var/ (media, admin password)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.VAR_DIR = tmp_path / "var"


@pytest.fixture(autouse=True)
def _default_language():
    """A request activates its page's language in the thread and leaves it active; the
    next test (in whatever order xdist runs them) starts from the site's default again."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached menus, rates and listings must not outlive the rows a test rolled back."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _search_index_before_reading(request, monkeypatch):
    """A test runs in a transaction that never commits, so the search index, updated after
    commit, would never see what the test creates. Here the ids queued for indexing are
    collected and sent just before anything reads the index: the next request a client
    makes, or a search or suggestion asked of a backend directly. Sending them once per
    read rather than once per save keeps a test that saves a product and its 25 attributes
    from indexing it 26 times. Tests of the after-commit indexing itself are marked
    `commit_hooks`."""
    if request.node.get_closest_marker("commit_hooks"):
        yield
        return
    from django.core.signals import request_started
    from django.db import connection

    from marketplace.product_search import tasks
    from marketplace.product_search.backends.base import SearchBackend

    pending = {"index": set(), "remove": set()}

    def add(batch, index=(), remove=()):
        pending["index"] |= tasks._ids(index)
        pending["remove"] |= tasks._ids(remove)

    def flush(**_signal):
        index, remove = pending["index"], pending["remove"]
        if index or remove:
            pending["index"], pending["remove"] = set(), set()
            # In production this indexing runs in a worker after commit, never inside the
            # request: its queries are taken back out of the log that query counts read.
            log = connection.queries_log
            logged = len(log)
            tasks.send_now(index=index, remove=remove)
            while len(log) > logged:
                log.pop()

    def flushing(method):
        def read(*args, **kwargs):
            flush()
            return method(*args, **kwargs)
        return read

    monkeypatch.setattr(tasks._Batch, "add", add)
    backends = [SearchBackend]
    while backends:
        backend = backends.pop()
        backends.extend(backend.__subclasses__())
        for name in ("search", "suggest"):
            if name in vars(backend):
                monkeypatch.setattr(backend, name, flushing(vars(backend)[name]))
    request_started.connect(flush, dispatch_uid="tests-search-index-flush")
    # What the fixtures made is indexed before the test starts (pytest_runtest_call), so a
    # test that counts the queries of its first request does not count that indexing.
    request.node.stash[INDEX_FLUSH] = flush
    yield
    request_started.disconnect(dispatch_uid="tests-search-index-flush")


INDEX_FLUSH = pytest.StashKey()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_call(item):
    flush = item.stash.get(INDEX_FLUSH, None)
    if flush is not None:
        flush()
