from django import template

from ..money import format_money

register = template.Library()


@register.filter(name="money")
def money(amount, currency):
    """{{ amount|money:"EUR" }} formatted for the active language."""
    if amount is None or amount == "":
        return ""
    return format_money(amount, currency)
