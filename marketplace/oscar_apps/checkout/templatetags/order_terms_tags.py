"""The agreed trade terms of an order, as stored at checkout, for the order pages."""

from decimal import Decimal, InvalidOperation

from django import template

register = template.Library()


@register.inclusion_tag("oscar/checkout/_order_terms.html", takes_context=True)
def order_trade_terms(context, order, *, show_cny=False):
    terms = getattr(order, "trade_terms", None) or {}
    freight = terms.get("freight") or {}
    try:
        freight_cny = Decimal(freight["charge_cny"]) if freight.get("charge_cny") is not None else None
    except (InvalidOperation, TypeError):
        freight_cny = None
    lines_cny = None
    if show_cny:
        amounts = [line.line_price_cny for line in order.lines.all()]
        if amounts and all(amount is not None for amount in amounts):
            lines_cny = sum(amounts, Decimal("0.00"))
    return {"order": order, "terms": terms, "freight": freight, "freight_cny": freight_cny,
            "lines_cny": lines_cny, "show_cny": show_cny}
