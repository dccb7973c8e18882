"""Celery entry points of the single window; safe to run twice at once (a file taken by one
run is gone for the other, and receipts applied twice change nothing)."""

from celery import shared_task

from . import inbox


@shared_task(name="single_window.read_inbox", acks_late=True)
def read_inbox():
    """Beat, every minute: apply the receipts the E-port client dropped in the inbox."""
    report = inbox.read_inbox()
    return {"done": len(report.done), "errors": len(report.errors)}
