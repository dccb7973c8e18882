"""/healthz says the process lives; /readyz says whether each service it needs answers."""

import time
from unittest import mock

import pytest
from django.db import OperationalError, connection, connections

from marketplace.health import checks
from marketplace.product_search.backends.base import SearchBackend, SearchBackendUnavailable

SERVICES = {"database", "cache", "broker", "search"}


class UnreachableSearchBackend(SearchBackend):
    """A search service that refuses connections, as Elasticsearch does when it is down."""

    name = "unreachable"

    def ping(self):
        raise SearchBackendUnavailable("connection refused by 127.0.0.1:9200")


def readyz(client):
    response = client.get("/readyz")
    assert response["Content-Type"] == "application/json"
    return response, response.json()


def assert_not_cached(response):
    cache_control = response["Cache-Control"]
    assert "no-store" in cache_control
    assert "no-cache" in cache_control
    assert "max-age=0" in cache_control


def assert_only_down(body, *down):
    assert body["status"] == "unavailable"
    assert {name for name, service in body["services"].items() if not service["ok"]} == set(down)


@pytest.fixture
def redis_cache_at(settings):
    def point_cache_at(location):
        # Django's setting_changed handler rebuilds django.core.cache.caches, so
        # the next cache access connects to the new location.
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": location,
            }
        }

    return point_cache_at


@pytest.fixture
def broker_at(settings, celery_conf):
    def point_broker_at(url):
        settings.CELERY_TASK_ALWAYS_EAGER = False
        celery_conf(broker_url=url)

    return point_broker_at


def test_healthz_answers_ok_as_plain_text_without_caching(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"].startswith("text/plain")
    assert_not_cached(response)


def test_healthz_stays_ok_while_a_service_is_down(client, redis_cache_at, closed_port):
    redis_cache_at(f"redis://127.0.0.1:{closed_port}/0")

    assert client.get("/healthz").status_code == 200


@pytest.mark.django_db
def test_readyz_reports_every_service_ready_in_the_embedded_profile(client):
    response, body = readyz(client)

    assert response.status_code == 200
    assert body["status"] == "ready"
    assert set(body["services"]) == SERVICES
    assert all(service["ok"] for service in body["services"].values()), body
    vendor = connection.vendor  # CI runs the suite on SQLite and on PostgreSQL
    assert body["services"]["database"]["detail"] == vendor
    assert body["services"]["cache"]["detail"] == "LocMemCache"
    assert body["services"]["broker"]["detail"].startswith("eager")
    assert body["services"]["search"]["detail"] == f"database ({vendor})"
    assert_not_cached(response)


@pytest.mark.django_db
def test_readyz_is_unavailable_when_the_cache_refuses_connections(
    client, redis_cache_at, closed_port
):
    redis_cache_at(f"redis://127.0.0.1:{closed_port}/0")

    response, body = readyz(client)

    assert response.status_code == 503
    assert_only_down(body, "cache")
    assert "ConnectionError" in body["services"]["cache"]["detail"]
    assert str(closed_port) in body["services"]["cache"]["detail"]
    assert_not_cached(response)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "broker_url",
    ["redis://127.0.0.1:{port}/0", "amqp://guest:guest@127.0.0.1:{port}//"],
    ids=["redis", "amqp"],
)
def test_readyz_is_unavailable_promptly_when_the_broker_refuses_connections(
    client, broker_at, closed_port, broker_url
):
    broker_at(broker_url.format(port=closed_port))

    started = time.monotonic()
    response, body = readyz(client)
    elapsed = time.monotonic() - started

    assert response.status_code == 503
    assert_only_down(body, "broker")
    assert "refused" in body["services"]["broker"]["detail"].lower()
    # An orchestrator's probe gives up after a second or two; a down broker must
    # be reported as 503 before that, not look like a hung process.
    assert elapsed < checks.BROKER_TIMEOUT
    assert_not_cached(response)


@pytest.mark.django_db
def test_readyz_is_unavailable_when_the_search_service_is_down(client, settings):
    settings.MARKETPLACE_SEARCH_BACKEND = f"{__name__}.UnreachableSearchBackend"

    response, body = readyz(client)

    assert response.status_code == 503
    assert_only_down(body, "search")
    assert body["services"]["search"]["detail"] == (
        "SearchBackendUnavailable: connection refused by 127.0.0.1:9200"
    )


@pytest.mark.django_db
def test_readyz_is_unavailable_when_the_database_cannot_connect(client):
    refused = OperationalError("connection to server at 127.0.0.1 port 5432 failed")
    with mock.patch.object(connections["default"], "ensure_connection", side_effect=refused):
        response, body = readyz(client)

    assert response.status_code == 503
    # The embedded search reads the catalogue tables, so it goes down with them.
    assert_only_down(body, "database", "search")
    assert body["services"]["database"]["detail"] == (
        "OperationalError: connection to server at 127.0.0.1 port 5432 failed"
    )
    assert body["services"]["search"]["detail"].startswith("SearchBackendUnavailable")


@pytest.mark.services
@pytest.mark.django_db
def test_readyz_is_ready_with_the_real_redis_cache_and_broker(
    client, local_redis, redis_cache_at, broker_at
):
    redis_cache_at(f"{local_redis}/14")
    broker_at(f"{local_redis}/14")

    response, body = readyz(client)

    assert response.status_code == 200, body
    assert body["status"] == "ready"
    assert body["services"]["cache"] == {"ok": True, "detail": "RedisCache"}
    assert body["services"]["broker"]["ok"] is True
    assert body["services"]["broker"]["detail"].endswith("127.0.0.1:6379/14")
