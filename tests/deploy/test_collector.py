"""A web process freezes its warm objects after its first requests (core/collector.py), so
full garbage collections stop walking them."""

import gc

import pytest
from django.core.signals import request_finished

from marketplace.core import collector

pytestmark = pytest.mark.same_on_every_database


@pytest.fixture
def installed(monkeypatch):
    monkeypatch.setattr(collector, "FREEZE_AFTER", frozenset({3, 5}))
    monkeypatch.setattr(collector, "_served", 0)
    collector.install()
    yield
    # Connected to Django's end of every request (sent here by hand: Django's own receivers
    # of the signal would close the database connection).
    assert request_finished.disconnect(dispatch_uid="marketplace.core.collector")
    gc.unfreeze()


def request_done():
    collector._count(signal=request_finished, sender=None)


def test_the_warm_objects_are_frozen_after_the_first_requests(installed):
    gc.unfreeze()
    warm = [{"template": index} for index in range(1000)]  # long-lived, tracked objects
    for _ in range(2):
        request_done()
    assert gc.get_freeze_count() == 0

    request_done()  # the third request

    frozen = gc.get_freeze_count()
    assert frozen >= len(warm)
    since = [[index] for index in range(1000)]  # loaded after the first freeze (lists: tracked)
    request_done()
    # Not at every request: what was loaded since stays unfrozen. (The count is compared
    # with a margin, not for equality: a frozen object whose last reference goes is
    # freed and leaves the count, which made an exact comparison fail now and then.)
    assert gc.get_freeze_count() < frozen + len(since)
    request_done()  # the fifth: what was loaded since is frozen too
    assert gc.get_freeze_count() >= frozen + len(since) // 2


def test_garbage_is_collected_before_freezing(installed):
    import weakref

    gc.unfreeze()

    class Node:
        pass

    cycle = Node()
    cycle.me = cycle
    gone = weakref.ref(cycle)
    del cycle
    gc.disable()  # only the freeze may collect it
    try:
        for _ in range(3):
            request_done()
    finally:
        gc.enable()
    assert gone() is None  # collected, not frozen for the process's life
