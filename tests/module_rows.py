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
    """seed_demo made once (see made_once), its pictures in `media`, its files in `var`."""
    import io

    from django.core.cache import cache
    from django.core.management import call_command
    from django.test import TestCase, override_settings

    with made_once(django_db_blocker), override_settings(MEDIA_ROOT=media, VAR_DIR=var):
        cache.clear()
        try:
            # The products reach the search index after commit, as they do in a real run.
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("seed_demo", stdout=io.StringIO(), **options)
            yield
        finally:
            cache.clear()
