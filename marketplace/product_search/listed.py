"""The products of a page of search results, with what their cards read, kept a minute.

A backend answers with ids; the products are read again from the database, so that one
taken down since it was indexed is not shown. On a cold listing page that read cost more
than any other query: Django building and compiling the query (the seller-status
subquery, the options annotations, fifty-odd columns), then a model, its class and its
stock record made for each of twenty cards (about a third of the search's time). The
same products are listed again and again: a category's first page in ten languages and
as many display currencies, the next search for the same words. Each product is kept
here, as read, under the "listing" version, which every change to a product, its stock
record, class, options or seller bumps (core/apps.py): a page whose products are all
kept runs no query for them.

A product that is no longer listed is kept too (as NOT_LISTED), so that the index's
lag behind a takedown costs one query, not one per page. The stock allocated by an
order is written without a save signal; the minute is how long a card's availability
may lag, as the cached result pages already do (oscar_apps/search/views.py).
"""

import copy

from django.core.cache import cache
from oscar.core.loading import get_class, get_model

from marketplace.core import cards
from marketplace.core.chrome import cache_version

from .documents import searchable_products

ProductAttributesContainer = get_class("catalogue.product_attributes", "ProductAttributesContainer")
StockRecord = get_model("partner", "StockRecord")

TIMEOUT = 60
#: Kept for an id that is no longer listed (None cannot be told from a missing entry).
NOT_LISTED = 0


def _key(pk, version):
    return f"listed-product:{version}:{pk}"


def listed_products(ids):
    """{id: product} of the `ids` buyers may still find, each with what its card reads."""
    version = cache_version("listing")
    keys = {_key(pk, version): pk for pk in ids}
    found = cache.get_many(list(keys))
    products = {keys[key]: _read_back(kept) for key, kept in found.items()}
    missing = [pk for pk in keys.values() if pk not in products]
    if missing:
        read = cards.card_products(searchable_products().filter(pk__in=missing)).in_bulk()
        cache.set_many({_key(pk, version): _kept(read[pk]) if pk in read else NOT_LISTED
                        for pk in missing}, TIMEOUT)
        products.update(read)
    return {pk: product for pk, product in products.items() if product is not NOT_LISTED}


# What is kept of a product: the row (with its class) and its stock records as a plain list.
# Pickled as read, a product took three times as long to read back: its prefetched stock
# records are a QuerySet, pickled with its query and the product again, and Oscar's
# attribute container points back at the product too.


def _kept(product):
    row = copy.copy(product)
    row.__dict__.pop("attr", None)
    row._state = copy.copy(product._state)
    row._prefetched_objects_cache = {}
    records = []
    for record in product.stockrecords.all():
        record = copy.copy(record)
        record._state = copy.copy(record._state)
        record._state.fields_cache = {name: value for name, value in record._state.fields_cache.items()
                                      if name != "product"}
        records.append(record)
    return (row, records)


def _read_back(kept):
    if kept is NOT_LISTED:
        return NOT_LISTED
    product, records = kept
    product.attr = ProductAttributesContainer(product=product)  # as Product.__init__ makes it
    for record in records:
        record._state.fields_cache["product"] = product
    product._prefetched_objects_cache = {"stockrecords": KeptRecords(records, product)}
    return product


class KeptRecords(list):
    """A kept product's stock records, where its prefetched QuerySet stood: a list for what
    the cards and the pricing strategy do with them (`all()`, `[0]`, `len`, iterate), and
    the product's own stock-record QuerySet for anything else (`filter()`, `exists()`...),
    so code that asks more of it gets what it would have got from the prefetch."""

    def __init__(self, records, product):
        super().__init__(records)
        self._product = product

    def all(self):
        return self

    def count(self, *args):
        return super().count(*args) if args else len(self)

    def exists(self):
        return bool(self)

    def first(self):
        return self[0] if self else None

    def __getattr__(self, name):
        # Only what a list lacks (filter, order_by, values_list...): the database, as a
        # QuerySet of the product's stock records answers it.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(StockRecord._default_manager.filter(product=self._product), name)

    def __reduce__(self):
        return (list, (list(self),))
