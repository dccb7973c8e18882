from tests.demo.conftest import _demo_isolation, demo_media, seeded_once  # noqa: F401
