"""Template access to the cached site chrome (see marketplace/core/chrome.py).

    {% chrome_cache_key as chrome %}{% cache chrome.timeout "shop-nav" chrome.version LANGUAGE_CODE %}...
    {% chrome_cache_key "listing" as listing %}
    {% category_trail category.pk as trail %}
"""

from django import template

from ..chrome import CHROME_TIMEOUT, cache_version, category_trail as trail_of

register = template.Library()


@register.simple_tag
def chrome_cache_key(kind="chrome"):
    """The timeout and version a `{% cache %}` fragment of `kind` ("chrome", "listing") is kept under."""
    return {"timeout": CHROME_TIMEOUT, "version": cache_version(kind)}


@register.simple_tag
def category_trail(category_pk):
    """The category's ancestors and itself, root first: [CategoryLink(name, url, ...)]."""
    return trail_of(category_pk) if category_pk else []
