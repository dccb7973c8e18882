"""Readiness probes for the services the site needs. Each returns a detail or raises."""

import uuid

from django.conf import settings
from django.core.cache import cache, caches
from django.db import connection

from marketplace.celery import app as celery_app
from marketplace.product_search.services import get_search_backend

# A probe that waits longer than the orchestrator's probe timeout reports nothing
# useful: it must answer 503 quickly rather than be killed mid-wait.
BROKER_TIMEOUT = 2


def broker_connection(timeout=BROKER_TIMEOUT):
    """A write connection to the configured broker that gives up after `timeout` seconds.

    kombu's Redis transport has no socket timeout by default, so a broker host
    that drops packets would hang the caller forever.
    """
    conn = celery_app.connection_for_write(connect_timeout=timeout)
    if conn.transport.driver_type == "redis":
        conn.transport_options.setdefault("socket_connect_timeout", timeout)
        conn.transport_options.setdefault("socket_timeout", timeout)
    return conn


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return connection.vendor


def check_cache():
    key = f"readyz:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=5)
    if cache.get(key) != "ok":
        raise RuntimeError("cache did not return what was stored")
    cache.delete(key)
    return caches["default"].__class__.__name__


def check_broker():
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return "eager (tasks run in the web process)"
    with broker_connection() as conn:
        # No retry: kombu sleeps 2 s before the first one, which would make a
        # down broker look like a hung probe instead of a 503.
        conn.ensure_connection(max_retries=0, timeout=BROKER_TIMEOUT)
        return conn.as_uri()


def check_search():
    return get_search_backend().ping()


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "broker": check_broker,
    "search": check_search,
}
