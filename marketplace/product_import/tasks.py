"""Celery entry points of the product import; each takes ids and is safe to run twice."""

from celery import shared_task

from . import services


@shared_task(name="product_import.run_import_job", acks_late=True)
def run_import_job(job_id):
    """Check or import one uploaded file; a second run finds the job claimed and does nothing.

    The only place a seller's upload is parsed: the web request stores the file and
    queues this task (see services.jobs_held_until_response for Celery's eager mode).
    """
    job = services.run_job(job_id)
    return job.status if job else None


@shared_task(name="product_import.recover_stalled_jobs")
def recover_stalled_jobs():
    """Beat: take up again the imports whose worker died (see services.recover_stalled_jobs)."""
    return services.recover_stalled_jobs()
