"""The seller line of a product page: who makes it, linked to their storefront, and what
the platform has checked about them.

    {% load seller_tags %}{% product_seller product %}

renders sellers/_product_seller.html; a product without an approved seller renders nothing.
"""

from django import template
from django.db.models import Q

from marketplace.sellers.models import Enterprise

register = template.Library()


def product_enterprise(product):
    """The approved enterprise whose partner stocks `product` (or, for a parent product, one
    of its variants); None when there is none. One query; the first seller by name wins when
    several stock it."""
    if product is None or not getattr(product, "pk", None):
        return None
    return (
        Enterprise.objects.approved()
        .filter(partner__isnull=False)
        .filter(Q(partner__stockrecords__product=product)
                | Q(partner__stockrecords__product__parent=product))
        .order_by("name_en", "pk")
        .only("pk", "slug", "name_en", "legal_name_zh", "status", "customs_code",
              "listings_verified")
        .first()
    )


@register.inclusion_tag("sellers/_product_seller.html")
def product_seller(product):
    return {"enterprise": product_enterprise(product)}
