from decimal import Decimal

from babel.numbers import format_percent
from django import template
from django.utils.translation import get_language, to_locale

register = template.Library()


@register.filter(name="rate_percent")
def rate_percent(rate):
    """A rate stored as a fraction (0.1300) as the active language writes a percentage: "13%", "13 %"."""
    if rate is None or rate == "":
        return ""
    return format_percent(Decimal(rate), format="#,##0.##%", locale=to_locale(get_language() or "en"))
