"""The seller line of a product page: who makes it, linked to their storefront, and what
the platform has checked about them.

    {% load seller_tags %}{% product_seller product %}

renders sellers/_product_seller.html; a product without an approved seller renders nothing.
"""

from django import template
from oscar.core.loading import get_model

from marketplace.sellers.models import Enterprise

StockRecord = get_model("partner", "StockRecord")

register = template.Library()


def product_enterprise(product):
    """The approved enterprise whose partner stocks `product` (or, for a parent product, one
    of its variants); None when there is none. One query; the first seller by name wins when
    several stock it."""
    if product is None or not getattr(product, "pk", None):
        return None
    prefetched = getattr(product, "_prefetched_objects_cache", {}).get("stockrecords")
    partner = StockRecord._meta.get_field("partner")
    if (prefetched is not None and not product.is_parent
            and all(partner.is_cached(record) for record in prefetched)):
        # Read with their partners (the product page's prefetch): no query at all. Records
        # fetched without them would cost two queries each; the one query below is cheaper.
        return _first_approved(prefetched)
    # A parent product is stocked through its variants, any other product by itself: one
    # indexed subquery either way. An OR of both joins made SQLite scan every stock record
    # for each product page (a quarter of a cold product page's time on 10,000 products).
    if product.is_parent:
        records = StockRecord.objects.filter(product__parent_id=product.pk)
    else:
        records = StockRecord.objects.filter(product_id=product.pk)
    return (
        Enterprise.objects.approved()
        .filter(partner__in=records.values("partner_id"))
        .order_by("name_en", "pk")
        .only("pk", "slug", "name_en", "legal_name_zh", "status", "customs_code",
              "listings_verified")
        .first()
    )


def _first_approved(records):
    """The query's answer from stock records the page already read with their partner's
    enterprise (the product page does: catalog/views.py), without asking again."""
    found = []
    for record in records:
        try:
            enterprise = record.partner.enterprise
        except Enterprise.DoesNotExist:  # a partner that is no filed enterprise
            continue
        if enterprise.status == Enterprise.Status.APPROVED:
            found.append(enterprise)
    return min(found, key=lambda e: (e.name_en or "", e.pk), default=None)


@register.inclusion_tag("sellers/_product_seller.html")
def product_seller(product):
    return {"enterprise": product_enterprise(product)}
