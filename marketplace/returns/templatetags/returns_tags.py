from django import template

from .. import selectors

register = template.Library()


@register.simple_tag
def buyer_returns(order):
    """`{% buyer_returns order as returns %}`: the seller's commitment, whether a return may
    be asked now (and why not), and the order's return requests."""
    verdict = selectors.eligibility(order)
    return {"verdict": verdict, "policy": verdict.policy, "requests": list(selectors.requests_of_order(order)),
            "retail": selectors.is_retail(order)}


@register.simple_tag(takes_context=True)
def seller_returns(context, order):
    """`{% seller_returns order as cases %}`: the order's return requests, for its seller or
    staff only (an empty list for anyone else)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    cases = list(selectors.requests_of_order(order).select_related("partner"))
    if not cases or not (selectors.is_admin(user) or cases[0].partner.users.filter(pk=user.pk).exists()):
        return []
    return cases
