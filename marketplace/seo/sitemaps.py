"""The sitemaps: an index naming, per language, one sitemap of the site's pages (CMS
pages, categories, seller storefronts) and the products in pages of PAGE_SIZE.

Products are paged by key (`pk >= first pk of the page`, LIMIT PAGE_SIZE), the first
keys read once into the cache by the index, so no page scans past OFFSET rows. Every
URL carries its language alternates (xhtml:link) and, where known, lastmod.
"""

from collections import defaultdict
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from . import languages

#: URLs per product sitemap: well under the protocol's 50,000 and 50 MB.
PAGE_SIZE = 5000
#: Seconds a generated sitemap page (and the page boundaries) is kept.
CACHE_SECONDS = 900

HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
          'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n')
FOOTER = "</urlset>\n"

_SLUG, _PK = "slug0sitemap", 987654321


def product_boundaries():
    """First product pk of each product sitemap page, ascending."""
    from marketplace.product_search.documents import searchable_products

    boundaries = cache.get("seo:sitemap:product-boundaries")
    if boundaries is None:
        ids = searchable_products().order_by("pk").values_list("pk", flat=True)
        boundaries = [pk for position, pk in enumerate(ids.iterator(chunk_size=10000))
                      if position % PAGE_SIZE == 0]
        cache.set("seo:sitemap:product-boundaries", boundaries, CACHE_SECONDS)
    return boundaries


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


def products(base, language, page_number):
    """Lines of one language's product sitemap page; None if there is no such page."""
    from marketplace.product_search.documents import searchable_products

    boundaries = product_boundaries()
    if not 1 <= page_number <= len(boundaries):
        return None
    patterns = _url_pattern("catalogue:detail", product_slug=_SLUG, pk=_PK)
    rows = (searchable_products().filter(pk__gte=boundaries[page_number - 1])
            .order_by("pk").values_list("pk", "slug", "date_updated")[:PAGE_SIZE])

    def lines():
        yield HEADER
        for pk, slug, updated in rows.iterator(chunk_size=2000):
            urls = {code: base + pattern.replace(_SLUG, slug).replace(str(_PK), str(pk))
                    for code, pattern in patterns.items()}
            yield url_entry(urls[language], _with_default(urls), updated)
        yield FOOTER
    return lines()


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
    """Lines of one language's sitemap of CMS pages, categories and storefronts."""
    from marketplace.sellers.models import Enterprise

    Category = get_model("catalogue", "Category")
    cms = [(urls, when) for code, urls, when in _cms_pages(base) if code == language]
    categories = list(Category.objects.browsable().order_by("path"))
    storefront = _url_pattern("sellers:storefront", slug=_SLUG)
    sellers = (Enterprise.objects.approved().order_by("pk")
               .values_list("slug", "updated_at"))

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
        for slug, updated in sellers.iterator(chunk_size=2000):
            urls = {code: base + pattern.replace(_SLUG, slug)
                    for code, pattern in storefront.items()}
            yield url_entry(urls[language], _with_default(urls), updated)
        yield FOOTER
    return lines()


def index_entries(base):
    """Absolute URLs of the sitemaps the index names."""
    pages = len(product_boundaries())
    for code in languages.codes():
        yield base + reverse("seo:sitemap-site", kwargs={"language": code})
        for number in range(1, pages + 1):
            yield base + reverse("seo:sitemap-products",
                                 kwargs={"language": code, "number": number})
