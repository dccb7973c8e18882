"""seed_demo's rows, made once per run of the suite and copied into every module that reads them.

Seeding the demo is the slowest fixture of the suite: half a minute with the CMS pages
(~160 page translations through wagtail-localize), ten seconds and more without, and a
dozen modules on both databases read a seeded demo. What seed_demo leaves behind is
rows, pictures and the admin password file, and the same options on the same code and
day always leave the same ones. So the first module to seed with some options records
the tables the seed changed (every row of each, in the database's own format) and the
files, and later modules of the run, on any pytest-xdist worker, put those back instead
of seeding: a DELETE and a bulk insert per table, well under a second.

The snapshot is named by the migrated template's key (tests/template_db.py: the project's
source, the database engine, the installed packages), the seed's options and the day,
so a change to the seed code or its data seeds afresh. tests/demo/test_seed_demo.py and
the other tests of the command itself still run seed_demo.

Restoring is exact for what a test can read: rows keep their ids (PostgreSQL's sequences
are moved past them), SQLite's full-text tables get their own rows back after the tables
whose triggers write them, and the pictures keep their names under the new MEDIA_ROOT.
"""

import datetime
import hashlib
import io
import json
import os
import pickle
import shutil
import tempfile
import time
from pathlib import Path

PREFIX = "marketplace-seed-"
FORMAT = 2  # of what _save writes: a snapshot of another format is another snapshot

#: Set by tests/conftest.py while a test runs: sends the search indexing that the rows made
#: in the test have queued (it waits for the test's first request otherwise). A snapshot
#: holds the index as a real seed leaves it, whether it was made inside a test or not.
index_queued = None
STALE_AFTER = 24 * 3600


def _work_dir():
    return Path(tempfile.gettempdir())


def snapshot_path(connection, options):
    """Where the seed with `options` is kept, or None when the database was not copied from
    a template (--reuse-db, --nomigrations): then nothing says what the rows started as."""
    from tests.template_db import COPIED_FROM

    base = COPIED_FROM.get(connection.alias)
    if base is None:
        return None
    named = json.dumps({"options": options, "day": datetime.date.today().isoformat(),
                        "format": FORMAT}, sort_keys=True)
    return _work_dir() / f"{PREFIX}{base}-{hashlib.sha256(named.encode()).hexdigest()[:12]}"


# --- reading and writing whole tables --------------------------------------------------


def _sqlite_tables(cursor):
    cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                   "AND name NOT LIKE 'sqlite_%' ORDER BY name")
    found = cursor.fetchall()
    virtual = [name for name, sql in found if sql.upper().startswith("CREATE VIRTUAL TABLE")]
    # A full-text table keeps its index in shadow tables of its own name; they follow it.
    shadow = {name for name, _sql in found for table in virtual if name.startswith(f"{table}_")}
    plain = [name for name, _sql in found if name not in shadow and name not in virtual]
    return plain, virtual


def _postgres_columns(cursor, table):
    cursor.execute("SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                   "AND table_schema = current_schema() AND is_generated = 'NEVER' "
                   "ORDER BY ordinal_position", [table])
    return [name for (name,) in cursor.fetchall()]


def dump_tables(connection):
    """Every table's rows, in the order they must be written back."""
    quote = connection.ops.quote_name
    tables = {}
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            plain, virtual = _sqlite_tables(cursor)
            for table in plain + virtual:
                # A full-text row is found by its rowid (the id of what it indexes).
                cursor.execute(f"SELECT {'rowid, ' if table in virtual else ''}* "
                               f"FROM {quote(table)}")
                columns = [column[0] for column in cursor.description]
                tables[table] = (columns, cursor.fetchall())
            return tables
        raw = cursor.cursor
        for table in connection.introspection.table_names(cursor):
            columns = _postgres_columns(cursor, table)
            listed = ", ".join(quote(column) for column in columns)
            data = io.BytesIO()
            with raw.copy(f"COPY {quote(table)} ({listed}) TO STDOUT") as copy:
                for chunk in copy:
                    data.write(chunk)
            tables[table] = (columns, data.getvalue())
    return tables


