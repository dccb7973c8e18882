"""The language versions of a page (hreflang) and its canonical address.

Shop pages exist in every language at the same path under another prefix, so Django's
translate_url finds them. A CMS page exists only where it has a live translation
(wagtail-localize keeps each translation a page of its own, sharing a translation_key).
"""

import functools
from urllib.parse import unquote, urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import NoReverseMatch, Resolver404, get_urlconf, resolve, reverse
from django.utils.translation import get_language, override

from . import languages

#: Query parameters that say which page of a list this is: part of the address.
PAGING_PARAMS = ("page",)
#: Parameters that name what is searched for: part of a search page's address.
QUERY_PARAMS = ("q",)
#: Parameters that change neither what a page holds nor its order for a crawler:
#: tracking, display currency, sort order. Dropped from the canonical address.
IGNORED_PARAMS = ("sort_by", "sort", "currency", "ref", "gclid", "fbclid", "msclkid",
                  "yclid", "_ga")
IGNORED_PREFIXES = ("utm_",)


def _ignored(name):
    return name in IGNORED_PARAMS or name.startswith(IGNORED_PREFIXES)


def is_filtered(query):
    """Whether a query string narrows the page's results (a faceted search, a filter):
    such pages are not indexed, their unfiltered page is."""
    return any(name not in PAGING_PARAMS + QUERY_PARAMS and not _ignored(name)
               for name in query)


def canonical_query(query):
    """The part of the query string kept in the canonical address: the search words,
    and the page number unless the page is filtered (page 3 of a filter is not page 3
    of the unfiltered list) or the first."""
    kept = []
    words = " ".join((query.get("q") or "").split())[:200]
    if words:
        kept.append(("q", words))
    page = query.get("page") or ""
    if page.isdigit() and int(page) > 1 and not is_filtered(query):
        kept.append(("page", str(int(page))))
    return urlencode(kept)


def _with_query(path, query):
    return f"{path}?{query}" if query else path


#: Seconds a CMS page's list of translations is kept: a newly published translation is
#: announced by its siblings within this time (it announces them at once).
CMS_CACHE_SECONDS = 300


def cms_alternates(page):
    """{language code: path} of the page's live translations, the page itself included.
    Cached: one cache read per page view instead of a query and a URL per translation."""
    # A timestamp, not the datetime's str(): memcached refuses keys with spaces.
    published = page.last_published_at.timestamp() if page.last_published_at else 0
    key = f"seo:cms-alternates:{page.translation_key}:{page.pk}:{published}"
    alternates = cache.get(key)
    if alternates is None:
        alternates = _live_translations(page)
        cache.set(key, alternates, CMS_CACHE_SECONDS)
    return alternates


def _live_translations(page):
    from wagtail.models import Page

    from marketplace.content.restrictions import public

    alternates = {}
    translations = public(Page.objects.live().filter(translation_key=page.translation_key)
                          .select_related("locale"))
    for translation in translations:
        url = translation.get_url()
        if url:
            alternates[translation.locale.language_code] = url
    return alternates


def shop_alternates(path, match=None):
    """{language code: path} of a shop page: the same page under each language prefix.

    `match`: the path's ResolverMatch when the caller has it (a request's resolver_match),
    so that a page not seen before is not resolved a second time (~2 ms with the shop's URL
    patterns, a product page's SEO head's largest part on spread traffic).
    """
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    if match is None:
        try:
            match = resolve(unquote(path))
        except Resolver404:
            return {get_language(): path}
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    route = (name, tuple(match.args), tuple(sorted(match.kwargs.items())))
    return dict(_translated_paths(path, route, get_language(), tuple(languages.codes()), urlconf))


# Reversing a path in ten languages costs a few ms of a page's CPU, and the answer depends
# on nothing but the path, the active language and the URL patterns (no pattern reads the
# database), so each process keeps the answers for the paths it serves most. Bounded:
# spread traffic over 100,000 product URLs only evicts older entries.
@functools.lru_cache(maxsize=8192)
def _translated_paths(path, route, current, codes, urlconf):
    # Django's translate_url for each language, from the route the path resolved to (in the
    # active language, whichever language it is translated to).
    name, args, kwargs = route
    alternates = {}
    for code in codes:
        with override(code):
            try:
                translated = reverse(name, args=args, kwargs=dict(kwargs))
            except NoReverseMatch:
                translated = path
        # As translate_url: a path that cannot be reversed in a language stays as it was.
        if code == current or translated != path:
            alternates[code] = translated
    return tuple(alternates.items())


@receiver(setting_changed)
def _forget_translated_paths(setting, **_kwargs):
    # Tests swap URL patterns or languages; a deployment changes them only with a restart.
    if setting in {"ROOT_URLCONF", "LANGUAGES", "LANGUAGE_CODE"}:
        _translated_paths.cache_clear()


def x_default(alternates):
    """The version shown to a reader of none of the languages: the default language's,
    else the first that exists."""
    if settings.LANGUAGE_CODE in alternates:
        return alternates[settings.LANGUAGE_CODE]
    for code in languages.codes():
        if code in alternates:
            return alternates[code]
    return None


def for_request(request, cms_page=None):
    """(canonical absolute URL, [(hreflang, absolute URL)], noindex) of this request."""
    query = canonical_query(request.GET)
    if cms_page is not None:
        paths = cms_alternates(cms_page) or {get_language(): request.path}
    else:
        match = getattr(request, "resolver_match", None)
        paths = shop_alternates(request.path, match if request.path == request.path_info else None)
    absolute = {code: request.build_absolute_uri(_with_query(path, query))
                for code, path in paths.items()}
    links = [(languages.hreflang(code), absolute[code])
             for code in languages.codes() if code in absolute]
    default = x_default(absolute)
    if default:
        links.append(("x-default", default))
    canonical = request.build_absolute_uri(_with_query(request.path, query))
    return canonical, links, is_filtered(request.GET)
