import datetime

import pytest

from marketplace.outbox.backends import locmem

from .backends import FlakyBackend

NOW = datetime.datetime(2025, 3, 3, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _locmem_backends(settings):
    # The default backend is the file one whenever the settings run the production
    # profile (as with DATABASE_URL on PostgreSQL in CI); these tests want the in-memory one.
    settings.PRODUCTION = False
    settings.MARKETPLACE_OUTBOX_BACKENDS = {}
    settings.MARKETPLACE_OUTBOX_RETRY_BASE_SECONDS = 30
    settings.MARKETPLACE_OUTBOX_RETRY_CAP_SECONDS = 600
    settings.MARKETPLACE_OUTBOX_MAX_ATTEMPTS = 5
    locmem.reset()
    FlakyBackend.down, FlakyBackend.calls = True, 0
    yield
    locmem.reset()
    locmem.LocmemBackend.answer = "sent"


@pytest.fixture
def now():
    return NOW
