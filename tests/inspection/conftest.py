import pytest
from django.test import Client
from django.utils import translation

from marketplace.outbox.backends import locmem

from .factories import make_knife_seller, make_seafood_seller


@pytest.fixture(autouse=True)
def _inspection_settings(settings):
    settings.PRODUCTION = False
    settings.MARKETPLACE_OUTBOX_BACKENDS = {}
    settings.MARKETPLACE_INSPECTION_OFFICE = "阳江海关"
    locmem.reset()
    yield
    locmem.reset()


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def knife_seller(db):
    """(enterprise, product, user) of an approved knife maker."""
    return make_knife_seller()


@pytest.fixture
def seafood_seller(db):
    return make_seafood_seller()


@pytest.fixture
def staff(db):
    from tests.sellers.factories import UserFactory

    return UserFactory(is_staff=True, is_superuser=True)


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client
