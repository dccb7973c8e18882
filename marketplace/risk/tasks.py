"""Celery entry points of the risk app; each takes ids and is safe to run twice."""

from smtplib import SMTPException

from celery import shared_task

from . import notices, services

RETRY = {"acks_late": True, "autoretry_for": (SMTPException, OSError), "retry_backoff": 30,
         "retry_backoff_max": 3600, "max_retries": 8}


@shared_task(name="risk.send_recall_notices", **RETRY)
def send_recall_notices(recall_id):
    """E-mail the buyers holding a recalled batch and its seller; a second run sends nothing."""
    return notices.send_recall_notices(recall_id)


@shared_task(name="risk.send_action_notice", **RETRY)
def send_action_notice(action_id):
    """Tell the sellers a sale was stopped or resumed; a second run sends nothing."""
    return notices.send_action_notice(action_id)


@shared_task(name="risk.record_customs_rejection", **RETRY)
def record_customs_rejection(message_id):
    """Count a rejected customs message of an order with watched goods in their alerts."""
    from . import receivers

    return receivers.record_customs_rejection(message_id)


@shared_task(name="risk.record_inspection_rejection", **RETRY)
def record_inspection_rejection(declaration_id):
    """Count a rejected export batch declaration in the alerts of its goods."""
    from . import receivers

    return receivers.record_inspection_rejection(declaration_id)


@shared_task(name="risk.reassess_open_alerts")
def reassess_open_alerts():
    """Nightly: signals older than the window stop counting in open alerts' levels."""
    return services.reassess_open_alerts()
