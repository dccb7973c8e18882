"""Which services the project uses is decided by the environment alone.

Each test starts a fresh interpreter, because settings are read once at import.
"""

import json
import sys
from pathlib import Path

import pytest

from .environment import embedded_environment, run_manage, run_python

pytestmark = pytest.mark.same_on_every_database

SECRET = "test-only-not-a-secret"
POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/marketplace"
REDIS_URL = "redis://127.0.0.1:6379/15"
DATABASE_SEARCH = "marketplace.product_search.backends.database.DatabaseBackend"
ELASTICSEARCH_SEARCH = "marketplace.product_search.backends.elasticsearch.ElasticsearchBackend"

# Settings and the Celery app's configuration are complete once the settings module has
# been imported; starting every app as well (django.setup(), ~2 s) adds nothing to read.
# The tests that need the whole project started run manage.py.
READ_SETTINGS = """
import json, sys
from django.conf import settings
from marketplace.celery import app
values = {name: getattr(settings, name) for name in sys.argv[1:]}
values["celery_app"] = {
    "broker_url": app.conf.broker_url,
    "task_always_eager": app.conf.task_always_eager,
}
print(json.dumps(values, default=str))
"""


def read_settings(env, *names):
    result = run_python(["-c", READ_SETTINGS, *names], env)
    assert result.returncode == 0, result.stderr
    # Logging may print to stdout before the JSON; the values are the last line.
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def var_dir(tmp_path):
    return tmp_path / "var"


def assert_configuration_error(result):
    assert result.returncode != 0
    assert "Configuration error: DJANGO_SECRET_KEY must be set" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_nothing_set_runs_the_embedded_profile(var_dir):
    values = read_settings(
        embedded_environment(var_dir),
        "DEBUG", "DATABASES", "CACHES", "CELERY_TASK_ALWAYS_EAGER", "CELERY_BROKER_URL",
        "MARKETPLACE_SEARCH_BACKEND", "SECURE_SSL_REDIRECT", "SESSION_COOKIE_SECURE",
        "SECURE_HSTS_SECONDS",
    )

    assert values["DEBUG"] is True
    # A laptop serves plain HTTP: no https redirect, no HSTS, cookies sent over http.
    assert values["SECURE_SSL_REDIRECT"] is False
    assert values["SESSION_COOKIE_SECURE"] is False
    assert values["SECURE_HSTS_SECONDS"] == 0
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert Path(database["NAME"]) == var_dir / "marketplace.sqlite3"
    # Kept between requests (a new SQLite connection parses the schema again), checked first.
    assert database["CONN_MAX_AGE"] == 60 and database["CONN_HEALTH_CHECKS"] is True
    assert var_dir.is_dir()
    assert values["CACHES"]["default"]["BACKEND"] == (
        "django.core.cache.backends.locmem.LocMemCache"
    )
    # Room for the page fragments: Django's default of 300 entries culled them unread.
    assert values["CACHES"]["default"]["OPTIONS"]["MAX_ENTRIES"] >= 10000
    assert values["CELERY_TASK_ALWAYS_EAGER"] is True
    assert values["CELERY_BROKER_URL"] == "memory://"
    assert values["celery_app"]["task_always_eager"] is True
    assert values["MARKETPLACE_SEARCH_BACKEND"] == DATABASE_SEARCH


@pytest.mark.parametrize(
    "variables",
    [
        pytest.param({"DATABASE_URL": POSTGRES_URL}, id="database-url"),
        pytest.param({"REDIS_URL": REDIS_URL}, id="redis-url"),
        pytest.param({"STRIPE_SECRET_KEY": "sk_test_123"}, id="stripe-key"),
        pytest.param({"DJANGO_DEBUG": "false"}, id="debug-off-alone"),
    ],
)
def test_debug_off_without_a_secret_key_stops_with_one_clear_line(var_dir, variables):
    result = run_python(
        ["-c", "import django; django.setup()"], embedded_environment(var_dir, **variables)
    )

    assert_configuration_error(result)


def test_manage_py_reports_the_missing_secret_key_without_a_traceback(var_dir):
    result = run_manage(["check"], embedded_environment(var_dir, DATABASE_URL=POSTGRES_URL))

    assert_configuration_error(result)
    assert "DATABASE_URL" in result.stderr


def test_gunicorn_import_of_wsgi_fails_cleanly_without_the_secret_key(var_dir):
    env = embedded_environment(var_dir, DATABASE_URL=POSTGRES_URL)

    assert_configuration_error(run_python(["-c", "import marketplace.wsgi"], env))
    gunicorn = Path(sys.executable).with_name("gunicorn")
    if gunicorn.exists():
        # --check-config loads the application exactly as a gunicorn worker does.
        result = run_python(
            [str(gunicorn), "--check-config", "marketplace.wsgi:application"], env
        )
        assert_configuration_error(result)


def test_celery_worker_fails_cleanly_without_the_secret_key(var_dir):
    env = embedded_environment(var_dir, DATABASE_URL=POSTGRES_URL)

    result = run_python(
        ["-m", "celery", "-A", "marketplace", "worker", "--pool=solo", "-Q", "marketplace"],
        env,
        timeout=60,
    )

    assert_configuration_error(result)


