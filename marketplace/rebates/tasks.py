"""Celery entry points of the tax reports; each is safe to run twice."""

import logging
from datetime import date

from celery import shared_task
from django.utils import timezone

logger = logging.getLogger(__name__)


@shared_task(name="rebates.submit_previous_month", acks_late=True)
def submit_previous_month(today: str | None = None):
    """Beat, on the 1st of each month: the previous month's rebate report to the tax outbox.

    Running it again (or daily) sends nothing new unless the month's report changed. A month
    with lines that cannot be valued is not sent; staff see them on the report page.
    """
    from . import services

    day = date.fromisoformat(today) if today else timezone.localdate()
    year, month = services.previous_month(day)
    try:
        submission = services.submit_month(year, month, user=None)
    except services.ReportIncomplete as incomplete:
        logger.error("VAT rebate report %04d-%02d not sent: %d lines cannot be valued",
                     year, month, len(incomplete.lines))
        return {"period": f"{year:04d}-{month:02d}", "sent": False, "errors": len(incomplete.lines)}
    return {"period": f"{year:04d}-{month:02d}", "sent": True, "revision": submission.revision}
