from celery import shared_task


@shared_task(name="health.echo")
def echo(token):
    """Round trip through the broker: `check_worker` and the tests send it and wait for it."""
    return {"token": token}
