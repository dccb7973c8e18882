"""Product-page helpers for B2B terms; the prices themselves come from the request's strategy."""

import functools

from babel.numbers import format_decimal
from django import template
from django.conf import settings
from django.utils.translation import get_language, to_locale
from oscar.templatetags.basket_tags import QNT_MULTIPLE, basket_form

register = template.Library()


@register.simple_tag
def trade_terms(request, product):
    """{% trade_terms request product as terms %}: the strategy's TradeTerms, or None."""
    strategy = getattr(request, "strategy", None)
    if strategy is None or not hasattr(strategy, "trade_terms"):
        return None
    return strategy.trade_terms(product)


@register.simple_tag
def minimum_order_basket_form(request, product, moq):
    """Oscar's add-to-basket form with a visible quantity that starts at the minimum order."""
    form = basket_form(request, product, quantity_type=QNT_MULTIPLE)
    if form and "quantity" in form.fields:
        form.initial["quantity"] = moq
        form.fields["quantity"].widget.attrs["min"] = moq
    return form


@register.filter
def quantity(value):
    """A count of units written the way the active language writes numbers ("1.000" in Spanish)."""
    if value is None or value == "":
        return ""
    return _formatted_quantity(value, to_locale(get_language() or settings.LANGUAGE_CODE))


# Kept per process as format_money's strings are (currency/money.py): every card writes
# its minimum order, and Babel parses the locale again on each call.
@functools.lru_cache(maxsize=4096)
def _formatted_quantity(value, locale):
    return format_decimal(value, locale=locale)
