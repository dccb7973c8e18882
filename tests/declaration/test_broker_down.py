"""Broker down while 100 orders ship: nothing is lost, nothing is sent twice.

The Celery app points at a closed port (not eager), so every relay queued after commit
fails; the periodic relay (beat's outbox.relay_pending) then delivers each message exactly
once, in order per order, and a second run finds nothing to send.
"""

import logging

import pytest

from marketplace.declaration import services
from marketplace.outbox import relay
from marketplace.outbox.backends import locmem
from marketplace.outbox.models import OutboxMessage, OutboxStatus

from .factories import place

ORDERS = 100


@pytest.fixture
def broker_down():
    from marketplace.celery import app

    names = ("broker_url", "task_always_eager", "broker_transport_options", "task_publish_retry")
    saved = {name: app.conf[name] for name in names}
    app.conf.update(broker_url="redis://127.0.0.1:1/0", task_always_eager=False, task_publish_retry=False,
                    broker_transport_options={"max_retries": 0})
    app._pool = None
    app.amqp._producer_pool = None
    yield app
    app.conf.update(saved)
    app._pool = None
    app.amqp._producer_pool = None


def test_a_hundred_orders_ship_while_the_broker_is_down(seller, broker_down, django_capture_on_commit_callbacks,
                                                        caplog):
    _enterprise, product, user = seller
    orders = [place(product) for _ in range(ORDERS)]
    caplog.set_level(logging.WARNING, logger="marketplace.outbox.services")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.declare_shipment(orders, user=user, carrier="DHL",
                                  tracking_numbers={order.number: f"DHL{index:07d}" for index, order in
                                                    enumerate(orders)})
    assert len(callbacks) >= ORDERS * 4
    assert "the periodic relay will send it" in caplog.text  # the broker was really down
    assert locmem.deliveries == []
    assert OutboxMessage.objects.filter(status=OutboxStatus.PENDING).count() == ORDERS * 4

    report = relay.relay_pending(max_seconds=None)

    assert report.outcomes == {"sent": ORDERS * 4}
    keys = [delivery.idempotency_key for delivery in locmem.deliveries]
    assert len(keys) == len(set(keys)) == ORDERS * 4
    expected = ["CEB303", "CEB403", "CEB505", "CEB603"]
    for order in orders:
        assert [d.message_type for d in locmem.deliveries if d.subject == order.number] == expected
    assert relay.relay_pending(max_seconds=None).total == 0
    assert len(locmem.deliveries) == ORDERS * 4
