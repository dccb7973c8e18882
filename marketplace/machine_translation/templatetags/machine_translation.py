from django import template
from django.utils.translation import get_language

from .. import services

register = template.Library()


@register.inclusion_tag("machine_translation/_mark.html")
def machine_translation_mark(product, field="title"):
    """The "machine translated" mark when the product's field in the page's language is."""
    shown = bool(product is not None and getattr(product, "pk", None)
                 and field in _machine_fields(product, get_language()))
    return {"shown": shown, "field": field}


def _machine_fields(product, language):
    """The product's machine-made fields in `language`: one query for all of a page's marks."""
    memo = product.__dict__.setdefault("_machine_fields", {})
    if language not in memo and getattr(product, "machine_fields_language", None) == language:
        # Read with the product in the page's language (catalog/views.py).
        memo[language] = set(filter(None, (product.machine_fields_joined or "").split(",")))
    if language not in memo:
        memo[language] = services.machine_fields(product, language)
    return memo[language]
