import socket

import pytest
import redis

from marketplace.celery import app as celery_app

REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379


@pytest.fixture
def closed_port():
    """A local TCP port nothing listens on, so connecting to it is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def celery_conf():
    """Change the project's Celery app configuration for one test, restored afterwards.

    The app reads Django settings once, so overriding settings alone does not
    move it to another broker.
    """
    originals = {}

    def change(**values):
        for key, value in values.items():
            originals.setdefault(key, celery_app.conf[key])
            celery_app.conf[key] = value

    yield change
    for key, value in originals.items():
        celery_app.conf[key] = value


@pytest.fixture(scope="module")
def local_redis():
    """Fail with the reason, not a connection traceback, when the local Redis is not running."""
    try:
        redis.Redis(host=REDIS_HOST, port=REDIS_PORT, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        pytest.fail(
            f"this test needs Redis at {REDIS_HOST}:{REDIS_PORT} ({exc}); "
            "deselect with -m 'not services'"
        )
    return f"redis://{REDIS_HOST}:{REDIS_PORT}"
