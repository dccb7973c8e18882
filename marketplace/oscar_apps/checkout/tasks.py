"""Celery entry points of the checkout: e-mails about company approvals (ids in, safe twice)."""

from smtplib import SMTPException

from celery import shared_task

from . import notices


@shared_task(name="checkout.ask_approvers", acks_late=True,
             autoretry_for=(SMTPException, OSError), retry_backoff=30, retry_backoff_max=3600, max_retries=8)
def ask_approvers(purchase_id):
    return notices.ask_approvers(purchase_id)


@shared_task(name="checkout.send_approval_decision", acks_late=True,
             autoretry_for=(SMTPException, OSError), retry_backoff=30, retry_backoff_max=3600, max_retries=8)
def send_approval_decision(purchase_id):
    return notices.send_approval_decision(purchase_id)
