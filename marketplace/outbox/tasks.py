"""Celery entry points of the outbox; each is safe to run twice or at once on several
workers (a message is claimed by one, see relay.py)."""

from celery import shared_task
from django.db import OperationalError

from . import relay


@shared_task(name="outbox.relay_subject", acks_late=True,
             autoretry_for=(OperationalError,), retry_backoff=5, retry_backoff_max=300, max_retries=5)
def relay_subject(subject):
    """Queued after a commit that recorded messages about `subject`: send them in order."""
    return relay.relay_subject(subject).outcomes


@shared_task(name="outbox.relay_pending", acks_late=True)
def relay_pending(batch_size=200, max_seconds=50.0):
    """Beat, every minute: send whatever is due, messages whose relay was never queued
    (the broker was down at commit) or whose backend was down included. A run stops
    after `max_seconds`; the next beat takes up what is left."""
    return relay.relay_pending(batch_size=batch_size, max_seconds=max_seconds).outcomes
