"""Template access to the cached site chrome (see marketplace/core/chrome.py).

    {% chrome_cache_key as chrome %}{% cache chrome.timeout "shop-nav" chrome.version LANGUAGE_CODE %}...
    {% chrome_cache_key "listing" as listing %}
    {% category_trail category.pk as trail %}
    {% shared_cache 60 "card" listing.version product.pk LANGUAGE_CODE %}...{% endshared_cache %}
"""

from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe

from ..chrome import CHROME_TIMEOUT, cache_version, sidebar_tree
from ..chrome import category_trail as trail_of

register = template.Library()


@register.simple_tag
def chrome_cache_key(kind="chrome"):
    """The timeout and version a `{% cache %}` fragment of `kind` ("chrome", "listing") is kept under."""
    return {"timeout": CHROME_TIMEOUT, "version": cache_version(kind)}


@register.simple_tag
def category_sidebar():
    """The catalogue sidebar's category tree (core.chrome.sidebar_tree)."""
    return sidebar_tree()


@register.simple_tag
def category_trail(category_pk):
    """The category's ancestors and itself, root first: [CategoryLink(name, url, ...)]."""
    return trail_of(category_pk) if category_pk else []


#: Stands for the visitor's CSRF token in cached HTML; alphanumeric, so escaping leaves it alone.
CSRF_SLOT = "csrfslot0b5e7c1d9a4f"


def shared_cache_key(*parts):
    """The cache key of a `{% shared_cache %}` fragment, for views that look before rendering."""
    return "shared:" + ":".join(map(str, parts))


@register.tag
def shared_cache(parser, token):
    """Like `{% cache %}`, for HTML that holds forms: one copy for every visitor.

        {% shared_cache TIMEOUT KEY... [anonymous] [loading OBJECT] %}...{% endshared_cache %}

    The fragment is rendered once with a placeholder for the CSRF token, which each
    request's own token replaces, so a cached "Add to basket" form still posts.
    `anonymous`: signed-in visitors (who may see staff links, their wish lists) get the
    fragment rendered for them, uncached. `loading OBJECT`: OBJECT.load() is called
    before rendering a missing fragment, so a view can fetch what only the fragment
    reads (prefetches) when it is not in the cache.
    """
    bits = token.split_contents()
    if len(bits) < 3:
        raise template.TemplateSyntaxError(f"{bits[0]} takes a timeout and at least one key part")
    loading = None
    if len(bits) > 3 and bits[-2] == "loading":
        loading = parser.compile_filter(bits[-1])
        bits = bits[:-2]
    anonymous_only = bits[-1] == "anonymous"
    if anonymous_only:
        bits = bits[:-1]
    nodelist = parser.parse(("endshared_cache",))
    parser.delete_first_token()
    return SharedCacheNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]],
        anonymous_only, loading,
    )


class SharedCacheNode(template.Node):
    def __init__(self, nodelist, timeout, key_parts, anonymous_only, loading):
        self.nodelist, self.timeout, self.key_parts = nodelist, timeout, key_parts
        self.anonymous_only, self.loading = anonymous_only, loading

    def render(self, context):
        request = context.get("request")
        user = getattr(request, "user", None)
        if request is None or (self.anonymous_only and user is not None and user.is_authenticated):
            with context.push(**self.load(context)):
                return self.nodelist.render(context)
        key = shared_cache_key(*(part.resolve(context) for part in self.key_parts))
        html = cache.get(key)
        if html is None:
            with context.push(**self.load(context), csrf_token=CSRF_SLOT):
                html = self.nodelist.render(context)
            cache.set(key, str(html), self.timeout.resolve(context))
        if CSRF_SLOT in html:
            # The context processor's lazy token: reading it sets the visitor's CSRF cookie.
            html = html.replace(CSRF_SLOT, str(context.get("csrf_token", "")))
        return mark_safe(html)

    def load(self, context):
        if self.loading is None:
            return {}
        return self.loading.resolve(context).load() or {}
