"""Celery entry points of the rfq app; each takes ids and is safe to run twice."""

from smtplib import SMTPException

from celery import shared_task

from . import services

EMAIL_TASK = {
    "acks_late": True,
    "autoretry_for": (SMTPException, OSError),
    "retry_backoff": 30,
    "retry_backoff_max": 3600,
    "max_retries": 8,
}


@shared_task(name="rfq.send_invitation_email", **EMAIL_TASK)
def send_invitation_email(invitation_id):
    """Tell an asked seller about an RFQ; a second run finds it already told."""
    return services.notify_invitation(invitation_id)


@shared_task(name="rfq.send_quote_email", **EMAIL_TASK)
def send_quote_email(quote_id):
    """Tell the buyer about a quote."""
    return services.notify_quote(quote_id)


@shared_task(name="rfq.send_acceptance_email", **EMAIL_TASK)
def send_acceptance_email(quote_id):
    """Tell the seller its quote was accepted."""
    return services.notify_acceptance(quote_id)


@shared_task(name="rfq.send_message_email", **EMAIL_TASK)
def send_message_email(message_id):
    """Tell the other side of a thread about a new message."""
    return services.notify_message(message_id)


@shared_task(name="rfq.expire_overdue_rfqs", acks_late=True)
def expire_overdue_rfqs():
    """Daily: RFQs past their deadline without a quote become expired."""
    return services.expire_overdue_rfqs()
