"""Celery entry points of moderation; each takes ids and is safe to run twice."""

from smtplib import SMTPException

from celery import shared_task

from . import services


@shared_task(
    name="moderation.send_listing_decision_email",
    acks_late=True,
    autoretry_for=(SMTPException, OSError),
    retry_backoff=30,
    retry_backoff_max=3600,
    max_retries=8,
)
def send_listing_decision_email(decision_id):
    """Tell the seller about a decision on a listing; a second run finds it already sent."""
    return services.notify_seller(decision_id)
