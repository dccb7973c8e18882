import io

import pytest
from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture(scope="session")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(autouse=True)
def _demo_isolation(_media_in_tmp, settings, tmp_path, demo_media):
    """Placeholder pictures are shared by the session: drawing them again for every test
    would only slow the suite. The admin password file goes to the test's own folder, and
    Oscar's cached category URLs must not survive from another test's categories."""
    settings.MEDIA_ROOT = demo_media
    settings.VAR_DIR = tmp_path / "var"
    cache.clear()


@pytest.fixture
def seed(django_capture_on_commit_callbacks):
    def run(**options):
        out = io.StringIO()
        # The products reach the search index after commit, as they do in a real run.
        with django_capture_on_commit_callbacks(execute=True):
            call_command("seed_demo", stdout=out, **options)
        return out.getvalue()

    return run
