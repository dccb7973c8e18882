from celery import shared_task


@shared_task(name="health.echo", bind=True)
def echo(self, token):
    """Round trip through the broker: `check_worker` and the tests send it and wait for it.

    The worker's name comes back too, so an operator can tell which worker answered
    when several consume the queue.
    """
    return {"token": token, "worker": self.request.hostname}
