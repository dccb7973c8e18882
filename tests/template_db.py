"""The migrated test database, built once and copied for every test process.

Migrating an empty database runs ~400 migrations, and Django spends nearly all of that
time (about a minute on the CI machine) re-rendering historical models, not in the
database. Every pytest-xdist worker used to do it for its own database. Here the first
process to need it migrates a template database under a file lock, with the rows the
migrations seed serialized beside it (what `serialized_rollback` puts back), and every
worker copies the template: a file copy on SQLite, `CREATE DATABASE ... TEMPLATE` on
PostgreSQL, each well under a second.

The template is named by a hash of what could change its contents: the source of the
project's packages (migrations, the data they load and the code they call), the test
settings' database engine and the installed distributions. A second run of unchanged code
reuses it; any change to the project builds a new one. `.ci/run` builds the SQLite and
PostgreSQL templates side by side before the two test runs (`python -m tests.template_db`),
so neither run waits for migrations.
"""

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Whatever the migrations may read: their own files and the project code and data files
# their RunPython steps call. Templates and catalogs never reach the database.
SOURCES = ("marketplace", "catalog")
SKIPPED_PARTS = {"templates", "static", "locale", "__pycache__", "node_modules"}
PREFIX = "marketplace-template-"
STALE_AFTER = 24 * 3600  # an unused template older than this is removed
# Database alias -> the key of the template this process's test database was copied from
# (tests/seed_snapshot.py names its snapshots after it).
COPIED_FROM = {}


def source_key(connection):
    digest = hashlib.sha256()
    settings = connection.settings_dict
    digest.update(f"{settings['ENGINE']}|{settings.get('HOST')}|{settings.get('PORT')}".encode())
    for dist in _installed():
        digest.update(dist.encode())
    for top in SOURCES:
        for path in sorted((ROOT / top).rglob("*")):
            if path.is_file() and not SKIPPED_PARTS.intersection(path.relative_to(ROOT).parts):
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    # The vendor leads, so that each database's runs clear away only their own templates.
    return f"{connection.vendor}-{digest.hexdigest()[:16]}"


def _installed():
    """The installed distributions, as "name==version", each once.

    The project's own metadata (`yangjiang_marketplace.egg-info` beside manage.py) is left
    out: pytest puts the project folder on sys.path (more than once) and `python -m` does
    not, so counting it gave `.ci/run`'s template and the test run's different keys, and
    each test run migrated a template of its own after `.ci/run` had built one.
    """
    found = set()
    for dist in metadata.distributions():
        if Path(dist.locate_file("")).resolve() == ROOT:
            continue
        found.add(f"{dist.metadata['Name']}=={dist.version}")
    return sorted(found)


def _work_dir():
    return Path(tempfile.gettempdir())


