"""{% load vocabulary %}: a controlled term's name in the page's language.

    {{ product.origin_district|term:"district" }}   {{ offer.term|term:"incoterm" }}

The name is data an editor typed: it comes out as text, escaped by the template.
"""

from django import template

from ..selectors import term_name

register = template.Library()


@register.filter
def term(code, kind):
    return term_name(kind, code)
