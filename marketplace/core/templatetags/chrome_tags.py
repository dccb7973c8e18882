"""Template access to the cached site chrome (see marketplace/core/chrome.py).

    {% chrome_cache_key as chrome %}{% cache chrome.timeout "shop-nav" chrome.version LANGUAGE_CODE %}...
    {% chrome_cache_key "listing" as listing %}
    {% category_trail category.pk as trail %}
    {% shared_cache 60 "card" listing.version product.pk LANGUAGE_CODE %}...{% endshared_cache %}
"""

from django import template
from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from ..chrome import CHROME_TIMEOUT, cache_version, cached_under, sidebar_tree
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
        return _with_visitor_token(html, context)

    def load(self, context):
        if self.loading is None:
            return {}
        return self.loading.resolve(context).load() or {}


def _with_visitor_token(html, context):
    """Kept HTML with this visitor's CSRF token where the placeholder stands."""
    if CSRF_SLOT in html:
        # The context processor's lazy token: reading it sets the visitor's CSRF cookie.
        html = html.replace(CSRF_SLOT, str(context.get("csrf_token", "")))
    return mark_safe(html)


# --- the page header, once per language and currency -------------------------------------------
# The header (language and currency switchers, mini basket, menus, search box) is the same
# for every visitor who is not signed in and has no basket yet, apart from three values
# written into it: the page's path (where the switchers return to), its path without the
# language prefix, and the search box's words. Rendered through Oscar's nested partials it
# took a fifth of a cold product page (about 6 ms of 30, README "Benchmarks", fourth run);
# kept with placeholders for those values, it is a cache read and four replacements.

#: {context variable: its placeholder in the kept copy}; alphanumeric, so escaping leaves
#: the placeholders alone.
PAGE_SLOTS = {
    "chrome_full_path": "pathslot3c8e1f0a7b2d",
    "language_neutral_url_path": "neutralslot5d2a9e7c4b1f",
    "chrome_query": "queryslot9f4b2c6e1a8d",
}


def _page_values(context):
    """{context variable: this page's value} of the values the header writes in."""
    request = context.get("request")
    search_form = context.get("search_form")
    query = ""
    if search_form is not None and "q" in getattr(search_form, "fields", {}):
        query = search_form["q"].value()
    return {
        "chrome_full_path": request.get_full_path() if request is not None else "",
        "language_neutral_url_path": context.get("language_neutral_url_path", ""),
        "chrome_query": "" if query is None else str(query),
    }


def _plain_visitor(request):
    """Not signed in and no basket of their own: the header says nothing about them."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    basket = getattr(request, "basket", None)
    return basket is None or getattr(basket, "id", None) is None


@register.tag
def header_fragment(parser, token):
    """`{% header_fragment NAME %}...{% endheader_fragment %}`: part of the page header, kept
    per site, language and display currency for visitors with nothing of their own in it.

    Inside, `chrome_full_path`, `language_neutral_url_path` and `chrome_query` hold the
    page's path, its path without the language prefix and the search words (placeholders
    in the kept copy, this page's values once served); the CSRF token is handled as in
    `{% shared_cache %}`. Kept until the chrome changes (categories, CMS menu pages)."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one name")
    nodelist = parser.parse(("endheader_fragment",))
    parser.delete_first_token()
    return HeaderFragmentNode(nodelist, parser.compile_filter(bits[1]))


class HeaderFragmentNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist, self.name = nodelist, name

    def render(self, context):
        values = _page_values(context)
        request = context.get("request")
        if request is None or not _plain_visitor(request):
            with context.push(**values):
                return self.nodelist.render(context)
        def render_kept_copy():
            with context.push(csrf_token=CSRF_SLOT, **PAGE_SLOTS):
                return str(self.nodelist.render(context))

        # Under the chrome's version, so each process keeps its own copy too (cached_under).
        html = cached_under("chrome", "header", render_kept_copy, self.name.resolve(context),
                            request.get_host(), get_language(),
                            getattr(request, "display_currency", ""))
        for name, slot in PAGE_SLOTS.items():
            if slot in html:
                html = html.replace(slot, escape(values[name]))
        return _with_visitor_token(html, context)
