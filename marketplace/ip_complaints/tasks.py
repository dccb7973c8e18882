"""Celery entry points of the IP complaints app; each takes ids and is safe to run twice."""

from smtplib import SMTPException

from celery import shared_task

from . import services


@shared_task(
    name="ip_complaints.send_event_emails",
    acks_late=True,
    autoretry_for=(SMTPException, OSError),
    retry_backoff=30,
    retry_backoff_max=3600,
    max_retries=8,
)
def send_event_emails(event_id, token=""):
    """E-mail the parties about one step of a case; a second run finds it already sent.

    `token` is given only for the filing receipt: the private link is e-mailed once and
    only its hash is stored.
    """
    return services.notify_event(event_id, token)


@shared_task(name="ip_complaints.uphold_lapsed_takedowns", acks_late=True)
def uphold_lapsed_takedowns():
    """Beat: takedowns without a counter-notice in time are upheld (strikes recorded)."""
    return services.uphold_lapsed_takedowns()
