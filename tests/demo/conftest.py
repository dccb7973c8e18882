import io

import pytest
from django.core.cache import cache
from django.core.management import call_command

from tests import seed_snapshot
from tests.module_rows import seeded_demo


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
            call_command("seed_demo", stdout=out, **{"content_pages": False, **options})
        return out.getvalue()

    return run


@pytest.fixture
def seeded_before():
    """A first run of the command in the test's transaction, copied from another test's
    when there was one (tests/seed_snapshot.py): what such a test checks is the run after."""
    def run(**options):
        seed_snapshot.seed_demo(**{"content_pages": False, **options})
    return run


@pytest.fixture(scope="module")
def seeded_once(request, django_db_setup, django_db_blocker, demo_media, tmp_path_factory):
    """Run seed_demo once for a whole test module, and roll it back after its last test.

    Seeding is the slowest step of these tests (seconds on SQLite, far more on a loaded
    PostgreSQL); the tests that only read the demo share one run. Each test still runs in
    its own savepoint inside this transaction, so what a test changes is undone before the
    next. `request.param`-free: the module says what to seed in SEED_ONCE (seed_demo's
    options).
    """
    # Without the CMS pages unless the module asks for them: they are the slow part.
    options = {"content_pages": False,
               **getattr(request.module, "SEED_ONCE", {"products": 30})}
    with seeded_demo(django_db_blocker, demo_media, tmp_path_factory.mktemp("var"), **options):
        yield