@contextlib.contextmanager
def locked(path):
    """An exclusive lock on the file `path` (made if missing), across processes."""
    with open(path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _locked(key):
    return locked(_work_dir() / f"{PREFIX}{key}.lock")


def _template_name(connection, key):
    if connection.vendor == "sqlite":
        return str(_work_dir() / f"{PREFIX}{key}.sqlite3")
    return f"test_marketplace_template_{key.replace('-', '_')}"


def _contents_path(key):
    """The seeded rows, serialized; written last, so its presence means the template is whole."""
    return _work_dir() / f"{PREFIX}{key}.json"


@contextlib.contextmanager
def _swappable_names_kept():
    """Django's answer to "is this model swappable?" kept for the whole migration run.

    Every field a migration state clones asks the project's app registry for it. Django
    caches the answer with functools.cache, whose cache is shared by every registry, and
    each model a historical state registers clears it: migrating asked the project's
    ~300 models 109,000 times, a sixth of the time. The project's models do not change
    while migrating, so neither do the answers.
    """
    from django.apps import apps

    ask = apps.get_swappable_settings_name
    known = {}

    def kept(to_string):
        name = to_string.lower()
        if name not in known:
            known[name] = ask(to_string)
        return known[name]

    kept.cache_clear = lambda: None  # apps.clear_cache() calls it; nothing to forget
    apps.get_swappable_settings_name = kept  # shadows the method for this registry only
    try:
        yield
    finally:
        del apps.get_swappable_settings_name


def _build(connection, key, verbosity):
    """Migrates the template database and serializes its seeded rows."""
    from django.conf import settings

    alias = connection.alias
    original_name = connection.settings_dict["NAME"]
    original_test = connection.settings_dict["TEST"]
    connection.settings_dict["TEST"] = {**original_test, "NAME": _template_name(connection, key)}
    try:
        with _swappable_names_kept():
            connection.creation.create_test_db(verbosity=verbosity, autoclobber=True,
                                               serialize=False)
        contents = connection.creation.serialize_db_to_string()
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:  # the copies must not need the WAL file
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
    finally:
        connection.settings_dict["TEST"] = original_test
        connection.settings_dict["NAME"] = original_name
        settings.DATABASES[alias]["NAME"] = original_name
    partial = _contents_path(key).with_suffix(".partial")
    partial.write_text(contents, encoding="utf-8")
    partial.replace(_contents_path(key))


def _remove_stale(connection, key):
    """Templates of earlier code, unused for a day: their files and PostgreSQL databases."""
    now = time.time()
    for contents in _work_dir().glob(f"{PREFIX}{connection.vendor}-*.json"):
        other = contents.name[len(PREFIX):-len(".json")]
        if other == key or now - contents.stat().st_mtime < STALE_AFTER:
            continue
        contents.unlink(missing_ok=True)  # first: the template is no longer whole
        if connection.vendor == "postgresql":
            quote = connection.ops.quote_name
            with connection.creation._nodb_cursor() as cursor:
                cursor.execute(f"DROP DATABASE IF EXISTS {quote(_template_name(connection, other))}")
        for leftover in _work_dir().glob(f"{PREFIX}{other}.*"):
            leftover.unlink(missing_ok=True)


def ensure_template(connection, verbosity=0):
    """Builds the template for this code unless it exists; returns its key."""
    key = source_key(connection)
    with _locked(key):
        if not _contents_path(key).exists():
            _build(connection, key, verbosity)
        os.utime(_contents_path(key))  # in use: not stale
        _remove_stale(connection, key)
    return key


def _copy(connection, key, target):
    template = _template_name(connection, key)
    if connection.vendor == "sqlite":
        for leftover in (target, f"{target}-wal", f"{target}-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(leftover)
        shutil.copyfile(template, target)
        return
    quote = connection.ops.quote_name
    with connection.creation._nodb_cursor() as cursor:
        # A process killed earlier may still hold a session on its old copy.
        cursor.execute(f"DROP DATABASE IF EXISTS {quote(target)} WITH (FORCE)")
        cursor.execute(f"CREATE DATABASE {quote(target)} WITH TEMPLATE {quote(template)}")


def setup_test_database(connection, verbosity=0):
    """Gives this process its own copy of the template; returns what teardown needs
    (the shape of django.test.utils.setup_databases' answer)."""
    from django.conf import settings

    key = ensure_template(connection, verbosity)
    target = connection.creation._get_test_db_name()
    original_name = connection.settings_dict["NAME"]
    with _locked(key):  # PostgreSQL copies a template for one CREATE DATABASE at a time
        _copy(connection, key, target)
    connection.close()
    settings.DATABASES[connection.alias]["NAME"] = target
    connection.settings_dict["NAME"] = target
    connection._test_serialized_contents = _contents_path(key).read_text(encoding="utf-8")
    if connection.vendor == "sqlite":
        # A copied file is an ordinary database again; the settings' WAL mode comes back
        # with the first connection (init_command).
        sqlite3.connect(target).close()
    connection.ensure_connection()
    COPIED_FROM[connection.alias] = key
    return [(connection, original_name, True)]


def teardown_test_database(config):
    """Drops this process's copy. On PostgreSQL a browser test's server thread may still
    hold a session on it (Playwright runs pages in other greenlets with their own
    connection objects), so the drop ends such sessions instead of failing."""
    from django.conf import settings

    for connection, original_name, _destroy in config:
        name = connection.settings_dict["NAME"]
        connection.close()
        if connection.vendor == "postgresql":
            quote = connection.ops.quote_name
            settings.DATABASES[connection.alias]["NAME"] = original_name
            connection.settings_dict["NAME"] = original_name
            with connection.creation._nodb_cursor() as cursor:
                cursor.execute(f"DROP DATABASE IF EXISTS {quote(name)} WITH (FORCE)")
        else:
            connection.creation.destroy_test_db(original_name, verbosity=0)


def main():
    """Builds the template of the configured database (DATABASE_URL or SQLite)."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.django_settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-not-a-secret")
    django.setup()
    from django.db import connection

    started = time.monotonic()
    key = ensure_template(connection)
    print(json.dumps({"vendor": connection.vendor, "template": key,
                      "seconds": round(time.monotonic() - started, 1)}))


if __name__ == "__main__":
    main()
