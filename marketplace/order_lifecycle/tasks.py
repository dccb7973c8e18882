"""Celery entry points of the order lifecycle; each takes ids and is safe to run twice."""

from smtplib import SMTPException

from celery import shared_task

from . import notices


@shared_task(name="order_lifecycle.send_status_notice", acks_late=True,
             autoretry_for=(SMTPException, OSError), retry_backoff=30, retry_backoff_max=3600, max_retries=8)
def send_status_notice(status_change_id):
    return notices.send_status_notice(status_change_id)