def restore_tables(connection, tables):
    from django.db import transaction

    quote = connection.ops.quote_name
    # One transaction (a savepoint inside a test's): the foreign keys are checked at its
    # end, when every table is whole again, also for a transactional test.
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        for table, (columns, rows) in tables.items():
            cursor.execute(f"DELETE FROM {quote(table)}")
            listed = ", ".join(quote(column) for column in columns)
            if connection.vendor == "sqlite":
                if rows:
                    places = ", ".join(["%s"] * len(columns))
                    cursor.executemany(
                        f"INSERT INTO {quote(table)} ({listed}) VALUES ({places})", rows)
                continue
            with cursor.cursor.copy(f"COPY {quote(table)} ({listed}) FROM STDIN") as copy:
                copy.write(rows)
            # Later inserts must get ids after the restored ones.
            for sequence in connection.introspection.get_sequences(cursor, table):
                column = quote(sequence["column"])
                cursor.execute(f"SELECT setval(pg_get_serial_sequence(%s, %s), "
                               f"COALESCE(MAX({column}), 0) + 1, false) FROM {quote(table)}",
                               [quote(table), sequence["column"]])


def _changed(before, after):
    """The tables the seed wrote, in `after`'s order (plain tables before full-text ones)."""
    return {table: contents for table, contents in after.items()
            if before.get(table) != contents}


# --- the snapshot on disk ----------------------------------------------------------------


def _save(path, tables, result, media, var):
    """Written beside its final name and renamed: a snapshot that exists is whole."""
    partial = Path(tempfile.mkdtemp(prefix=f"{path.name}.", dir=_work_dir()))
    try:
        with open(partial / "tables.pickle", "wb") as out:
            pickle.dump((tables, result), out, protocol=pickle.HIGHEST_PROTOCOL)
        for name, folder in (("media", media), ("var", var)):
            if Path(folder).exists():
                shutil.copytree(folder, partial / name)
        try:
            partial.rename(path)
        except OSError:  # another worker's snapshot of the same seed got there first
            shutil.rmtree(partial, ignore_errors=True)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise


def _load(connection, path, media, var):
    with open(path / "tables.pickle", "rb") as kept:
        tables, result = pickle.load(kept)
    restore_tables(connection, tables)
    for name, folder in (("media", media), ("var", var)):
        if (path / name).exists():
            shutil.copytree(path / name, folder, dirs_exist_ok=True)
    return result


def _remove_stale(keep):
    now = time.time()
    for old in _work_dir().glob(f"{PREFIX}*"):
        if old.name.startswith(keep.name) or now - old.stat().st_mtime < STALE_AFTER:
            continue
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)


def _locked(path):
    """One process seeds a set of options at a time: another worker that needs the same
    seed meanwhile waits for its snapshot, which is sooner than seeding it again."""
    from tests.template_db import locked

    return locked(path.with_name(f"{path.name}.lock"))


def seed(connection, media, var, run_seed, options):
    """Leaves the database (inside the caller's transaction) and `media`/`var` as
    `run_seed()` would, running it only when no snapshot of these options exists yet;
    returns what it returned."""
    path = snapshot_path(connection, options)
    if path is None:
        return run_seed()
    with _locked(path):
        if path.exists():
            os.utime(path)  # in use: not stale
            return _load(connection, path, media, var)
        before = dump_tables(connection)
        result = run_seed()
        if index_queued is not None:
            index_queued()
        _save(path, _changed(before, dump_tables(connection)), result, media, var)
    _remove_stale(path)
    return result


def seed_demo(media=None, var=None, **options):
    """`manage.py seed_demo` with `options`, its pictures in `media` and its files in `var`
    (the settings must point there already; by default they are the settings' folders),
    from a snapshot when there is one."""
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import TestCase

    def run_seed():
        # The products reach the search index after commit, as they do in a real run.
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("seed_demo", stdout=io.StringIO(), **options)

    seed(connection, media or settings.MEDIA_ROOT, var or settings.VAR_DIR, run_seed,
         {"command": "seed_demo", **options})
