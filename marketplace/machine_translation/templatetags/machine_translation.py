from django import template
from django.utils.translation import get_language

from .. import services

register = template.Library()


@register.inclusion_tag("machine_translation/_mark.html")
def machine_translation_mark(product, field="title"):
    """The "machine translated" mark when the product's field in the page's language is."""
    language = get_language()
    shown = bool(product is not None and getattr(product, "pk", None)
                 and services.is_machine_translated(product, field, language))
    return {"shown": shown, "field": field}
