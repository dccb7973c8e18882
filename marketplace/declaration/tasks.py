"""Celery entry points of the declarations; safe to run twice (summarised lists are skipped)."""

from celery import shared_task

from . import summaries


@shared_task(name="declaration.summarise_month", acks_late=True)
def summarise_month():
    """Beat, monthly (e.g. the 1st at 02:00): a CEB701 per seller for last month's released
    retail export lists, and any earlier ones not yet summarised."""
    made = summaries.summarise(period=(summaries.EARLIEST, summaries.last_month()[1]))
    return [summary.cop_no for summary in made]
