"""Celery entry points of machine translation; each takes ids and is safe to run twice."""

from celery import shared_task

from . import services
from .backends import TranslationUnavailable


@shared_task(
    name="machine_translation.fill_product",
    acks_late=True,
    autoretry_for=(TranslationUnavailable,),
    retry_backoff=60,
    retry_backoff_max=6 * 3600,
    max_retries=10,
)
def fill_product(product_id):
    """Fill the languages a product misses and refresh stale machine translations."""
    return services.fill_product(product_id)
