import pytest
from django.utils import translation

from marketplace.outbox.backends import locmem

from .factories import make_seller


@pytest.fixture(autouse=True)
def _customs_settings(settings):
    settings.PRODUCTION = False
    settings.MARKETPLACE_OUTBOX_BACKENDS = {}
    settings.MARKETPLACE_DECLARE_ON_SHIP = True
    locmem.reset()
    yield
    locmem.reset()
    locmem.LocmemBackend.answer = "sent"


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def seller(db):
    return make_seller()


@pytest.fixture
def staff(db):
    from tests.sellers.factories import UserFactory

    return UserFactory(is_staff=True, is_superuser=True)


class InspectionCalls:
    """Stands in for marketplace.inspection (its filings have tests of their own): no filing
    missing unless a test says so; records the batch declarations asked of it."""

    def __init__(self):
        self.missing = []
        self.batches = []

    def missing_filings(self, order):
        return list(self.missing)

    def record_batch_declaration(self, orders, *, user=None):
        self.batches.append(sorted(order.number for order in orders))
        return []


@pytest.fixture(autouse=True)
def inspection(monkeypatch):
    calls = InspectionCalls()
    monkeypatch.setattr("marketplace.inspection.services.missing_filings", calls.missing_filings)
    monkeypatch.setattr("marketplace.inspection.services.record_batch_declaration", calls.record_batch_declaration)
    return calls
