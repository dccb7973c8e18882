"""Printing text people outside the platform wrote.

    {% load sanitize_tags %}
    {{ product.description|sanitize_html }}   rich text: the allow-list of core/sanitize.py
    <a href="{{ enterprise.website|safe_url }}">   a link only if it is http(s)

Use these instead of `|safe`: the models clean on save, but a value written past them
(a queryset `.update()`, raw SQL, a restored backup) must still not run on the page.
"""

from django import template
from django.utils.safestring import mark_safe

from marketplace.core import sanitize

register = template.Library()


@register.filter(is_safe=True)
def sanitize_html(value):
    return mark_safe(sanitize.clean_html(value))


@register.filter
def safe_url(value):
    # Not marked safe: the URL is still attribute-escaped by the template.
    return sanitize.safe_url(value)
