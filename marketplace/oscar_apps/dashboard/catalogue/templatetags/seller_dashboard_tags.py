"""What the product dashboard shows a seller about a listing's languages and review."""

from django import template
from django.conf import settings

from catalog.selectors import missing_translations

register = template.Library()


@register.simple_tag
def missing_languages(product):
    """{% missing_languages product as languages %}: [(code, name), ...] whose title or
    description is still empty, in the order of settings.LANGUAGES."""
    names = dict(settings.LANGUAGES)
    return [(code, names[code]) for code in missing_translations(product)]
