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
