"""Celery entry points of the seller rating; each takes ids and is safe to run twice.

Beat runs `seller_rating.recompute_all` nightly (the lead adds the entry to settings):

    "recompute-seller-ratings": {"task": "seller_rating.recompute_all",
                                 "schedule": crontab(minute=30, hour=3)},
"""

from celery import shared_task

from . import services


@shared_task(name="seller_rating.recompute_all", acks_late=True)
def recompute_all_ratings():
    """Every seller's rating, from the inputs of the window ending now. Returns how many."""
    return len(services.recompute_ratings())


@shared_task(name="seller_rating.recompute_seller", acks_late=True)
def recompute_seller_rating(enterprise_id):
    """One seller's rating, after an event that moved one of its inputs (debounced)."""
    rating = services.recompute_one(enterprise_id)
    return None if rating is None else rating.score
