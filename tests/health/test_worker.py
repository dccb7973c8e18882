"""A task sent through the broker reaches a real worker and its answer comes back.

The worker is a separate process started by the test, as in production; the test
process itself keeps the embedded (eager) settings and talks to the broker through
its own Celery app so nothing leaks into other tests.
"""

import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest
from celery import Celery
from django.core.management import CommandError, call_command

from tests.settings.environment import PROJECT_DIR, embedded_environment, run_manage

pytestmark = pytest.mark.same_on_every_database

WORKER_READY_TIMEOUT = 60
CHECK_WORKER_TIMEOUT = 1
# Django and Celery import the whole project before the command starts its clock.
STARTUP_ALLOWANCE = 20


@dataclass
class Worker:
    name: str
    env: dict
    broker_url: str
    process: subprocess.Popen
    log: Path

    def output(self):
        return self.log.read_text(errors="replace")[-3000:]


def worker_environment(tmp_path, broker_url):
    return embedded_environment(
        tmp_path / "var",
        CELERY_BROKER_URL=broker_url,
        CELERY_RESULT_BACKEND=broker_url,
        # The broker variable is a production one: DEBUG goes off and a secret is required.
        DJANGO_SECRET_KEY="test-only-not-a-secret",
    )


def probe_app(broker_url):
    """A Celery app of the test's own, so the project's eager app is left untouched."""
    return Celery("health-probe", broker=broker_url, backend=broker_url, set_as_current=False)


def wait_until_ready(worker, deadline):
    app = probe_app(worker.broker_url)
    try:
        while time.monotonic() < deadline:
            if worker.process.poll() is not None:
                pytest.fail(
                    f"the worker exited with {worker.process.returncode}:\n{worker.output()}"
                )
            if app.control.ping(destination=[worker.name], timeout=0.5):
                return
        pytest.fail(
            f"the worker did not answer a ping within {WORKER_READY_TIMEOUT} s:\n"
            f"{worker.output()}"
        )
    finally:
        app.close()


def stop(worker):
    if worker.process.poll() is None:
        worker.process.terminate()  # warm shutdown: finish the current task, then exit
        try:
            worker.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.process.kill()
            worker.process.wait(timeout=10)


@pytest.fixture(scope="module")
def broker_url(local_redis):
    return f"{local_redis}/13"


@pytest.fixture(scope="module")
def worker(tmp_path_factory, broker_url):
    """One worker for the module's tests: starting one imports the whole project (seconds)."""
    tmp_path = tmp_path_factory.mktemp("worker")
    name = f"healthtest-{uuid.uuid4().hex[:8]}@pytest"
    env = worker_environment(tmp_path, broker_url)
    log = tmp_path / "worker.log"
    with log.open("w") as log_file:
        process = subprocess.Popen(
            [
                sys.executable, "-m", "celery", "-A", "marketplace", "worker",
                "--pool=solo", "--concurrency=1", "-Q", "marketplace", "-n", name,
                "--loglevel=INFO",
                # Nothing to synchronise with other workers in a test; these only slow start-up.
                "--without-mingle", "--without-gossip", "--without-heartbeat",
            ],
            cwd=PROJECT_DIR,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    running = Worker(name=name, env=env, broker_url=broker_url, process=process, log=log)
    try:
        wait_until_ready(running, deadline=time.monotonic() + WORKER_READY_TIMEOUT)
        yield running
    finally:
        stop(running)


@pytest.mark.services
def test_echo_sent_through_redis_comes_back_from_the_worker(worker):
    token = uuid.uuid4().hex
    app = probe_app(worker.broker_url)
    try:
        result = app.send_task("health.echo", args=[token], queue="marketplace")
        answer = result.get(timeout=15)
        result.forget()
    finally:
        app.close()

    assert answer == {"token": token, "worker": worker.name}


@pytest.mark.services
def test_check_worker_reports_the_round_trip_when_a_worker_answers(worker):
    result = run_manage(["check_worker", "--timeout", "10"], worker.env, timeout=60)

    assert result.returncode == 0, result.stderr
    assert f"Worker {worker.name} answered health.echo in " in result.stdout
    assert " ms (broker redis://" in result.stdout


@pytest.mark.services
def test_check_worker_fails_clearly_when_no_worker_answers(tmp_path, local_redis):
    # Another Redis database than the module's worker listens on: nobody consumes there.
    env = worker_environment(tmp_path, f"{local_redis}/12")

    started = time.monotonic()
    result = run_manage(
        ["check_worker", "--timeout", str(CHECK_WORKER_TIMEOUT)], env, timeout=60
    )
    elapsed = time.monotonic() - started

    assert result.returncode != 0
    assert f"No worker answered health.echo within {CHECK_WORKER_TIMEOUT} s" in result.stderr
    assert "queue marketplace" in result.stderr
    assert "Traceback" not in result.stderr
    assert elapsed < CHECK_WORKER_TIMEOUT + STARTUP_ALLOWANCE


def test_check_worker_fails_clearly_when_the_broker_is_unreachable(tmp_path, closed_port):
    env = worker_environment(tmp_path, f"redis://127.0.0.1:{closed_port}/0")

    result = run_manage(["check_worker", "--timeout", "5"], env, timeout=60)

    assert result.returncode != 0
    assert "Cannot reach the broker at redis://" in result.stderr
    assert f"127.0.0.1:{closed_port}" in result.stderr
    assert "Connection refused" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_worker_says_tasks_run_in_process_in_eager_mode(settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    stdout = StringIO()

    call_command("check_worker", stdout=stdout)

    assert "eager mode" in stdout.getvalue()
    assert "tasks run in-process" in stdout.getvalue()


def test_check_worker_refuses_a_result_backend_the_worker_cannot_answer_through(
    settings, celery_conf
):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    # The memory transport always connects, so the result backend is the only problem.
    celery_conf(broker_url="memory://", result_backend="cache+memory://")

    with pytest.raises(CommandError, match="Set CELERY_RESULT_BACKEND"):
        call_command("check_worker", "--timeout", "1")


def test_check_worker_rejects_a_timeout_that_is_not_positive():
    with pytest.raises(CommandError, match="--timeout must be a positive"):
        call_command("check_worker", "--timeout", "0")
