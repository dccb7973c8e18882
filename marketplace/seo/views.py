"""robots.txt and the sitemaps, served outside the language prefix."""

import zlib

from django.core.cache import cache
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from . import languages, sitemaps

XML = "application/xml; charset=utf-8"

#: Paths crawlers have no business in: private pages, and search pages narrowed by
#: filters (endless combinations of one result list; the unfiltered pages are indexed).
DISALLOWED = (
    "/*/basket/", "/*/checkout/", "/*/accounts/", "/*/buyers/", "/*/orders/", "/*/rfq/",
    "/dashboard/", "/cms/", "/django-admin/", "/i18n/", "/currency/",
    "/*/search/*selected_facets=", "/*/search/*&", "/*/catalogue/*?*selected_facets=",
)


def _base(request):
    # The request's own scheme and host: https behind the proxy (SECURE_PROXY_SSL_HEADER).
    return request.build_absolute_uri("/").rstrip("/")


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Disallow: {path}" for path in DISALLOWED]
    lines += ["", f"Sitemap: {_base(request)}{reverse('seo:sitemap-index')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def sitemap_index(request):
    base = _base(request)
    body = ['<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n']
    body += [f"<sitemap><loc>{url}</loc></sitemap>\n" for url in sitemaps.index_entries(base)]
    body.append("</sitemapindex>\n")
    return HttpResponse("".join(body), content_type=XML)


def _cached_stream(key, make_lines):
    """The cached sitemap page, or a stream of a fresh one that is cached once complete.

    Kept compressed: a page of 5,000 URLs with ten alternates each is some 6 MB of XML,
    and ten languages of twenty pages would fill Redis; zlib makes it twenty times less.
    """
    cached = cache.get(key)
    if cached is not None:
        return HttpResponse(zlib.decompress(cached), content_type=XML)
    lines = make_lines()
    if lines is None:
        raise Http404("No such sitemap")

    def stream():
        parts = []
        for line in lines:
            parts.append(line)
            yield line
        cache.set(key, zlib.compress("".join(parts).encode(), 6), sitemaps.CACHE_SECONDS)
    return StreamingHttpResponse(stream(), content_type=XML)


def _check_language(language):
    if language not in languages.codes():
        raise Http404("No such language")


@require_GET
def sitemap_site(request, language):
    _check_language(language)
    base = _base(request)
    return _cached_stream(f"seo:sitemap:{base}:{language}:site:{sitemaps.versions('site')}",
                          lambda: sitemaps.site_pages(base, language))


@require_GET
def sitemap_paged(request, language, kind, number):
    _check_language(language)
    if kind not in sitemaps.PAGED:
        raise Http404("No such sitemap")
    base = _base(request)
    make = sitemaps.products if kind == "products" else sitemaps.storefronts
    return _cached_stream(f"seo:sitemap:{base}:{language}:{kind}:{number}:{sitemaps.versions(kind)}",
                          lambda: make(base, language, number))
