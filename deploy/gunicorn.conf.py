"""Gunicorn settings for the web service (behind nginx, inside the compose network).

    gunicorn -c deploy/gunicorn.conf.py marketplace.wsgi:application

Every value can be changed through the environment variable named beside it, so
the compose file and deploy/.env tune the server without editing this file.
"""

import os


def _int_from_env(name, default):
    """An integer knob from the environment; unset or empty means the default."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise SystemExit(
            f"Configuration error: {name} must be a whole number, not {raw!r}."
        ) from None


def _cpu_count():
    # sched_getaffinity honours a container's --cpuset-cpus; cpu_count() would
    # report every core of the host.
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")

# Sync workers: the views are ordinary blocking Django code, and nginx buffers slow
# clients, so a worker is only held for the time the view itself takes.
worker_class = "sync"
workers = _int_from_env("WEB_CONCURRENCY", 2 * _cpu_count() + 1)

# A worker silent for this long is killed and replaced. Long enough for a large
# dashboard export; requests that take longer belong in a Celery task.
timeout = _int_from_env("GUNICORN_TIMEOUT", 60)
graceful_timeout = _int_from_env("GUNICORN_GRACEFUL_TIMEOUT", 30)

# The application is imported and warmed up (every language's URL resolver, catalogues and
# locale data: marketplace/core/warmup.py) once in the master, before it forks: each
# worker, including each one that replaces a recycled worker, starts warm instead of paying
# seconds on its first request in each language. A code change therefore needs a restart
# of the service (as a new image does), not a HUP. GUNICORN_PRELOAD=0 turns it off.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1").strip() not in {"0", "false", "no", "off"}


def when_ready(server):
    """Runs in the master once it listens, before the first worker is forked."""
    if server.cfg.preload_app:
        from marketplace.core.warmup import warm_up

        server.log.info("Warmed up every language in %.1f s", warm_up())
        # What the warm-up loaded, out of every worker's full garbage collections (and its
        # memory pages shared with the master): marketplace/core/collector.py.
        from marketplace.core.collector import freeze

        freeze()


# Restarting workers now and then bounds the memory any slow leak can take.
max_requests = _int_from_env("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = _int_from_env("GUNICORN_MAX_REQUESTS_JITTER", 100)

# The heartbeat file on tmpfs: Docker's overlay filesystem can stall it long
# enough for the arbiter to think a healthy worker hung.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# Both logs go to the container's output, where `docker compose logs` finds them.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# The client address is the one nginx saw, not nginx's own.
access_log_format = (
    '%({x-forwarded-for}i)s "%(r)s" %(s)s %(B)s %(M)sms "%(f)s" "%(a)s"'
)

# nginx sets X-Forwarded-Proto and X-Forwarded-For. Only trust them from the
# private networks Docker hands out; the web port is not published on the host.
forwarded_allow_ips = os.environ.get(
    "FORWARDED_ALLOW_IPS", "127.0.0.1,::1,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16"
)

# Recent gunicorn releases open a control socket under $HOME (older ones ignore
# this name); Compose manages the container, so the socket has nothing to do.
control_socket_disable = True
