"""Whole storefront pages for anonymous visitors, from the cache.

A catalogue, product, search or CMS page is the same for every visitor who is not signed
in, has no basket, no messages and no history yet: crawlers and first visits, most of a
public site's traffic. Such a request is answered from a copy kept per path and query,
language and display currency (and the version numbers of what the page shows,
versions.py) without running the view, the template or the inner middleware.

What differs per visitor is handled on the way out:
- the CSRF token: the page is rendered with a placeholder where a form's token goes (the
  `csrf_token` context processor below, as `{% shared_cache %}` fragments do), and each
  response, the first included, gets the visitor's own token, so a cached "Add to basket"
  still posts; the CSRF middleware (outside this one) sets its cookie;
- cookies the page set: kept only when they are the same for every such visitor (the
  recently-viewed cookie of a first product page holds that product), anything else
  (a session, a basket) and the page is not kept;
- what a view records (a product view): views register it with `replay_on_hit`, and a
  cache hit replays it.

Only the URL names in PAGE_CACHE_URL_NAMES are kept, only GET answered 200, and nothing a
view marked private or no-store. The copy is compressed: a page is 60-150 KB of HTML.
"""

import hashlib
import re
import zlib
from importlib import import_module

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from marketplace.core.templatetags.chrome_tags import CSRF_SLOT

from . import versions

# A display-currency cookie's value goes into the key: a short code or nothing.
_CURRENCY_VALUE = re.compile(r"[A-Za-z]{0,8}")
_MAX_QUERY = 1024


def _is_candidate(request):
    if request.method != "GET" or "HTTP_AUTHORIZATION" in request.META:
        return False
    # Storefront pages live under a language prefix; /healthz, /static/, the sitemap and
    # the rest are left alone without a cache lookup.
    prefix = request.path_info.split("/", 2)[1]
    if not any(prefix == code for code, _name in settings.LANGUAGES):
        return False
    if len(request.META.get("QUERY_STRING", "")) > _MAX_QUERY:
        return False
    allowed = {settings.CSRF_COOKIE_NAME, settings.MARKETPLACE_CURRENCY_COOKIE,
               settings.LANGUAGE_COOKIE_NAME}
    if not set(request.COOKIES) <= allowed:
        return False
    return bool(_CURRENCY_VALUE.fullmatch(request.COOKIES.get(settings.MARKETPLACE_CURRENCY_COOKIE, "")))


def _key(request):
    where = hashlib.sha1(request.get_full_path().encode("utf-8", "surrogateescape")).hexdigest()
    return ":".join(("page", versions.current(), get_language() or "",
                     request.COOKIES.get(settings.MARKETPLACE_CURRENCY_COOKIE, ""),
                     request.scheme, request.get_host(), where))  # pages hold absolute URLs


def replay_on_hit(request, function, *args):
    """Run `function(*args)` now and again whenever this page is served from the cache.

    `function` is a dotted path (a cached page keeps names, not objects); args must be
    plain values.
    """
    module, name = function.rsplit(".", 1)
    getattr(import_module(module), name)(*args)
    if getattr(request, "page_cache_candidate", False):
        request.page_cache_replays.append((function, args))


def csrf_token(request):
    """Context processor (after Django's own): a placeholder token on a page being kept."""
    if getattr(request, "page_cache_candidate", False):
        return {"csrf_token": CSRF_SLOT}
    return {}


class AnonymousPageCacheMiddleware:
    """Placed after CsrfViewMiddleware (which reads the visitor's token before, and sets its
    cookie after) and before the authentication, messages and basket middleware, which a
    cache hit skips."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not getattr(settings, "PAGE_CACHE_SECONDS", 0) or not _is_candidate(request):
            return self.get_response(request)
        key = _key(request)
        entry = cache.get(key)
        if entry is not None:
            return self._hit(request, entry)
        request.page_cache_candidate, request.page_cache_replays = True, []
        response = self.get_response(request)
        request.page_cache_candidate = False
        # Asked for while rendering, not through the context: the real token is in the page.
        real_token = bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))
        content = b"" if response.streaming else getattr(response, "content", b"")
        slotted = CSRF_SLOT.encode() in content
        if slotted:  # this visitor's own token, as a cache hit gets it
            response.content = content.replace(CSRF_SLOT.encode(), get_token(request).encode())
        if not real_token and self._keepable(request, response):
            cache.set(key, self._entry(request, response, content, slotted),
                      settings.PAGE_CACHE_SECONDS)
        return response

    def _keepable(self, request, response):
        if response.status_code != 200 or response.streaming:
            return False
        match = getattr(request, "resolver_match", None)
        if match is None or match.view_name not in settings.PAGE_CACHE_URL_NAMES:
            return False
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return False
        control = response.get("Cache-Control", "")
        if "private" in control or "no-store" in control:
            return False
        return not set(response.cookies) - set(settings.PAGE_CACHE_SHARED_COOKIES)

    def _entry(self, request, response, content, slotted):
        headers = [(name, value) for name, value in response.items()]
        cookies = [morsel.OutputString() for morsel in response.cookies.values()]
        return (zlib.compress(content, 1), headers, cookies, slotted, request.page_cache_replays)

    def _hit(self, request, entry):
        body, headers, cookies, slotted, replays = entry
        content = zlib.decompress(body)
        if slotted:
            content = content.replace(CSRF_SLOT.encode(), get_token(request).encode())
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        for output in cookies:
            # The cookie exactly as the first response set it (its value, age and flags).
            response.cookies.load(output)
        patch_vary_headers(response, ("Cookie",))  # the display currency is a cookie
        for function, args in replays:
            module, name = function.rsplit(".", 1)
            getattr(import_module(module), name)(*args)
        return response
