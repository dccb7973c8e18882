"""Rows a whole test module reads, made once and rolled back after its last test.

A module whose tests only read what an expensive fixture makes (seed_demo, a tree of CMS
pages in three languages) builds it once inside a transaction that never commits. Each
test still runs pytest-django's own atomic block, which nests as a savepoint, so whatever
a test changes is undone before the next one. A module that uses this must not hold
transactional tests: their flush would run inside the open transaction.
"""

import contextlib

from django.db import transaction


@contextlib.contextmanager
def made_once(django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@contextlib.contextmanager
def seeded_demo(django_db_blocker, media, var, **options):
    """seed_demo made once (see made_once), its pictures in `media`, its files in `var`;
    rows and files copied from an earlier module's run of the same seed where there was one
    (tests/seed_snapshot.py)."""
    from django.core.cache import cache
    from django.test import override_settings

    from tests import seed_snapshot

    with made_once(django_db_blocker), override_settings(MEDIA_ROOT=media, VAR_DIR=var):
        cache.clear()
        try:
            seed_snapshot.seed_demo(media, var, **options)
            yield
        finally:
            cache.clear()
