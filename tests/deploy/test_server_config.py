"""deploy/gunicorn.conf.py and deploy/healthcheck.py, run as the containers run them."""

import os
import runpy
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from types import ModuleType

import pytest
from gunicorn.config import Config

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
GUNICORN_CONF = DEPLOY / "gunicorn.conf.py"
HEALTHCHECK = DEPLOY / "healthcheck.py"

GUNICORN_VARIABLES = ("WEB_CONCURRENCY", "GUNICORN_BIND", "GUNICORN_TIMEOUT", "LOG_LEVEL", "GUNICORN_PRELOAD",
                      "FORWARDED_ALLOW_IPS", "GUNICORN_MAX_REQUESTS")


def load_gunicorn_conf(monkeypatch, **environment):
    """gunicorn's Config with the file applied under `environment`, as gunicorn -c does."""
    for name in GUNICORN_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    namespace = runpy.run_path(str(GUNICORN_CONF))
    config = Config()
    unknown = []
    for name, value in namespace.items():
        if name.startswith("_") or callable(value) or isinstance(value, ModuleType):
            continue
        if name not in config.settings:
            unknown.append(name)
            continue
        config.set(name, value)  # runs gunicorn's own validator for the setting
    assert not unknown, f"deploy/gunicorn.conf.py sets names gunicorn does not know: {unknown}"
    return config


def cores():
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def test_gunicorn_listens_on_every_interface_on_port_8000_with_sync_workers(monkeypatch):
    config = load_gunicorn_conf(monkeypatch)
    assert config.bind == ["0.0.0.0:8000"]
    assert config.worker_class_str == "sync"
    assert config.timeout > 0 and config.graceful_timeout > 0


def test_gunicorn_logs_requests_and_errors_to_the_container_output(monkeypatch):
    config = load_gunicorn_conf(monkeypatch)
    assert config.accesslog == "-"
    assert config.errorlog == "-"


def test_gunicorn_runs_two_workers_per_core_plus_one_by_default(monkeypatch):
    assert load_gunicorn_conf(monkeypatch).workers == 2 * cores() + 1
    # An empty value in deploy/.env means "not set", not a crash.
    assert load_gunicorn_conf(monkeypatch, WEB_CONCURRENCY="").workers == 2 * cores() + 1


def test_gunicorn_takes_its_worker_count_from_web_concurrency(monkeypatch):
    assert load_gunicorn_conf(monkeypatch, WEB_CONCURRENCY="3").workers == 3


def test_gunicorn_refuses_a_worker_count_that_is_not_a_number(monkeypatch):
    with pytest.raises(SystemExit, match="WEB_CONCURRENCY must be a whole number"):
        load_gunicorn_conf(monkeypatch, WEB_CONCURRENCY="many")


def test_gunicorn_trusts_forwarded_headers_from_the_private_networks_only(monkeypatch):
    config = load_gunicorn_conf(monkeypatch)
    assert "*" not in config.forwarded_allow_ips
    assert "172.16.0.0/12" in config.forwarded_allow_ips  # Docker's default bridge range


# --- the health check script ---------------------------------------------------------------


@pytest.fixture(scope="module")
def host_header():
    return runpy.run_path(str(HEALTHCHECK))["host_header"]


@pytest.mark.parametrize(
    ("allowed_hosts", "expected"),
    [
        ("trade.example.com", "trade.example.com"),
        ("trade.example.com, www.trade.example.com", "trade.example.com"),
        (".example.com", "example.com"),
        ("*", "localhost"),
        ("", "localhost"),
    ],
)
def test_health_check_sends_a_host_the_site_allows(host_header, allowed_hosts, expected):
    assert host_header(allowed_hosts) == expected


class _Site(BaseHTTPRequestHandler):
    """Answers 200 to the allowed host and 400 to any other, as Django does."""

    def do_GET(self):  # the name http.server calls
        self.send_response(200 if self.headers["Host"] == "trade.example.com" else 400)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    server = HTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/healthz"
    server.shutdown()
    server.server_close()


def run_healthcheck(url, allowed_hosts):
    environment = {**os.environ, "ALLOWED_HOSTS": allowed_hosts}
    return subprocess.run([sys.executable, str(HEALTHCHECK), url], env=environment,
                          capture_output=True, text=True, timeout=30, check=False)


def test_health_check_passes_when_the_site_answers(site):
    result = run_healthcheck(site, "trade.example.com")
    assert result.returncode == 0, result.stderr


def test_health_check_fails_when_the_site_refuses_the_request(site):
    result = run_healthcheck(site, "other.example.com")
    assert result.returncode == 1
    assert "answered 400" in result.stderr


def test_health_check_fails_when_nothing_listens():
    result = run_healthcheck("http://127.0.0.1:9/healthz", "trade.example.com")
    assert result.returncode == 1
    assert "unhealthy" in result.stderr


def test_gunicorn_preloads_the_application_and_warms_it_before_forking(monkeypatch):
    assert load_gunicorn_conf(monkeypatch).preload_app is True
    for off in ("0", "false", "off"):
        assert load_gunicorn_conf(monkeypatch, GUNICORN_PRELOAD=off).preload_app is False

    from marketplace.core import warmup

    warmed = []
    monkeypatch.setattr(warmup, "warm_up", lambda: warmed.append(True) or 1.5)
    when_ready = runpy.run_path(str(GUNICORN_CONF))["when_ready"]

    class Server:
        class cfg:
            preload_app = True

        class log:
            lines = []

            @classmethod
            def info(cls, message, *args):
                cls.lines.append(message % args)

    when_ready(Server)
    assert warmed == [True]
    assert Server.log.lines == ["Warmed up every language in 1.5 s"]
    # Without preloading each worker imports the application itself: nothing to warm here.
    Server.cfg.preload_app = False
    when_ready(Server)
    assert warmed == [True]
