"""Celery entry points of bank transfers; each takes ids and is safe to run twice."""

from smtplib import SMTPException

from celery import shared_task


@shared_task(name="bank_transfer.send_receipt_notice", acks_late=True,
             autoretry_for=(SMTPException, OSError), retry_backoff=30, retry_backoff_max=3600, max_retries=8)
def send_receipt_notice(receipt_id):
    from . import notices

    return notices.send_receipt_notice(receipt_id)


@shared_task(name="bank_transfer.remind_overdue", acks_late=True,
             autoretry_for=(SMTPException, OSError), retry_backoff=60, retry_backoff_max=3600, max_retries=5)
def remind_overdue():
    """Run by beat (daily is enough; hourly does no harm): one reminder per plan and due date."""
    from . import services

    return services.remind_overdue()
