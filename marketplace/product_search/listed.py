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

from django.core.cache import cache
from oscar.core.loading import get_class

from marketplace.core import cards
from marketplace.core.chrome import cache_version

from .documents import searchable_products

ProductAttributesContainer = get_class("catalogue.product_attributes", "ProductAttributesContainer")

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
    products = {keys[key]: product for key, product in found.items()}
    missing = [pk for pk in keys.values() if pk not in products]
    for product in products.values():
        if product is not NOT_LISTED:
            # Kept without Oscar's attribute container (see _keep); a new, empty one, as
            # Product.__init__ makes it.
            product.attr = ProductAttributesContainer(product=product)
    if missing:
        read = cards.card_products(searchable_products().filter(pk__in=missing)).in_bulk()
        _keep({pk: read.get(pk, NOT_LISTED) for pk in missing}, version)
        products.update(read)
    return {pk: product for pk, product in products.items() if product is not NOT_LISTED}


def _keep(products, version):
    """Cache {id: product or NOT_LISTED}. Oscar's attribute container points back at its
    product: pickled with it, it more than doubled the time a page's products took to
    read back. It is left out (the cache pickles what it is given at once)."""
    containers = {pk: product.__dict__.pop("attr", None) for pk, product in products.items()
                  if product is not NOT_LISTED}
    try:
        cache.set_many({_key(pk, version): product for pk, product in products.items()}, TIMEOUT)
    finally:
        for pk, container in containers.items():
            if container is not None:
                products[pk].attr = container
