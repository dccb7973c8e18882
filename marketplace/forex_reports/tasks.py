"""Celery entry points of the forex reports; each is safe to run twice."""

import logging
from datetime import date

from celery import shared_task
from django.utils import timezone

logger = logging.getLogger(__name__)


@shared_task(name="forex_reports.submit_yesterday", acks_late=True)
def submit_yesterday(today: str | None = None):
    """Beat, daily after midnight: yesterday's settlement report to the forex outbox. Running it
    again sends nothing new unless the day's report changed; a day with payments that cannot be
    valued is not sent (staff see them on the day's page)."""
    from . import services

    day = services.yesterday(date.fromisoformat(today) if today else timezone.localdate())
    try:
        submission = services.submit_day(day, user=None)
    except services.ReportIncomplete as incomplete:
        logger.error("FX settlement report %s not sent: %d payments cannot be valued", day, len(incomplete.lines))
        return {"day": day.isoformat(), "sent": False, "errors": len(incomplete.lines)}
    return {"day": day.isoformat(), "sent": True, "revision": submission.revision}
