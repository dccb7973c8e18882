"""Run the project in a child process with an environment the test controls.

Settings are read once, at import, from os.environ; the only faithful way to see
what a profile produces is a fresh interpreter started with exactly that environment.
"""

import os
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]

# Every variable that switches a part of the project to a production service or
# changes the profile; a developer's shell or CI may have any of them set.
PROFILE_VARIABLES = {
    "DATABASE_URL",
    "CELERY_BROKER_URL",
    "REDIS_URL",
    "ELASTICSEARCH_URL",
    "STRIPE_SECRET_KEY",
    "ALLOWED_HOSTS",
    "DJANGO_SECRET_KEY",
    "DJANGO_DEBUG",
    "CSRF_TRUSTED_ORIGINS",
    "MEDIA_ROOT",
}
PROFILE_PREFIXES = ("DJANGO_", "CELERY_", "STRIPE_", "ELASTICSEARCH_", "MARKETPLACE_")


def embedded_environment(var_dir, **variables):
    """os.environ without any profile variable, with var/ in `var_dir`, plus `variables`."""
    from django.conf import settings

    removed = PROFILE_VARIABLES | set(settings.PRODUCTION_VARIABLES)
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in removed and not name.startswith(PROFILE_PREFIXES)
    }
    env["DJANGO_SETTINGS_MODULE"] = "marketplace.settings"
    env["MARKETPLACE_VAR_DIR"] = str(var_dir)
    env["PYTHONUNBUFFERED"] = "1"
    env.update(variables)
    return env


def run_python(args, env, timeout=120):
    """Run this virtualenv's Python with `args` in the project directory; never waits forever."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def run_manage(args, env, timeout=120):
    return run_python(["manage.py", *args], env, timeout=timeout)
