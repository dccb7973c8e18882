import pytest


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Files written by a test land in its own folder, never in var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
