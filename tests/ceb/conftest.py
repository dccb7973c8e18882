import pytest
from django.utils import translation

from marketplace.ceb.testing import reference_xsd_dir


@pytest.fixture
def ceb_xsd(settings):
    """The official 202205 schemas: $MARKETPLACE_CEB_XSD_DIR or the reference folder. Fails,
    never skips, when neither exists: without the oracle these tests would prove nothing."""
    folder = reference_xsd_dir()
    settings.MARKETPLACE_CEB_XSD_DIR = str(folder)
    return folder


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield
