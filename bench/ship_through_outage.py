"""Ship and declare 100 orders while the broker goes down and comes back.

    .venv/bin/python bench/ship_through_outage.py [--orders 100] [--port 6391]
                                                   [--var-dir /tmp/bench-ship-outage]

The bench starts its OWN redis-server on `--port` (never the machine's 6379) and a Celery
worker on it that sends customs messages with the single window's file backend (signed by
the test signer, checked against the official XSDs when they are installed). Then, in
this process, each order is shipped and declared in its own transaction, as sellers click
"ship": every commit queues the relay on Redis and the worker writes the files. Half-way
the bench kills its Redis (SIGKILL, no persistence: queued relays are lost) and keeps
shipping: the relays of those commits cannot be queued. It restarts Redis and queues
`outbox.relay_pending` as beat does each minute, until the outbox is empty.

Checks: every declared message has its file `outbox/{MessageType}_{guid}.xml`, there is
no other file, every message is "sent", and each was sent once (one attempt: a second
delivery would show as a second attempt, its file would only be rewritten).
"""

import argparse
import os
import platform
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILE_BACKEND = "marketplace.single_window.backends.FileBackend"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=100)
    parser.add_argument("--port", type=int, default=6391)
    parser.add_argument("--var-dir", default="/tmp/bench-ship-outage")
    parser.add_argument("--worker", action="store_true", help="(internal) run the worker")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for the outbox to drain")
    return parser.parse_args()


def broker_url(args) -> str:
    return f"redis://127.0.0.1:{args.port}/0"


def setup_django(args):
    os.environ["MARKETPLACE_VAR_DIR"] = str(args.var_dir)
    os.environ.pop("DATABASE_URL", None)
    os.environ["CELERY_BROKER_URL"] = broker_url(args)
    # Nobody reads task results here; a result store on the Redis that gets killed would
    # only fill the log with its reconnection attempts.
    os.environ["CELERY_RESULT_BACKEND"] = "cache+memory://"
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")
    os.environ.setdefault("DJANGO_DEBUG", "false")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")
    import django

    django.setup()
    import logging

    from django.conf import settings

    # The lifecycle's e-mail notices are queued after commit too and log each failure
    # while Redis is down (they are not in the outbox); the bench prints its own lines.
    logging.disable(logging.CRITICAL)
    # With a broker the production profile is on, whose signer is the card-side service;
    # the test signer stands in for it (its signatures pass the schema, not customs).
    settings.MARKETPLACE_CEB_SIGNER = "marketplace.ceb.signing.TestSigner"
    settings.MARKETPLACE_OUTBOX_BACKENDS = {"customs": FILE_BACKEND}
    settings.MARKETPLACE_SINGLE_WINDOW_DIR = str(Path(args.var_dir) / "single-window")
    # A relay lost with the broker leaves nothing "sending" (the worker is alive), but a
    # short claim keeps the bench short should one be.
    settings.MARKETPLACE_OUTBOX_CLAIM_SECONDS = 20
    settings.MARKETPLACE_OUTBOX_RETRY_BASE_SECONDS = 1
    try:
        from marketplace.ceb.testing import reference_xsd_dir

        settings.MARKETPLACE_CEB_XSD_DIR = str(reference_xsd_dir())
    except Exception:  # the schemas are optional here: rules only
        pass
    from marketplace.celery import app

    # Publishing to a dead broker fails at once (the periodic relay covers it) instead of
    # retrying for seconds per message inside the seller's request.
    app.conf.update(task_publish_retry=False, broker_transport_options={"max_retries": 0})
    return settings


