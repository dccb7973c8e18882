"""A corrected term reaches buyers: cached names and pages forgotten, products reindexed."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from oscar.core.loading import get_model

from marketplace.core.chrome import invalidate, invalidate_listing

from .models import Term
from .selectors import TABLE_CACHE_KIND

#: The product column each kind of term is stored in; Incoterm names are not indexed.
INDEXED_COLUMNS = {Term.Kind.UNIT: "unit_of_measure", Term.Kind.DISTRICT: "origin_district"}


def forget_cached_terms():
    """The term table and the pages cached with names from it (product pages, cards)."""
    invalidate(TABLE_CACHE_KIND)
    invalidate_listing()


def term_changed(sender, instance, **kwargs):
    # After commit: a request in between would cache the old names again under the new number.
    transaction.on_commit(forget_cached_terms)
    column = INDEXED_COLUMNS.get(instance.kind)
    if column:
        transaction.on_commit(partial(_reindex_products, column, instance.code))


def _reindex_products(column, code):
    from marketplace.product_search.tasks import queue_index

    Product = get_model("catalogue", "Product")
    ids = Product.objects.filter(**{column: code}).values_list("pk", flat=True)
    # Variants are indexed through their parent (queue_index's rule).
    queue_index(list(ids))


def connect():
    post_save.connect(term_changed, sender=Term, dispatch_uid="vocabulary-term-saved")
    post_delete.connect(term_changed, sender=Term, dispatch_uid="vocabulary-term-deleted")
