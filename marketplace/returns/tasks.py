"""Celery entry points of returns; each takes ids and is safe to run twice."""

from smtplib import SMTPException

from celery import shared_task


@shared_task(
    name="returns.send_case_notice",
    acks_late=True,
    autoretry_for=(SMTPException, OSError),
    retry_backoff=30,
    retry_backoff_max=3600,
    max_retries=8,
)
def send_case_notice(event_id):
    """E-mail the parties of a return case about one of its steps; a second run sends nothing."""
    from . import notices

    return notices.send_case_notice(event_id)
