from django import template
from django.template.loader import render_to_string

from ..head import head_for

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_head(context):
    """hreflang, canonical, robots, OpenGraph, Twitter and JSON-LD tags of this page."""
    head = head_for(context)
    if head is None:
        return ""
    return render_to_string("seo/head.html", {"head": head})
