"""Celery entry points of the sellers app; each takes ids and is safe to run twice."""

from smtplib import SMTPException

from celery import shared_task

from . import services


@shared_task(
    name="sellers.send_decision_email",
    acks_late=True,
    autoretry_for=(SMTPException, OSError),
    retry_backoff=30,
    retry_backoff_max=3600,
    max_retries=8,
)
def send_decision_email(decision_id):
    """Tell the applicant about a decision; a second run finds it already sent."""
    return services.notify_applicant(decision_id)
