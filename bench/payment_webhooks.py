"""Time the Stripe webhook endpoint: signed deliveries, replays and events out of order.

    .venv/bin/python bench/payment_webhooks.py [--deliveries 1000] [--intents 300]
                                               [--replays 0.3] [--var-dir /tmp/bench-payments]
                                               [--seed 7] [--service]

A scratch SQLite database is migrated (not timed) and its payments emptied. One card
payment per intent is opened through the in-memory gateway (timed on its own). Each intent
then gets its events as Stripe could send them: sometimes a failed attempt first, then
"processing", then "succeeded"; a share of the deliveries are replays of events already
sent, and all of them arrive shuffled. Every delivery is signed and posted through Django's
test client to /payments/webhooks/stripe/ (or, with --service, handed to the service
without HTTP). At the end each intent must have exactly one succeeded payment and one
`payment_succeeded` signal. Target: under 20 s for the defaults on SQLite.
"""

import argparse
import collections
import json
import os
import platform
import random
import sqlite3
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import scratch  # noqa: E402

WEBHOOK_SECRET = "whsec_bench_only"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deliveries", type=int, default=1000)
    parser.add_argument("--intents", type=int, default=300)
    parser.add_argument("--replays", type=float, default=0.3, help="share of deliveries that are replays")
    parser.add_argument("--var-dir", default="/tmp/bench-payments")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--service", action="store_true", help="call the service, not the view")
    args = parser.parse_args()
    unique = args.deliveries - round(args.deliveries * args.replays)
    if not args.intents <= unique <= 3 * args.intents:
        parser.error(f"{unique} distinct events cannot cover {args.intents} intents with 1 to 3 events each")
    return args


def setup_django(var_dir):
    scratch.setup_django(var_dir, env={"STRIPE_WEBHOOK_SECRET": WEBHOOK_SECRET})
    from django.conf import settings

    settings.MARKETPLACE_PAYMENT_GATEWAY = "marketplace.payments.backends.locmem.LocmemGateway"
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]


def events_for(intents, unique, rng):
    """Distinct events, each intent ending in "succeeded": a success for every intent, then
    "processing" and a failed earlier attempt for as many as the count allows."""
    now = int(time.time())
    steps = {payment.intent_id: ["payment_intent.succeeded"] for payment in intents}
    extra = unique - len(intents)
    for kind in ("payment_intent.processing", "payment_intent.payment_failed"):
        for payment in rng.sample(intents, min(extra, len(intents))):
            steps[payment.intent_id].append(kind)
        extra -= min(extra, len(intents))
    created = {"payment_intent.payment_failed": now - 20, "payment_intent.processing": now - 10,
               "payment_intent.succeeded": now}
    status = {"payment_intent.payment_failed": "requires_payment_method", "payment_intent.processing": "processing",
              "payment_intent.succeeded": "succeeded"}
    events = []
    for payment in intents:
        for kind in steps[payment.intent_id]:
            obj = {
                "id": payment.intent_id, "object": "payment_intent", "amount": 12345, "currency": "eur",
                "status": status[kind], "metadata": {"reference": payment.reference},
                "last_payment_error": {"message": "Your card was declined."} if kind.endswith("failed") else None,
            }
            events.append({"id": f"evt_bench_{len(events):06d}", "object": "event", "type": kind,
                           "created": created[kind], "data": {"object": obj}})
    return events


def main():
    args = parse_args()
    var_dir = Path(args.var_dir)
    (var_dir / "static").mkdir(parents=True, exist_ok=True)  # WhiteNoise warns when it is missing
    print(f"scratch database in {var_dir} (migrating, not timed)", flush=True)
    setup_django(var_dir)

    from django.test import Client

    from marketplace.payments.backends import locmem
    from marketplace.payments.models import CardPayment, CardPaymentStatus, CardRefund, GatewayEvent
    from marketplace.payments.services import handle_webhook, start_card_payment
    from marketplace.payments.signals import payment_succeeded

    CardRefund.objects.all().delete()
    CardPayment.objects.all().delete()
    GatewayEvent.objects.all().delete()
    locmem.reset()
    rng = random.Random(args.seed)

    print(f"machine: {platform.platform()}, {os.cpu_count()} CPU(s), load average "
          f"{os.getloadavg()[0]:.1f}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")

    started, cpu = time.perf_counter(), time.process_time()
    intents = [
        start_card_payment(reference=f"B{n:06d}", amount=Decimal("123.45"), currency="EUR").payment
        for n in range(args.intents)
    ]
    print(f"{'open ' + str(args.intents) + ' card payments':<40} {time.perf_counter() - started:8.2f} s wall "
          f"{time.process_time() - cpu:8.2f} s CPU")

    unique = args.deliveries - round(args.deliveries * args.replays)
    events = events_for(intents, unique, rng)
    deliveries = events + [rng.choice(events) for _ in range(args.deliveries - len(events))]
    rng.shuffle(deliveries)
    signed = []
    for event in deliveries:
        body = json.dumps(event).encode()
        signed.append((body, locmem.sign_payload(body, WEBHOOK_SECRET)))

    succeeded = collections.Counter()

    def count(sender, reference, payment, **kwargs):
        succeeded[payment.intent_id] += 1

    payment_succeeded.connect(count, dispatch_uid="bench")
    client = Client()
    outcomes = collections.Counter()
    timings = []
    started, cpu = time.perf_counter(), time.process_time()
    for body, signature in signed:
        one = time.perf_counter()
        if args.service:
            outcomes[handle_webhook(body, signature).value] += 1
        else:
            response = client.post("/payments/webhooks/stripe/", data=body, content_type="application/json",
                                   HTTP_STRIPE_SIGNATURE=signature, secure=True)  # Stripe posts over https
            assert response.status_code == 200, (response.status_code, response.content)
            outcomes[response.json()["outcome"]] += 1
        timings.append(time.perf_counter() - one)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    timings.sort()
    through = "service" if args.service else "view"
    print(f"{str(len(signed)) + ' deliveries (' + through + ')':<40} {wall:8.2f} s wall {cpu:8.2f} s CPU "
          f"({len(events)} distinct events, {len(signed) - len(events)} replays, {len(intents)} intents)")
    print(f"  per delivery: p50 {timings[len(timings) // 2] * 1000:.1f} ms, "
          f"p95 {timings[int(len(timings) * 0.95)] * 1000:.1f} ms, max {timings[-1] * 1000:.1f} ms")
    print(f"  outcomes: {dict(outcomes)}")

    statuses = collections.Counter(CardPayment.objects.values_list("status", flat=True))
    assert statuses == {CardPaymentStatus.SUCCEEDED: len(intents)}, statuses
    assert set(succeeded.values()) == {1} and len(succeeded) == len(intents), succeeded.most_common(3)
    assert GatewayEvent.objects.count() == len(events)
    assert outcomes["replay"] == len(signed) - len(events)
    print(f"  checked: {len(intents)} intents, each succeeded once, {len(events)} events recorded once")
    print("target: under 20 s for 1000 deliveries on SQLite:", "met" if wall < 20 else "MISSED")


if __name__ == "__main__":
    main()
