"""Badges and the order page's review block: read from the per-request rating table."""

from django import template

from .. import badges, selectors, services

register = template.Library()


@register.simple_tag(takes_context=True)
def seller_rating_for_product(context, product, remember=False):
    """The BadgeRating of a product's seller, or None (no query when the page prefetched
    the product's stock records and the table is cached). `remember`: see
    selectors.product_partner_id."""
    return selectors.rating_for_product(product, context.get("request"), remember=remember)


@register.simple_tag(takes_context=True)
def seller_rating_for_enterprise(context, enterprise):
    return selectors.rating_for_enterprise(enterprise, context.get("request"))


@register.simple_tag(takes_context=True)
def seller_badge(context, rating, compact=False):
    """The badge of `rating` (a BadgeRating or None), kept per seller and language (badges)."""
    return badges.badge_html(rating, compact=compact, request=context.get("request"))


@register.simple_tag(takes_context=True)
def order_review_state(context, order):
    """{"review": the buyer's review or None, "can_review": bool, "enterprise": seller} for
    the buyer's order page."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if order is None or user is None or order.user_id != getattr(user, "pk", None):
        return {"review": None, "can_review": False, "enterprise": None}
    review = selectors.review_of_order(order)
    return {
        "review": review,
        "can_review": review is None and services.review_refusal(order, user) is None,
        "enterprise": review.enterprise if review else None,
    }
