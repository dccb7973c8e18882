"""Prove that a Celery worker consumes the marketplace queue, end to end.

/readyz only shows that the broker accepts connections; this sends a real task
through it and waits for a worker to answer, which is what deploys and on-call
need to know after starting workers.
"""

import secrets
import time

from celery.exceptions import TimeoutError as CeleryTimeoutError
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from marketplace.celery import app as celery_app
from marketplace.health.checks import broker_connection
from marketplace.health.tasks import echo

ECHO_TASK = "health.echo"

# Result backends that keep results inside the process that stored them: the
# worker's answer can never reach this command through them.
IN_PROCESS_RESULT_BACKENDS = ("cache+memory://", "memory://", "disabled")


class Command(BaseCommand):
    help = (
        "Send the health.echo task through the configured broker and wait for a worker "
        "to answer. Exits non-zero when the broker is unreachable or no worker answers."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--timeout", type=float, default=10.0,
            help="Seconds to wait for the broker and a worker, in total (default 10).",
        )

    def handle(self, *args, timeout, **options):
        if timeout <= 0:
            raise CommandError("--timeout must be a positive number of seconds.")

        if settings.CELERY_TASK_ALWAYS_EAGER:
            self._check_eager()
            return

        deadline = time.monotonic() + timeout
        broker = self._connect_to_broker(timeout)
        self._refuse_in_process_result_backend()
        token = secrets.token_hex(16)
        started = time.monotonic()
        answer = self._round_trip(token, broker, deadline=deadline, timeout=timeout)
        elapsed_ms = (time.monotonic() - started) * 1000

        if answer.get("token") != token:
            raise CommandError(
                f"A worker answered {ECHO_TASK} with the wrong token ({answer!r}); "
                "another result may be stored under this task id."
            )
        self.stdout.write(self.style.SUCCESS(
            f"Worker {answer.get('worker') or '(unnamed)'} answered {ECHO_TASK} "
            f"in {elapsed_ms:.0f} ms (broker {broker})."
        ))

    def _check_eager(self):
        # No broker is configured, so there is no worker to reach; running the task
        # here still proves it is registered and importable.
        answer = echo.apply(args=["eager"]).get()
        if answer.get("token") != "eager":
            raise CommandError(f"{ECHO_TASK} ran in-process but returned {answer!r}.")
        self.stdout.write(
            "Celery runs in eager mode (CELERY_TASK_ALWAYS_EAGER): tasks run in-process, "
            "so there is no worker to check. Set CELERY_BROKER_URL or REDIS_URL to use workers."
        )

    def _refuse_in_process_result_backend(self):
        backend = str(celery_app.conf.result_backend or "disabled")
        if backend.startswith(IN_PROCESS_RESULT_BACKENDS):
            raise CommandError(
                f"The result backend {backend!r} keeps results inside the worker's process, "
                "so its answer cannot come back here. Set CELERY_RESULT_BACKEND (or REDIS_URL)."
            )

    def _connect_to_broker(self, timeout):
        conn = broker_connection(timeout=min(timeout, 5))
        try:
            conn.ensure_connection(max_retries=0, timeout=timeout)
            return conn.as_uri()
        except Exception as exc:  # kombu raises the transport's own error types
            raise CommandError(
                f"Cannot reach the broker at {conn.as_uri()}: {exc.__class__.__name__}: {exc}"
            ) from exc
        finally:
            conn.release()

    def _round_trip(self, token, broker, deadline, timeout):
        try:
            # Expiring with the timeout stops a worker that starts later from
            # running probes nobody waits for any more.
            result = celery_app.send_task(ECHO_TASK, args=[token], expires=timeout)
        except Exception as exc:  # the publish path raises transport-specific errors
            raise CommandError(
                f"Could not send {ECHO_TASK} through {broker}: {exc.__class__.__name__}: {exc}"
            ) from exc
        try:
            return result.get(timeout=max(deadline - time.monotonic(), 0.1), interval=0.1)
        except CeleryTimeoutError:
            raise CommandError(
                f"No worker answered {ECHO_TASK} within {timeout:g} s (broker {broker}, "
                f"queue {celery_app.conf.task_default_queue}). Is a worker running "
                "and consuming that queue?"
            ) from None
        except Exception as exc:  # result backends raise their own connection errors
            raise CommandError(
                f"Waiting for {ECHO_TASK} failed: {exc.__class__.__name__}: {exc}"
            ) from exc
        finally:
            self._forget(result)

    @staticmethod
    def _forget(result):
        # Probes run often; their results should not pile up in the backend.
        try:
            result.forget()
        except Exception:  # best effort: the answer (or its absence) is already known
            pass
