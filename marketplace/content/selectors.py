"""Reads of the live catalogue for CMS pages: only what a buyer may open elsewhere.

A product is shown when it is browsable (public, not a variant) and stocked by an approved
seller, the rule that makes the product page answer 404 otherwise; a seller is shown when its
filing is approved. Every function costs a fixed number of queries whatever it returns.
"""

from django.core.cache import cache
from oscar.core.loading import get_model

from marketplace.core.cards import without_long_texts
from marketplace.core.chrome import cache_version
from marketplace.oscar_apps.partner.selectors import stocked_by
from marketplace.sellers.models import Enterprise

Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
StockRecord = get_model("partner", "StockRecord")

#: How many products or sellers a live block shows when an editor picked none.
DEFAULT_LIMIT = 4
#: Seconds the newest products' ids are kept at most (the listing version forgets them first).
NEWEST_TIMEOUT = 60 * 60


def public_products():
    """Products a buyer may open: browsable and offered by an approved seller (its own
    stock, or a parent's through its variants: partner.selectors.stocked_by)."""
    approved = StockRecord.objects.filter(partner__enterprise__status=Enterprise.Status.APPROVED)
    return Product.objects.browsable().filter(stocked_by(approved))


def featured_products(picked_ids=(), category=None, limit=DEFAULT_LIMIT):
    """The editor's picks that are still public, or else the newest public products
    (of `category` and its subcategories when given)."""
    # What the live block shows (content/_live_blocks.html): title, link and price; no
    # picture, no description (ten languages of it a product).
    products = without_long_texts(public_products().select_related("product_class")
                                  .prefetch_related("stockrecords"))
    if not picked_ids:
        picked_ids = newest_product_ids(category, limit)
    chosen = {product.pk: product for product in products.filter(pk__in=list(picked_ids))}
    return [chosen[pk] for pk in picked_ids if pk in chosen][:limit]


def newest_product_ids(category=None, limit=DEFAULT_LIMIT):
    """The ids of the newest public products (of `category` and its subcategories), kept
    until the catalogue changes: finding them walks the whole cluster (20-50 ms on the
    10,000-product demo), and every language and display currency of a page asks."""
    key = f"cms-newest:{cache_version('listing')}:{category.pk if category else ''}:{limit}"
    ids = cache.get(key)
    if ids is None:
        products = public_products()
        if category is not None:
            # A semi-join, not a join with DISTINCT: PostgreSQL de-duplicated every product
            # of the cluster, long texts in ten languages included, before keeping the
            # newest four (70 ms of a cold cluster page).
            in_category = ProductCategory.objects.filter(category__path__startswith=category.path)
            products = products.filter(pk__in=in_category.values("product_id"))
        ids = list(products.order_by("-date_created", "-pk").values_list("pk", flat=True)[:limit])
        cache.set(key, ids, NEWEST_TIMEOUT)
    return ids


def leading_sellers(picked_ids=(), cluster_code=None, limit=DEFAULT_LIMIT):
    """The editor's picks that are approved, or else approved sellers of the cluster,
    those whose listings the platform verified first."""
    sellers = Enterprise.objects.approved().only(
        "pk", "slug", "name_en", "legal_name_zh", "status", "customs_code", "listings_verified")
    if picked_ids:
        chosen = {seller.pk: seller for seller in sellers.filter(pk__in=list(picked_ids))}
        return [chosen[pk] for pk in picked_ids if pk in chosen][:limit]
    if cluster_code:
        sellers = sellers.filter(clusters__code=cluster_code)
    return list(sellers.order_by("-listings_verified", "name_en", "pk")[:limit])


def approved_sellers(ids):
    """The approved sellers among `ids`, in that order (park tenants)."""
    return leading_sellers(picked_ids=list(ids), limit=len(ids) or 1) if ids else []