def test_database_url_with_a_secret_key_uses_postgresql_with_debug_off(var_dir):
    values = read_settings(
        embedded_environment(var_dir, DATABASE_URL=POSTGRES_URL, DJANGO_SECRET_KEY=SECRET),
        "DEBUG", "DATABASES", "SECRET_KEY", "CELERY_TASK_ALWAYS_EAGER",
    )

    assert values["DEBUG"] is False
    assert values["SECRET_KEY"] == SECRET
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert database["NAME"] == "marketplace"
    assert database["HOST"] == "127.0.0.1"
    assert database["CONN_MAX_AGE"] == 60 and database["CONN_HEALTH_CHECKS"] is True
    # Parameters bound on the server, statements run five times prepared.
    assert database["OPTIONS"] == {"server_side_binding": True, "prepare_threshold": 5}
    # A database alone brings no broker, so tasks still run in-process.
    assert values["CELERY_TASK_ALWAYS_EAGER"] is True


def test_server_side_binding_can_be_turned_off_for_a_pooler(var_dir):
    values = read_settings(
        embedded_environment(var_dir, DATABASE_URL=POSTGRES_URL, DJANGO_SECRET_KEY=SECRET,
                             DB_SERVER_SIDE_BINDING="false"),
        "DATABASES",
    )

    assert values["DATABASES"]["default"].get("OPTIONS", {}) == {}


def test_debug_can_be_forced_on_in_production(var_dir):
    values = read_settings(
        embedded_environment(var_dir, DATABASE_URL=POSTGRES_URL, DJANGO_DEBUG="true"), "DEBUG"
    )

    assert values["DEBUG"] is True


def test_redis_url_drives_the_cache_and_the_celery_broker(var_dir):
    values = read_settings(
        embedded_environment(var_dir, REDIS_URL=REDIS_URL, DJANGO_SECRET_KEY=SECRET),
        "CACHES", "CELERY_BROKER_URL", "CELERY_RESULT_BACKEND", "CELERY_TASK_ALWAYS_EAGER",
    )

    cache = values["CACHES"]["default"]
    assert cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache["LOCATION"] == REDIS_URL
    assert cache["OPTIONS"]["socket_timeout"] == 2  # a silent Redis must not hang pages
    assert values["CELERY_BROKER_URL"] == REDIS_URL
    assert values["CELERY_RESULT_BACKEND"] == REDIS_URL
    assert values["CELERY_TASK_ALWAYS_EAGER"] is False
    assert values["celery_app"] == {"broker_url": REDIS_URL, "task_always_eager": False}


def test_an_explicit_broker_url_wins_over_redis_url(var_dir):
    broker = "amqp://guest:guest@127.0.0.1:5672//"
    values = read_settings(
        embedded_environment(
            var_dir, REDIS_URL=REDIS_URL, CELERY_BROKER_URL=broker, DJANGO_SECRET_KEY=SECRET
        ),
        "CELERY_BROKER_URL", "CELERY_TASK_ALWAYS_EAGER",
    )

    assert values["CELERY_BROKER_URL"] == broker
    assert values["CELERY_TASK_ALWAYS_EAGER"] is False


def test_elasticsearch_url_selects_the_elasticsearch_search_backend(var_dir):
    values = read_settings(
        embedded_environment(
            var_dir, ELASTICSEARCH_URL="http://127.0.0.1:9200", DJANGO_SECRET_KEY=SECRET
        ),
        "MARKETPLACE_SEARCH_BACKEND", "ELASTICSEARCH_URL",
    )

    assert values["MARKETPLACE_SEARCH_BACKEND"] == ELASTICSEARCH_SEARCH
    assert values["ELASTICSEARCH_URL"] == "http://127.0.0.1:9200"


def test_allowed_hosts_is_read_as_a_list(var_dir):
    values = read_settings(
        embedded_environment(
            var_dir, ALLOWED_HOSTS="trade.example,www.trade.example", DJANGO_SECRET_KEY=SECRET
        ),
        "ALLOWED_HOSTS", "DEBUG",
    )

    assert values["ALLOWED_HOSTS"] == ["trade.example", "www.trade.example"]
    assert values["DEBUG"] is False


def test_allowed_hosts_ignores_spaces_after_commas(var_dir):
    values = read_settings(
        embedded_environment(
            var_dir, ALLOWED_HOSTS="trade.example, www.trade.example", DJANGO_SECRET_KEY=SECRET
        ),
        "ALLOWED_HOSTS",
    )

    assert values["ALLOWED_HOSTS"] == ["trade.example", "www.trade.example"]


def test_stripe_variables_are_exposed_as_settings(var_dir):
    stripe = {
        "STRIPE_SECRET_KEY": "sk_test_123",
        "STRIPE_PUBLISHABLE_KEY": "pk_test_456",
        "STRIPE_API_BASE": "http://127.0.0.1:8420",
        "STRIPE_WEBHOOK_SECRET": "whsec_789",
    }
    values = read_settings(
        embedded_environment(var_dir, DJANGO_SECRET_KEY=SECRET, **stripe), *stripe, "DEBUG"
    )

    assert {name: values[name] for name in stripe} == stripe
    assert values["DEBUG"] is False


def test_manage_py_check_passes_in_the_embedded_profile(var_dir):
    result = run_manage(["check"], embedded_environment(var_dir))

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_manage_py_check_passes_in_production_with_a_secret_key(var_dir):
    env = embedded_environment(
        var_dir, DATABASE_URL=POSTGRES_URL, REDIS_URL=REDIS_URL, DJANGO_SECRET_KEY=SECRET
    )

    result = run_manage(["check"], env)

    assert result.returncode == 0, result.stderr
