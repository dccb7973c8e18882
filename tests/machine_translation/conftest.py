"""The seller dashboard's fixtures (approved sellers, a knife each, moderation stubbed)."""

import pytest

from tests.seller_dashboard.conftest import (  # noqa: F401
    _customs_not_the_subject,
    _english,
    category,
    moderation,
    seller_a,
    seller_b,
)

OFFLINE = "marketplace.machine_translation.backends.OfflineTranslator"


@pytest.fixture(autouse=True)
def _offline_backend(settings):
    settings.MARKETPLACE_TRANSLATION_BACKEND = OFFLINE
