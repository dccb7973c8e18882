import os

import pytest

from tests.browser_fixtures import browser, page  # noqa: F401 (fixtures for browser tests)


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
    from tests import seed_snapshot

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
    seed_snapshot.index_queued = flush
    yield
    seed_snapshot.index_queued = None
    request_started.disconnect(dispatch_uid="tests-search-index-flush")


INDEX_FLUSH = pytest.StashKey()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_call(item):
    flush = item.stash.get(INDEX_FLUSH, None)
    if flush is not None:
        flush()


# --- rows the migrations seed, kept across transactional tests ---------------------------
#
# Migrations seed reference rows every test relies on (clusters, HS codes, roles, the CMS
# root, ...). A transactional test (live server, real commits) ends by emptying every
# table. Run serially, pytest-django puts those tests last; under xdist a worker may run a
# plain test after one. So transactional tests get serialized rollback (the seeded rows are
# serialized once when the test database is made, and the post-flush signal that would
# re-create content types under new ids is held back), and the rows are put back as soon
# as such a test has been torn down, not only when the next transactional test starts.


def _flushes_tables(item):
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


def pytest_collection_modifyitems(items):
    # .ci/run runs the suite on SQLite, then again on PostgreSQL; tests that never touch the
    # test database (they start processes with settings of their own, or read files) would
    # only repeat themselves the second time.
    second_pass = os.environ.get("MARKETPLACE_TESTS_SECOND_DATABASE") == "1"
    for item in items:
        if item.get_closest_marker("same_on_every_database") is None:
            continue
        if item.get_closest_marker("django_db") or _flushes_tables(item) or (
                {"db", "transactional_db", "django_db_reset_sequences", "admin_client"}
                & set(getattr(item, "fixturenames", ()))):
            raise pytest.UsageError(
                f"{item.nodeid} is marked same_on_every_database but uses the database")
        if second_pass:
            item.add_marker(pytest.mark.skip(
                reason="never touches the database: run in .ci/run's SQLite pass"))
    for item in items:
        if _flushes_tables(item):
            marker = item.get_closest_marker("django_db")
            kwargs = dict(marker.kwargs) if marker is not None else {}
            kwargs.update(transaction=True, serialized_rollback=True)
            item.add_marker(pytest.mark.django_db(**kwargs), append=False)
    _heavy_files_first(items)


def _heavy_files_first(items):
    """pytest-django moves transactional tests to the end of the run, and with them the
    browser tests, the slowest files of the suite (10-30 s each). pytest-xdist hands files
    out in that order, so one worker was still driving Chromium while the other sat idle.
    Their files go first instead; each file's own order (pytest-django's) is kept, and the
    rows migrations seed are put back after every transactional test (above)."""
    def file_of(item):
        return item.nodeid.split("::", 1)[0]

    heavy = {file_of(item) for item in items
             if _flushes_tables(item) or item.get_closest_marker("browser")}
    position = {}
    for index, item in enumerate(items):
        position.setdefault(file_of(item), index)
    items.sort(key=lambda item: (file_of(item) not in heavy, position[file_of(item)]))


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker, django_db_keepdb,
                    django_db_createdb, django_db_use_migrations, django_db_modify_db_settings):
    """Each process copies a template migrated once (tests/template_db.py) instead of
    migrating its own database. `--reuse-db` (a kept database) and `--nomigrations` keep
    pytest-django's own way."""
    from django.db import connections
    from django.test.utils import setup_databases, teardown_databases

    from tests import template_db

    verbosity = request.config.option.verbose
    keep = django_db_keepdb and not django_db_createdb
    own_way = keep or not django_db_use_migrations
    with django_db_blocker.unblock():
        if not own_way:
            config = template_db.setup_test_database(connections["default"], verbosity=0)
        else:
            if not django_db_use_migrations:
                from pytest_django.fixtures import _disable_migrations

                _disable_migrations()
            config = setup_databases(verbosity=verbosity, interactive=False, keepdb=keep,
                                     aliases={"default"}, serialized_aliases={"default"})
    yield
    with django_db_blocker.unblock():
        if not own_way:
            template_db.teardown_test_database(config)
        elif not keep:
            teardown_databases(config, verbosity=verbosity)


SEEDED_ROWS = {}  # database alias -> (its test connection, the seeded rows, serialized)


TEMPLATE_TABLES = {}  # database alias -> every table of the fresh test database, dumped


@pytest.fixture(scope="session", autouse=True)
def _seeded_rows(request, django_db_setup, django_db_blocker):
    """Keeps pytest-django's serialization of the new test databases, with the connection
    objects that know those databases. Django reads the serialization from the connection
    object, and a test that drives a browser can end up with another connection object in
    its context (Playwright switches greenlets); the hooks below hand both back.

    A database copied from the template is also dumped whole, table by table, for
    _seeded_rows_copied_back."""
    from django.db import connections

    from tests import seed_snapshot
    from tests.template_db import COPIED_FROM

    for alias in connections:
        contents = getattr(connections[alias], "_test_serialized_contents", None)
        if contents:
            SEEDED_ROWS[alias] = (connections[alias], contents)
            if alias in COPIED_FROM:
                with django_db_blocker.unblock():
                    TEMPLATE_TABLES[alias] = seed_snapshot.dump_tables(connections[alias])


