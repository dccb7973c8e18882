"""Keeping the search index in step with the catalogue: queued after commit, run by Celery.

Whatever changes a product (a save, a price, a seller's status, a bulk import) ends in
`queue_index` or `queue_removal`. The ids are collected for the whole transaction and
one task per kind is sent once it commits, so a form that saves a product, its stock
record, ten price tiers and three categories sends one task, and a transaction that is
rolled back sends none.

Delivery without an outbox table: tasks are `acks_late` and `reject_on_worker_lost`,
so a worker that dies mid-task leaves the message to be delivered again; a search
service that is down is retried with exponential backoff (about 70 minutes); only
then is the task given up, logged as an error with the product ids and the command
that indexes them (`manage.py search_index --products ...`; `--rebuild` catches up on
everything). Both tasks are idempotent: indexing writes each product's current
document, removal of a product that is not there is a no-op. Buyers never see a
taken-down product while a task waits or retries: the views check every hit against
the database (Product.objects.browsable()) when they render it.
"""

import logging
import random

from celery import shared_task
from django.db import DEFAULT_DB_ALIAS, OperationalError, transaction
from oscar.core.loading import get_model

from .backends.base import SearchBackendUnavailable
from .services import get_search_backend

logger = logging.getLogger(__name__)

#: Ids per task message: a category rename or a new exchange rate may touch tens of
#: thousands of products; smaller messages are retried and redelivered separately.
TASK_CHUNK = 1000
MAX_RETRIES = 12
#: Seconds: 10, 20, 40 ... then every 10 minutes (about 70 minutes in all), plus up to a
#: tenth more so that the retries of many tasks do not hit a recovering service together.
RETRY_BACKOFF, RETRY_BACKOFF_MAX = 10, 600
#: Failures worth waiting for; anything else is a bug and fails the task at once.
TRANSIENT_ERRORS = (SearchBackendUnavailable, ConnectionError, TimeoutError, OperationalError)


# --- after commit ---------------------------------------------------------------------


def queue_index(product_ids, using=DEFAULT_DB_ALIAS):
    """Bring these products' search documents up to date once the transaction commits.

    Safe to call for any id, from any code that changed a product or something its
    document shows: ids of products that are no longer browsable leave the index,
    variants (child products) are indexed through their parent. Outside a transaction
    the task is sent at once.
    """
    _batch(using).add(index=product_ids)


def queue_removal(product_ids, using=DEFAULT_DB_ALIAS):
    """Take these products out of the search index as soon as the transaction commits."""
    _batch(using).add(remove=product_ids)


class _Batch:
    """The ids one transaction queued, sent by the first of its commit hooks to run.

    Every queue_* call registers the hook again, at the savepoint level it was called
    from, so that Django's own rules say whether it runs: a savepoint rolled back takes
    its registrations with it, and the batch is still sent by an earlier registration
    if one survives. Ids queued inside a savepoint that was rolled back may still be
    sent: indexing them again is harmless, and a removal is checked against the
    database by the task before anything is removed.
    """

    def __init__(self, using):
        self.using = using
        self.index, self.remove = set(), set()
        self.sent = False
        # One bound method, registered as often as needed: the identity marks our hooks.
        self.hook = self.send

    def add(self, index=(), remove=()):
        index, remove = _ids(index), _ids(remove)
        if index or remove:
            self.index |= index
            self.remove |= remove
            transaction.on_commit(self.hook, using=self.using, robust=True)

    def send(self):
        if self.sent:
            return
        self.sent = True
        send_now(index=self.index, remove=self.remove)


def send_now(index=(), remove=()):
    """Send the indexing and removal tasks for these ids now, not after commit."""
    index, remove = _ids(index), _ids(remove)
    # Removal first: a taken-down product leaves before anything else is indexed.
    # An id queued both ways goes with the removals: that task asks the database and
    # indexes instead a product that is still browsable.
    _send(remove_products, sorted(remove))
    _send(index_products, sorted(index - remove))


def _batch(using):
    connection = transaction.get_connection(using)
    if connection.in_atomic_block:
        # run_on_commit is Django's list of pending hooks, (savepoint ids, hook, robust);
        # our newest registration is normally the last one.
        for _sids, hook, _robust in reversed(connection.run_on_commit):
            batch = getattr(hook, "__self__", None)
            if isinstance(batch, _Batch) and not batch.sent:
                return batch
    return _Batch(using)


def _ids(values):
    return {int(value) for value in values if value is not None}


def _send(task, ids):
    for start in range(0, len(ids), TASK_CHUNK):
        chunk = ids[start : start + TASK_CHUNK]
        try:
            task.delay(chunk)
        except Exception:
            # The change is committed; failing the request would not bring it back. The
            # ids are in the log for `search_index --products`, and views filter at read time.
            logger.exception("Search index task %s failed or was not sent for products %s; "
                             "run `manage.py search_index --products %s`", task.name, chunk,
                             " ".join(map(str, chunk)))


# --- the tasks ------------------------------------------------------------------------


def update_index(product_ids):
    """Index these products now: variants through their parent, others as they are.

    What both the task and `search_index --products` run.
    """
    Product = get_model("catalogue", "Product")
    ids = set(_ids(product_ids))
    parents = dict(Product.objects.filter(pk__in=ids, parent__isnull=False)
                   .values_list("pk", "parent_id"))
    ids = (ids - parents.keys()) | set(parents.values())
    if ids:
        get_search_backend().index_products(sorted(ids))


def remove_from_index(product_ids):
    """Remove these products from the index now, unless the database says they are browsable.

    The check keeps a product that was queued for removal in a savepoint that was then
    rolled back, or that was published again since: it is indexed instead.
    """
    Product = get_model("catalogue", "Product")
    ids = _ids(product_ids)
    browsable = set(Product.objects.browsable().filter(pk__in=ids).values_list("pk", flat=True))
    backend = get_search_backend()
    if ids - browsable:
        backend.remove_products(sorted(ids - browsable))
    if browsable:
        backend.index_products(sorted(browsable))


def _run(task, work, product_ids):
    try:
        work(product_ids)
    except TRANSIENT_ERRORS as exc:
        # Run in the web process (eager mode, no worker) nothing retries later and
        # retrying at once would only keep the request waiting.
        if task.request.is_eager or task.request.retries >= task.max_retries:
            logger.error(
                "Search index not updated for products %s after %s attempt(s) (%s: %s); "
                "run `manage.py search_index --products %s`",
                product_ids, task.request.retries + 1, type(exc).__name__, exc,
                " ".join(map(str, product_ids)),
            )
            return
        raise task.retry(exc=exc, countdown=retry_delay(task.request.retries)) from exc


def retry_delay(retries):
    """Seconds to wait before the retry that follows `retries` earlier ones."""
    delay = min(RETRY_BACKOFF_MAX, RETRY_BACKOFF * 2**retries)
    return delay + random.uniform(0, delay / 10)


_TASK_OPTIONS = {"bind": True, "acks_late": True, "reject_on_worker_lost": True,
                 "max_retries": MAX_RETRIES}


@shared_task(name="product_search.index_products", **_TASK_OPTIONS)
def index_products(self, product_ids):
    """Write the current documents of these products; ids no longer browsable leave the index."""
    _run(self, update_index, product_ids)


@shared_task(name="product_search.remove_products", **_TASK_OPTIONS)
def remove_products(self, product_ids):
    """Take these products out of the index (those browsable again are indexed instead)."""
    _run(self, remove_from_index, product_ids)
