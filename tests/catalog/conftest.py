import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english():
    """Messages are compared in English: a page test run earlier in the same thread may have
    left another language active (LocaleMiddleware activates it and nothing resets it)."""
    with translation.override("en"):
        yield
