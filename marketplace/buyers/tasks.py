"""Celery entry points of the buyers app; each takes ids and is safe to run twice."""

from smtplib import SMTPException

from celery import shared_task

from . import services


@shared_task(
    name="buyers.send_invitation_email",
    acks_late=True,
    autoretry_for=(SMTPException, OSError),
    retry_backoff=30,
    retry_backoff_max=3600,
    max_retries=8,
)
def send_invitation_email(invitation_id):
    """Send a company invitation's link; a second run finds it already sent."""
    return services.send_invitation(invitation_id)
