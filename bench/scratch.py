"""What the benchmarks share: Django on a scratch SQLite database in a folder of its own,
migrated (not timed), with production's settings; and timing in wall and CPU seconds.

Each benchmark runs by hand (`.venv/bin/python bench/NAME.py`), so this folder is put on
sys.path by the script itself, beside the project.
"""

import logging
import os
import time


def setup_django(var_dir, env=None, quiet=logging.INFO):
    """Settings for a benchmark in `var_dir`, Django set up and the database migrated.

    `env`: more environment variables (set over the defaults); `quiet`: log levels up to
    this one are silenced (a log line per task would bury the figures), None keeps them.
    """
    os.environ["MARKETPLACE_VAR_DIR"] = str(var_dir)
    os.environ.pop("DATABASE_URL", None)  # the targets are for the embedded profile: SQLite
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")
    # As production runs: DEBUG would also record every SQL statement.
    os.environ.setdefault("DJANGO_DEBUG", "false")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")
    os.environ.update(env or {})
    import django

    django.setup()
    from django.core.management import call_command

    if quiet is not None:
        logging.disable(quiet)
    call_command("migrate", verbosity=0)


def timed(label, function, width=44):
    """(function(), wall seconds), with a line of wall and CPU time printed.

    CPU time beside wall time: on a shared machine the wall time says more about the
    neighbours than about the code.
    """
    started, cpu = time.perf_counter(), time.process_time()
    result = function()
    seconds = time.perf_counter() - started
    print(f"{label:<{width}} {seconds:8.2f} s wall {time.process_time() - cpu:8.2f} s CPU",
          flush=True)
    return result, seconds
