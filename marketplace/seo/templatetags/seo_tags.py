from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe
from django.utils.text import Truncator

from ..head import head_for

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_head(context):
    """hreflang, canonical, robots, OpenGraph, Twitter and JSON-LD tags of this page."""
    head = head_for(context)
    if head is None:
        return ""
    return head_html(head)


def head_html(head):
    """seo/head.html, written in Python: some forty escaped values (eleven language links,
    nine locales) took a twentieth of a cold listing page through the template engine.
    The template stays the specification (tests/seo/test_head_html.py renders both)."""
    e = conditional_escape
    parts = [f'<link rel="canonical" href="{e(head["canonical"])}">\n']
    parts += [f'<link rel="alternate" hreflang="{e(lang)}" href="{e(url)}">\n'
              for lang, url in head["alternates"]]
    if head["noindex"]:
        parts.append('<meta name="robots" content="noindex, follow">\n')
    parts.append(
        f'<meta property="og:type" content="{e(head["og_type"])}">\n'
        f'<meta property="og:title" content="{e(head["title"])}">\n'
        f'<meta property="og:description" content="{e(_truncated(head["description"], 300))}">\n'
        f'<meta property="og:url" content="{e(head["canonical"])}">\n'
        f'<meta property="og:site_name" content="{e(head["site_name"])}">\n'
        f'<meta property="og:locale" content="{e(head["og_locale"])}">\n'
    )
    parts += [f'<meta property="og:locale:alternate" content="{e(locale)}">\n'
              for locale in head["og_locale_alternates"]]
    image = head["image"]
    if image:
        parts.append(f'<meta property="og:image" content="{e(image)}">\n'
                     f'<meta name="twitter:image" content="{e(image)}">\n')
    parts.append(
        f'<meta name="twitter:card" content="{"summary_large_image" if image else "summary"}">\n'
        f'<meta name="twitter:title" content="{e(head["title"])}">\n'
        f'<meta name="twitter:description" content="{e(_truncated(head["description"], 200))}">\n'
    )
    parts += [f'<script type="application/ld+json">{e(data)}</script>\n' for data in head["json_ld"]]
    parts.append("\n")  # the template's last line break
    return mark_safe("".join(parts))


def _truncated(value, length):
    # Django's truncatechars filter: safe input stays safe.
    text = Truncator(str(value)).chars(length)
    return mark_safe(text) if isinstance(value, SafeData) else text
