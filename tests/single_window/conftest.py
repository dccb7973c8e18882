import pytest
from django.utils import translation

from marketplace.ceb.testing import reference_xsd_dir
from marketplace.outbox.backends import locmem
from tests.declaration.conftest import InspectionCalls
from tests.declaration.factories import make_seller

SECRET = "test-single-window-secret"


@pytest.fixture(autouse=True)
def _single_window_settings(settings, tmp_path):
    settings.PRODUCTION = False
    settings.MARKETPLACE_OUTBOX_BACKENDS = {}
    settings.MARKETPLACE_DECLARE_ON_SHIP = True
    settings.MARKETPLACE_SINGLE_WINDOW_DIR = str(tmp_path / "single-window")
    settings.MARKETPLACE_SINGLE_WINDOW_SECRET = SECRET
    settings.MARKETPLACE_SINGLE_WINDOW_URL = "https://adapter.example/messages"
    settings.MARKETPLACE_CEB_XSD_DIR = str(reference_xsd_dir())
    settings.MARKETPLACE_CEB_SIGNER = "marketplace.ceb.signing.TestSigner"
    settings.MARKETPLACE_OUTBOX_MAX_ATTEMPTS = 5
    locmem.reset()
    yield
    locmem.reset()
    locmem.LocmemBackend.answer = "sent"


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def inspection(monkeypatch):
    calls = InspectionCalls()
    monkeypatch.setattr("marketplace.inspection.services.missing_filings", calls.missing_filings)
    monkeypatch.setattr("marketplace.inspection.services.record_batch_declaration", calls.record_batch_declaration)
    return calls


@pytest.fixture
def seller(db):
    return make_seller()
