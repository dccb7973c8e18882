"""Reads of the live catalogue for CMS pages: only what a buyer may open elsewhere.

A product is shown when it is browsable (public, not a variant) and stocked by an approved
seller, the rule that makes the product page answer 404 otherwise; a seller is shown when its
filing is approved. Every function costs a fixed number of queries whatever it returns.
"""

from oscar.core.loading import get_model

from marketplace.oscar_apps.partner.selectors import stocked_by
from marketplace.sellers.models import Enterprise

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

#: How many products or sellers a live block shows when an editor picked none.
DEFAULT_LIMIT = 4


def public_products():
    """Products a buyer may open: browsable and offered by an approved seller (its own
    stock, or a parent's through its variants: partner.selectors.stocked_by)."""
    approved = StockRecord.objects.filter(partner__enterprise__status=Enterprise.Status.APPROVED)
    return Product.objects.browsable().filter(stocked_by(approved))


def featured_products(picked_ids=(), category=None, limit=DEFAULT_LIMIT):
    """The editor's picks that are still public, or else the newest public products
    (of `category` and its subcategories when given)."""
    products = (public_products().select_related("product_class")
                .prefetch_related("images", "stockrecords"))
    if picked_ids:
        chosen = {product.pk: product for product in products.filter(pk__in=list(picked_ids))}
        return [chosen[pk] for pk in picked_ids if pk in chosen][:limit]
    if category is not None:
        products = products.filter(categories__path__startswith=category.path).distinct()
    return list(products.order_by("-date_created", "-pk")[:limit])


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
