"""Product views counted in the process's memory and added to ProductRecord in batches.

Oscar counts a view with an UPDATE (or INSERT) of the product's ProductRecord inside the
request: every product page a buyer or a crawler opens writes to the database, and on SQLite
each such write takes the database's only write lock. Here a view bumps a counter of the
process; the counts are written when FLUSH_EVERY views are waiting or FLUSH_SECONDS have
passed since the last write, and when the process exits. A write that fails puts its
counts back, to be written with the next batch. Signed-in buyers' own views (their
"recently viewed", UserProductView) are still written at once by Oscar's receiver path.
"""

import atexit
import logging
import threading
import time
from collections import Counter

from django.db import DatabaseError, transaction
from django.db.models import F
from oscar.core.loading import get_model

from marketplace.page_cache.middleware import replay_on_hit

logger = logging.getLogger(__name__)

#: Views waiting in a process before they are written.
FLUSH_EVERY = 200
#: ... or seconds since the last write.
FLUSH_SECONDS = 30.0


class ViewCounter:
    def __init__(self, flush_every=FLUSH_EVERY, flush_seconds=FLUSH_SECONDS,
                 clock=time.monotonic):
        self.flush_every, self.flush_seconds, self.clock = flush_every, flush_seconds, clock
        self._lock = threading.Lock()
        self._counts = Counter()
        self._waiting = 0
        self._since = clock()

    def add(self, product_id):
        with self._lock:
            self._counts[product_id] += 1
            self._waiting += 1
            due = (self._waiting >= self.flush_every
                   or self.clock() - self._since >= self.flush_seconds)
        if due:
            self.flush()

    def waiting(self):
        with self._lock:
            return dict(self._counts)

    def flush(self):
        with self._lock:
            counts, self._counts = self._counts, Counter()
            self._waiting, self._since = 0, self.clock()
        if not counts:
            return
        try:
            _write(counts)
        except DatabaseError:
            logger.warning("Product views not written yet (%d products); kept for the next batch",
                           len(counts), exc_info=True)
            with self._lock:
                self._counts.update(counts)
                self._waiting += sum(counts.values())


def _write(counts):
    ProductRecord = get_model("analytics", "ProductRecord")
    Product = get_model("catalogue", "Product")
    with transaction.atomic():
        # A product deleted since it was viewed has no record to count on.
        existing = set(Product.objects.filter(pk__in=list(counts)).values_list("pk", flat=True))
        # Records missing so far are created first, ignoring the ones another process has
        # just created: every web process writes its own batches, and on PostgreSQL Oscar's
        # get_or_create losing that race aborted the whole batch's transaction. With two
        # workers under spread traffic that happened on nearly every batch (both had seen
        # some of the same new products), so the counts were never written.
        recorded = set(ProductRecord.objects.filter(product_id__in=existing)
                       .values_list("product_id", flat=True))
        ProductRecord.objects.bulk_create(
            [ProductRecord(product_id=pk) for pk in sorted(existing - recorded)],
            ignore_conflicts=True)
        for product_id, views in sorted(counts.items()):
            if product_id in existing:
                ProductRecord.objects.filter(product_id=product_id).update(
                    num_views=F("num_views") + views)


#: This process's counter.
counter = ViewCounter()
atexit.register(counter.flush)


def count_view(product_id):
    counter.add(product_id)


def count_product_view(sender, product, user, **kwargs):
    """product_viewed receiver in place of Oscar's receive_product_view."""
    if kwargs.get("raw", False):
        return
    request = kwargs.get("request")
    if request is None:
        counter.add(product.pk)
    else:
        # Counted again each time the page cache serves this page instead of the view.
        replay_on_hit(request, "marketplace.oscar_apps.analytics.product_views.count_view", product.pk)
    if user is not None and user.is_authenticated:
        from oscar.apps.analytics.receivers import _update_counter

        _update_counter(get_model("analytics", "UserRecord"), "num_product_views", {"user": user})
        get_model("analytics", "UserProductView").objects.create(product=product, user=user)