@pytest.fixture(scope="session", autouse=True)
def _seeded_rows_copied_back(_seeded_rows):
    """Django puts the seeded rows back by reading its JSON serialization and saving each
    object through the ORM, after every transactional test's flush and again before the
    next one: 1-3 s each time, for ~40 such tests a run. Every table is written back from
    the dump of the fresh database instead (tests/seed_snapshot.py's DELETE and bulk insert
    or COPY per table, sequences set after the ids), which also empties the full-text
    tables a flush leaves alone."""
    from django.db.backends.base.creation import BaseDatabaseCreation

    from tests import seed_snapshot

    deserialize = BaseDatabaseCreation.deserialize_db_from_string

    def copied_back(self, data):
        from django.db import connections

        tables = TEMPLATE_TABLES.get(self.connection.alias)
        if tables is None:
            return deserialize(self, data)
        # Through the thread's own connection object, as Django's loading saves: the one
        # kept in SEEDED_ROWS may be another greenlet's, with its own SQLite connection.
        seed_snapshot.restore_tables(connections[self.connection.alias], tables)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(BaseDatabaseCreation, "deserialize_db_from_string", copied_back)
        yield


def _hand_back_seeded_rows():
    from django.db import connections

    for alias, (_connection, contents) in SEEDED_ROWS.items():
        connections[alias]._test_serialized_contents = contents


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    if _flushes_tables(item):
        _hand_back_seeded_rows()
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    if not _flushes_tables(item):
        return (yield)
    _hand_back_seeded_rows()  # the flush then holds back post_migrate
    result = yield
    if nextitem is None:  # the last test: the session's databases are gone with it
        return result
    from pytest_django.plugin import blocking_manager_key

    with item.config.stash[blocking_manager_key].unblock():
        for connection, contents in SEEDED_ROWS.values():
            connection.creation.deserialize_db_from_string(contents)
    return result


def pytest_sessionfinish(session, exitstatus):
    """Django deletes an SQLite test database's file, not the WAL files beside it."""
    import glob
    import os

    from django.conf import settings

    name = settings.DATABASES["default"].get("TEST", {}).get("NAME") or ""
    if name.startswith(os.path.join(os.sep, "tmp")) and "marketplace-test-" in name:
        for leftover in glob.glob(f"{name}*-wal") + glob.glob(f"{name}*-shm"):
            if not os.path.exists(leftover.rsplit("-", 1)[0]):
                os.remove(leftover)


@pytest.fixture(scope="session", autouse=True)
def _flush_by_delete():
    """A transactional test ends with Django's flush, which on PostgreSQL is one TRUNCATE of
    all ~260 tables: it takes an exclusive lock on each and rewrites their files, 6-8 s per
    test on the CI machine while the other worker uses the disk. The tables hold the few
    rows one test wrote, and DELETE of them all takes ~0.2 s. The foreign keys Django makes
    are DEFERRABLE INITIALLY DEFERRED and flush runs in one transaction, so the order of the
    deletes does not matter. Sequence resets and cascades keep Django's TRUNCATE."""
    from django.db.backends.postgresql.operations import DatabaseOperations

    truncate = DatabaseOperations.sql_flush

    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if reset_sequences or allow_cascade:
            return truncate(self, style, tables, reset_sequences=reset_sequences,
                            allow_cascade=allow_cascade)
        return [f"{style.SQL_KEYWORD('DELETE FROM')} {style.SQL_FIELD(self.quote_name(table))};"
                for table in tables]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(DatabaseOperations, "sql_flush", sql_flush)
        yield


@pytest.fixture(scope="session", autouse=True)
def _product_views_not_written_at_exit():
    """Pages requested by module-scoped fixtures (the SEO crawl) count their views outside
    any test; they went to the process's own counter, whose exit hook then wrote them to
    a test database already dropped and logged the error. For the whole session the views
    go to a counter that never writes."""
    from marketplace.oscar_apps.analytics import product_views

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(product_views, "counter", product_views.ViewCounter(
            flush_every=float("inf"), flush_seconds=float("inf")))
        yield


@pytest.fixture(autouse=True)
def _product_views_counted_per_test(monkeypatch):
    """Each test counts product views afresh and never writes them by itself: a batch
    written in the middle of another test would change its query counts."""
    from marketplace.oscar_apps.analytics import product_views

    monkeypatch.setattr(product_views, "counter", product_views.ViewCounter(
        flush_every=float("inf"), flush_seconds=float("inf")))
