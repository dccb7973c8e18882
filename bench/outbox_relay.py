"""Time the outbox relay: 10,000 messages sent through the in-memory backend.

    .venv/bin/python bench/outbox_relay.py [--messages 10000] [--per-order 4]
                                           [--var-dir /tmp/bench-outbox] [--batch 200]
                                           [--after-commit] [--broker redis://localhost:6379/15]

A scratch SQLite database is migrated (not timed) and its outbox emptied. Messages are
recorded for orders of `--per-order` messages each (customs, inspection, tax and forex,
in that order), in one transaction per order, as if the broker were down at each commit
(recording is timed on its own). Then the relay sends them all:

- by default with Celery eager, in this process: `outbox.relay_pending`, the task the
  beat runs each minute, batch after batch; every message must reach the backend exactly
  once, each order's in the order recorded;
- with --after-commit, each order's relay runs after its commit (`outbox.relay_subject`,
  eager), recording and sending timed together, as a web request would;
- with --broker, through a worker on Redis: the bench queues `outbox.relay_pending`
  once per worker process and waits until every message is sent (checked in the
  database: the backend's memory is in the worker). Start the worker first, on the same
  scratch database and broker; `--worker` runs one with the in-memory backend:

    .venv/bin/python bench/outbox_relay.py --worker --broker redis://localhost:6379/15 &
    .venv/bin/python bench/outbox_relay.py --broker redis://localhost:6379/15

Target: under 60 s for 10,000 messages with a worker on Redis.
"""

import argparse
import os
import platform
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = [("customs", "CEB303"), ("inspection", "CIQ-DECL"), ("tax", "VAT-EXPORT"), ("forex", "FX-RECEIPT")]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--per-order", type=int, default=4, choices=range(1, 5))
    parser.add_argument("--var-dir", default="/tmp/bench-outbox")
    parser.add_argument("--batch", type=int, default=200, help="messages claimed per batch")
    parser.add_argument("--after-commit", action="store_true", help="relay each order after its commit")
    parser.add_argument("--broker", help="a Redis URL: relay through a worker listening there")
    parser.add_argument("--worker", action="store_true", help="run the worker (with --broker)")
    parser.add_argument("--concurrency", type=int, default=2, help="worker processes")
    return parser.parse_args()


def setup_django(args):
    os.environ["MARKETPLACE_VAR_DIR"] = str(args.var_dir)
    os.environ.pop("DATABASE_URL", None)  # the scratch database is SQLite
    if args.broker:
        os.environ["CELERY_BROKER_URL"] = args.broker
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")
    os.environ.setdefault("DJANGO_DEBUG", "false")  # DEBUG would also record every SQL statement
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")
    import django

    django.setup()
    import logging

    from django.core.management import call_command

    logging.disable(logging.INFO)
    print(f"scratch database in {args.var_dir} (migrating, not timed)", flush=True)
    call_command("migrate", verbosity=0)
    from django.conf import settings

    from marketplace.outbox.models import OutboxKind

    # A broker turns the production profile on, whose default backend writes files.
    settings.MARKETPLACE_OUTBOX_BACKENDS = {
        kind: "marketplace.outbox.backends.locmem.LocmemBackend" for kind in OutboxKind.values}


def timed(label, started, cpu, extra=""):
    print(f"{label:<44} {time.perf_counter() - started:8.2f} s wall {time.process_time() - cpu:8.2f} s CPU"
          f"{extra}", flush=True)


def record_all(args, *, relay_after_commit):
    from django.db import transaction

    from marketplace.outbox import services

    if not relay_after_commit:
        services._enqueue = lambda subject: None  # the broker is down at every commit
    orders = -(-args.messages // args.per_order)
    left = args.messages
    for number in range(orders):
        subject = f"YJ-{number:06d}"
        with transaction.atomic():
            for kind, message_type in KINDS[: min(args.per_order, left)]:
                services.record(kind, message_type, subject,
                                f"<{message_type}><OrderNo>{subject}</OrderNo><Total>1200.00</Total></{message_type}>",
                                idempotency_key=f"{subject}-{message_type}")
                left -= 1


def check(args, *, in_process=True):
    from django.db.models import Count

    from marketplace.outbox.backends import locmem
    from marketplace.outbox.models import OutboxMessage, OutboxStatus

    statuses = dict(OutboxMessage.objects.values_list("status").annotate(n=Count("pk")))
    assert statuses == {OutboxStatus.SENT: args.messages}, statuses
    if in_process:
        keys = [d.idempotency_key for d in locmem.deliveries]
        assert len(keys) == len(set(keys)) == args.messages, "a message was sent twice or not at all"
        order = {message_type: i for i, (_, message_type) in enumerate(KINDS)}
        seen = {}
        for delivery in locmem.deliveries:
            position = order[delivery.message_type]
            assert seen.get(delivery.subject, -1) < position, f"{delivery.subject} out of order"
            seen[delivery.subject] = position


def main():
    args = parse_args()
    setup_django(args)
    if args.worker:
        from marketplace.celery import app

        app.worker_main(["worker", "-Q", "marketplace", "-c", str(args.concurrency), "--loglevel=warning",
                         "--without-mingle", "--without-gossip"])
        return
    from django.conf import settings

    from marketplace.outbox import tasks
    from marketplace.outbox.models import OutboxMessage, OutboxStatus

    assert not settings.DEBUG
    OutboxMessage.objects.all().delete()
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPU(s), load average "
          f"{os.getloadavg()[0]:.1f}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")
    print(f"{args.messages} messages, {args.per_order} per order, batches of {args.batch}")

    started, cpu = time.perf_counter(), time.process_time()
    if args.after_commit:
        assert settings.CELERY_TASK_ALWAYS_EAGER
        record_all(args, relay_after_commit=True)
        timed("record and relay after each commit (eager)", started, cpu)
        check(args)
        return
    record_all(args, relay_after_commit=False)
    timed(f"record {args.messages} messages", started, cpu)

    started, cpu = time.perf_counter(), time.process_time()
    if args.broker:
        assert not settings.CELERY_TASK_ALWAYS_EAGER
        for _worker in range(args.concurrency):
            tasks.relay_pending.delay(batch_size=args.batch)
        while OutboxMessage.objects.exclude(status=OutboxStatus.SENT).exists():
            time.sleep(0.2)
        timed(f"relay {args.messages} through a worker on Redis", started, cpu)
        check(args, in_process=False)
        return
    assert settings.CELERY_TASK_ALWAYS_EAGER
    report = tasks.relay_pending.delay(batch_size=args.batch).get()
    timed(f"relay {args.messages} (Celery eager)", started, cpu, f"   {report}")
    check(args)


if __name__ == "__main__":
    main()