def start_redis(args) -> subprocess.Popen:
    process = subprocess.Popen(
        ["redis-server", "--port", str(args.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _attempt in range(100):
        try:
            with socket.create_connection(("127.0.0.1", args.port), timeout=0.2) as connection:
                connection.sendall(b"PING\r\n")
                if connection.recv(16).startswith(b"+PONG"):
                    return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise SystemExit(f"redis-server did not start on port {args.port}")


def port_free(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def prepare_data(args):
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    # Inspection filings are another app's subject (with their own tests): taken as filed
    # here, so only customs messages travel.
    from marketplace.inspection import services as inspection
    from tests.declaration.factories import make_seller, place

    inspection.missing_filings = lambda order: []
    inspection.record_batch_declaration = lambda orders, user=None: []
    _enterprise, product, user = make_seller()
    orders = [place(product) for _ in range(args.orders)]
    return user, orders


def stop(process: subprocess.Popen | None) -> None:
    if process is not None and process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main():
    args = parse_args()
    if args.worker:
        setup_django(args)
        from marketplace.celery import app

        app.worker_main(["worker", "-Q", "marketplace", "-c", "1", "--loglevel=error",
                         "--without-mingle", "--without-gossip", "--without-heartbeat"])
        return
    if not port_free(args.port):
        raise SystemExit(f"port {args.port} is in use: choose another with --port")
    shutil.rmtree(args.var_dir, ignore_errors=True)
    Path(args.var_dir).mkdir(parents=True)
    redis = worker = None
    try:
        redis = start_redis(args)
        settings = setup_django(args)
        print(f"machine: {platform.platform()}, {os.cpu_count()} CPU(s), load average "
              f"{os.getloadavg()[0]:.1f}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")
        print(f"scratch database and files in {args.var_dir}; Redis on port {args.port}; "
              f"schemas: {'official XSD' if getattr(settings, 'MARKETPLACE_CEB_XSD_DIR', None) else 'rules only'}")
        started = time.perf_counter()
        user, orders = prepare_data(args)
        print(f"{args.orders} paid orders made (not timed: {time.perf_counter() - started:.1f} s)", flush=True)
        worker = subprocess.Popen([sys.executable, __file__, "--worker", "--port", str(args.port),
                                   "--var-dir", args.var_dir], cwd=ROOT)
        from marketplace.declaration import services

        half = args.orders // 2
        started = time.perf_counter()
        for index, order in enumerate(orders):
            if index == half:
                redis.kill()
                redis.wait()
                print(f"  Redis killed after {half} orders", flush=True)
                outage_started = time.perf_counter()
            services.declare_shipment([order], user=user, carrier="DHL", tracking_number=f"DHL{index:07d}")
        print(f"ship and declare {args.orders} orders: {time.perf_counter() - started:.2f} s "
              f"({args.orders - half} of them with Redis down)", flush=True)
        redis = start_redis(args)
        print(f"  Redis restarted after {time.perf_counter() - outage_started:.2f} s down", flush=True)
        drained = drain(args, time.perf_counter())
        check(args, orders)
        print(f"outbox drained {drained:.2f} s after Redis came back; every message file once: OK")
    finally:
        stop(worker)
        stop(redis)


def drain(args, started: float) -> float:
    from marketplace.outbox import tasks
    from marketplace.outbox.models import OutboxMessage, OutboxStatus

    next_beat = 0.0
    while OutboxMessage.objects.exclude(status=OutboxStatus.SENT).exists():
        now = time.perf_counter()
        if now - started > args.timeout:
            left = OutboxMessage.objects.exclude(status=OutboxStatus.SENT).count()
            raise SystemExit(f"{left} messages still unsent after {args.timeout} s")
        if now >= next_beat:  # as beat would, more often than each minute to keep it short
            try:
                tasks.relay_pending.delay()
            except Exception as error:  # the worker's broker connection may still be coming back
                print(f"  queueing the periodic relay failed: {error}")
            next_beat = now + 5.0
        time.sleep(0.2)
    return time.perf_counter() - started


def check(args, orders) -> None:
    from django.db.models import Count

    from marketplace.declaration.models import DeclarationMessage
    from marketplace.outbox.models import OutboxMessage, OutboxStatus
    from marketplace.single_window import transport

    folder = transport.base_dir() / "outbox"
    files = sorted(path.name for path in folder.iterdir() if path.suffix == ".xml")
    expected = sorted(f"{m.message_type}_{m.guid}.xml" for m in DeclarationMessage.objects.all())
    statuses = dict(OutboxMessage.objects.values_list("status").annotate(n=Count("pk")))
    attempts = dict(OutboxMessage.objects.values_list("attempts").annotate(n=Count("pk")))
    print(f"{len(expected)} messages, {len(files)} files, statuses {statuses}, attempts {attempts}")
    assert len({order.number for order in orders}) == args.orders
    assert files == expected, "a message file is missing or extra"
    assert statuses == {OutboxStatus.SENT: len(expected)}, statuses
    assert attempts == {1: len(expected)}, f"a message was sent more than once: {attempts}"
    assert not list(folder.glob(".*.part")), "a half-written file was left"


if __name__ == "__main__":
    main()
