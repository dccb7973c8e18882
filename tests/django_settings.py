"""Settings for the test suite: the project's own, with what only tests may change.

pytest-django loads this module (pyproject.toml); child processes that tests start to
check a profile name `marketplace.settings` themselves.
"""

from marketplace.settings import *  # noqa: F403

# Hashing a password with the real hasher costs ~0.3 s; tests log many users in.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# The suite runs with DATABASE_URL set on CI, which turns the production profile on: the
# test client speaks plain HTTP, so the https redirect and secure-only cookies would answer
# every request with a redirect. tests/deploy checks that production keeps them on.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0

# Every test's client builds its own middleware chain, and WhiteNoise without autorefresh
# lists and stats every static file from the finders when it is built: ~0.1 s a test,
# a quarter of a typical view test. With autorefresh it looks a file up only when a
# request asks for one (what it does under DEBUG); what it serves is the same.
WHITENOISE_AUTOREFRESH = True

# SQLite tests use a database file rather than Django's shared in-memory one. The live
# server (browser tests) then reads through its own connection, and a request it is still
# answering when a test ends waits for, or is waited on by, the rows being put back
# (tests/conftest.py) under WAL and the busy timeout; in shared-cache memory the two met
# as "database table is locked" at once. One file per process: xdist workers and anyone
# else running the suite on this machine never share one.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    import os as _os
    import tempfile as _tempfile

    DATABASES["default"]["TEST"] = {  # noqa: F405
        # MARKETPLACE_TEST_DB names a file to keep between runs (with pytest's --reuse-db).
        "NAME": _os.environ.get("MARKETPLACE_TEST_DB") or _os.path.join(
            _tempfile.gettempdir(), f"marketplace-test-{_os.getpid()}.sqlite3"),
    }

# Outbox backends are each test's choice (the in-memory one unless a test names another),
# whatever profile the database turns on: production would send customs to the single
# window's folder and the rest to files.
MARKETPLACE_OUTBOX_BACKENDS = {}
# Customs messages are signed by the throw-away test signer, never by a configured service.
MARKETPLACE_CEB_SIGNER = "marketplace.ceb.signing.TestSigner"
