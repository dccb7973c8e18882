"""The sitemaps: an index naming, per language, one sitemap of the site's pages (CMS
pages, categories), then the seller storefronts and the products in pages of PAGE_SIZE.

Storefronts and products are paged by key (`pk >= first pk of the page`, LIMIT
PAGE_SIZE), the first keys read once into the cache by the index, so no page scans past
OFFSET rows. Every
URL carries its language alternates (xhtml:link) and, where known, lastmod.
"""

from collections import defaultdict
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from marketplace.core.chrome import cache_version

from . import languages

#: URLs per product sitemap: well under the protocol's 50,000 and 50 MB.
PAGE_SIZE = 5000
#: Seconds a generated sitemap page (and the page boundaries) is kept at the most: a
#: change to what it lists forgets it sooner (versions()).
CACHE_SECONDS = 900

#: What each sitemap lists, as the cache versions (core/chrome.py) its changes bump:
#: "listing" for products (their saves, stock, reviews, a seller's suspension), "sellers"
#: for storefronts, "cms" (page published or unpublished) and "chrome" (categories) for
#: the site pages.
VERSIONS = {"products": ("listing",), "storefronts": ("sellers",), "site": ("cms", "chrome")}


def versions(kind):
    """The part of a cache key that changes when what a `kind` of sitemap lists changes."""
    return ".".join(str(cache_version(name)) for name in VERSIONS[kind])

HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
          'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n')
FOOTER = "</urlset>\n"

_SLUG, _PK = "slug0sitemap", 987654321


def _public_products():
    from marketplace.product_search.documents import searchable_products

    # What the search may show: public, approved, not held, of an approved seller.
    return searchable_products()


def _public_storefronts():
    from marketplace.sellers.models import Enterprise

    return Enterprise.objects.approved()


#: The keyset-paged kinds: name in the URL → queryset of what is listed.
PAGED = {"products": _public_products, "storefronts": _public_storefronts}


def boundaries(kind):
    """First pk of each sitemap page of this kind, ascending (read once, then cached)."""
    key = f"seo:sitemap:boundaries:{kind}:{versions(kind)}"
    firsts = cache.get(key)
    if firsts is None:
        ids = PAGED[kind]().order_by("pk").values_list("pk", flat=True)
        firsts = [pk for position, pk in enumerate(ids.iterator(chunk_size=10000))
                  if position % PAGE_SIZE == 0]
        cache.set(key, firsts, CACHE_SECONDS)
    return firsts


def product_boundaries():
    return boundaries("products")


def _lastmod(when):
    return f"<lastmod>{when.date().isoformat()}</lastmod>" if when else ""


def url_entry(location, alternates, lastmod=None):
    """One <url> with its hreflang alternates: {hreflang: absolute URL} (x-default incl.)."""
    links = "".join(f'<xhtml:link rel="alternate" hreflang={quoteattr(lang)} '
                    f'href={quoteattr(href)}/>' for lang, href in alternates)
    return f"<url><loc>{xml_escape(location)}</loc>{_lastmod(lastmod)}{links}</url>\n"


def _with_default(by_language):
    from .alternates import x_default

    links = [(languages.hreflang(code), by_language[code])
             for code in languages.codes() if code in by_language]
    default = x_default(by_language)
    if default:
        links.append(("x-default", default))
    return links


def _url_pattern(name, **kwargs):
    """{language: a function of the kwargs' values → path}: reverse once, then format,
    since 5,000 products × 10 languages of reverse() would cost more than the query."""
    patterns = {}
    for code in languages.codes():
        with translation.override(code):
            patterns[code] = reverse(name, kwargs=kwargs)
    return patterns


def _page_rows(kind, page_number, *fields):
    """Rows of one page by key: pk >= the page's first pk, LIMIT PAGE_SIZE; None if no page."""
    firsts = boundaries(kind)
    if not 1 <= page_number <= len(firsts):
        return None
    return (PAGED[kind]().filter(pk__gte=firsts[page_number - 1]).order_by("pk")
            .values_list(*fields)[:PAGE_SIZE])


def _keyset_lines(language, patterns, rows, base, **slots):
    yield HEADER
    for row in rows.iterator(chunk_size=2000):
        *values, updated = row
        urls = {}
        for code, pattern in patterns.items():
            path = pattern
            for placeholder, value in zip(slots.values(), values, strict=True):
                path = path.replace(str(placeholder), str(value))
            urls[code] = base + path
        yield url_entry(urls[language], _with_default(urls), updated)
    yield FOOTER


def products(base, language, page_number):
    """Lines of one language's product sitemap page; None if there is no such page."""
    rows = _page_rows("products", page_number, "slug", "pk", "date_updated")
    if rows is None:
        return None
    patterns = _url_pattern("catalogue:detail", product_slug=_SLUG, pk=_PK)
    return _keyset_lines(language, patterns, rows, base, slug=_SLUG, pk=_PK)


def storefronts(base, language, page_number):
    """Lines of one language's storefront sitemap page; None if there is no such page."""
    rows = _page_rows("storefronts", page_number, "slug", "updated_at")
    if rows is None:
        return None
    patterns = _url_pattern("sellers:storefront", slug=_SLUG)
    return _keyset_lines(language, patterns, rows, base, slug=_SLUG)


def _cms_pages(base):
    """[(language, {language: URL}, lastmod)] of the live public CMS pages."""
    from wagtail.models import Page

    pages = (Page.objects.live().public().filter(depth__gt=1).select_related("locale")
             .order_by("path"))
    by_key = defaultdict(dict)
    entries = []
    for page in pages:
        url = page.get_url()
        if not url:
            continue
        url = url if url.startswith("http") else base + url
        by_key[page.translation_key][page.locale.language_code] = url
        entries.append((page.locale.language_code, page.translation_key,
                        page.last_published_at))
    return [(code, by_key[key], when) for code, key, when in entries]


def site_pages(base, language):
    """Lines of one language's sitemap of CMS pages and categories (hundreds, not
    thousands: one page)."""
    Category = get_model("catalogue", "Category")
    cms = [(urls, when) for code, urls, when in _cms_pages(base) if code == language]
    categories = list(Category.objects.browsable().order_by("path"))

    def lines():
        yield HEADER
        for urls, when in cms:
            yield url_entry(urls[language], _with_default(urls), when)
        for category in categories:
            urls = {}
            for code in languages.codes():
                with translation.override(code):
                    urls[code] = base + category.get_absolute_url()
            yield url_entry(urls[language], _with_default(urls))
        yield FOOTER
    return lines()


def index_entries(base):
    """Absolute URLs of the sitemaps the index names: per language, the site pages, then
    the storefronts and the products in pages."""
    counts = {kind: len(boundaries(kind)) for kind in PAGED}
    for code in languages.codes():
        yield base + reverse("seo:sitemap-site", kwargs={"language": code})
        for kind in ("storefronts", "products"):
            for number in range(1, counts[kind] + 1):
                yield base + reverse("seo:sitemap-paged", kwargs={
                    "language": code, "kind": kind, "number": number})
