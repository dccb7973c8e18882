"""Issue 16's crawler: from robots.txt through the sitemaps to every page in every
language, each answering 200 with reciprocal hreflang alternates and a self canonical."""

import re
from urllib.parse import urlsplit
from xml.etree import ElementTree

import extruct
import pytest
from django.conf import settings
from lxml import html

from tests.seo import schema_org

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
LANGUAGES = [code for code, _name in settings.LANGUAGES]

pytestmark = pytest.mark.django_db

# One product per cluster: the crawl reads every listed page in ten languages, so each
# product costs ten pages and their structured-data checks.
SEED_ONCE = {"products": 5}


def _path(url):
    parts = urlsplit(url)
    assert parts.scheme == "http" and parts.netloc == "testserver", url
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _get(client, url):
    response = client.get(_path(url))
    assert response.status_code == 200, url
    return b"".join(response.streaming_content) if response.streaming else response.content


def _head_links(page):
    tree = html.fromstring(page)
    canonical = tree.xpath("//head/link[@rel='canonical']/@href")
    alternates = {link.get("hreflang"): link.get("href")
                  for link in tree.xpath("//head/link[@rel='alternate'][@hreflang]")}
    return canonical, alternates


@pytest.fixture(scope="module")
def crawl(seeded_once, django_db_blocker):
    from django.test import Client

    with django_db_blocker.unblock():
        client = Client()
        robots = _get(client, "http://testserver/robots.txt").decode()
        index_url = re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1)
        index = ElementTree.fromstring(_get(client, index_url))
        sitemap_urls = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
        listed = {}  # page URL -> (sitemap URL, its xhtml:link alternates)
        for sitemap_url in sitemap_urls:
            for url in ElementTree.fromstring(_get(client, sitemap_url)).iter(f"{SITEMAP}url"):
                alternates = {link.get("hreflang"): link.get("href")
                              for link in url.iter(f"{XHTML}link")}
                listed[url.find(f"{SITEMAP}loc").text] = (sitemap_url, alternates)
        bodies = {url: _get(client, url) for url in listed}
    pages = {url: _head_links(body) for url, body in bodies.items()}
    structured = {url: extruct.extract(body.decode(), base_url=url, syntaxes=["json-ld"],
                                       uniform=True)["json-ld"]
                  for url, body in bodies.items()}
    return {"robots": robots, "sitemaps": sitemap_urls, "listed": listed, "pages": pages,
            "structured": structured}


def test_robots_txt_names_the_sitemap_index_by_absolute_url(crawl):
    assert "Sitemap: http://testserver/sitemap.xml" in crawl["robots"]


def test_the_index_names_a_sitemap_for_every_language(crawl):
    for code in LANGUAGES:
        assert any(f"/sitemaps/{code}/" in url for url in crawl["sitemaps"]), code


def test_every_product_category_and_storefront_is_found_in_every_language(crawl):
    from oscar.core.loading import get_model

    from marketplace.product_search.documents import searchable_products
    from marketplace.sellers.models import Enterprise

    listed_paths = {urlsplit(url).path for url in crawl["listed"]}
    products = list(searchable_products())
    sellers = list(Enterprise.objects.approved())
    categories = list(get_model("catalogue", "Category").objects.browsable())
    assert products and sellers and categories
    from django.utils import translation
    for code in LANGUAGES:
        with translation.override(code):
            for thing in products + sellers + categories:
                assert thing.get_absolute_url() in listed_paths, (code, thing)


def test_every_live_cms_page_is_found_in_its_language(crawl):
    from wagtail.models import Page

    listed_paths = {urlsplit(url).path for url in crawl["listed"]}
    live = [page for page in Page.objects.live().public().filter(depth__gt=1)
            if page.get_url()]
    assert live
    for page in live:
        assert page.get_url() in listed_paths, page


def test_every_listed_page_declares_itself_canonical(crawl):
    for url, (canonical, _alternates) in crawl["pages"].items():
        assert canonical == [url], url


def test_hreflang_alternates_are_reciprocal_and_match_the_sitemap(crawl):
    for url, (_canonical, alternates) in crawl["pages"].items():
        assert url in alternates.values(), url
        assert "x-default" in alternates, url
        assert alternates == crawl["listed"][url][1], url
        for lang, other in alternates.items():
            if lang == "x-default":
                continue
            assert other in crawl["pages"], (url, other)
            assert url in crawl["pages"][other][1].values(), (url, lang, other)


def test_a_product_is_listed_in_all_ten_languages(crawl):
    product_urls = [url for url in crawl["listed"] if "/catalogue/" in url and "_" in url]
    _sitemap, alternates = crawl["listed"][product_urls[0]]
    assert len(alternates) == len(LANGUAGES) + 1


def test_the_structured_data_of_every_page_validates(crawl):
    kinds = set()
    for url, items in crawl["structured"].items():
        kinds |= {item["@type"] for item in items}
        graph = schema_org.to_graph(items)
        assert schema_org.vocabulary_errors(graph) == [], url
        conforms, report = schema_org.shacl_report(graph)
        assert conforms, (url, report)
    assert {"Product", "Organization", "BreadcrumbList"} <= kinds


def test_the_home_page_and_storefronts_describe_an_organization(crawl):
    from marketplace.sellers.models import Enterprise

    for code in LANGUAGES:
        home = crawl["structured"][f"http://testserver/{code}/"]
        assert [item["@type"] for item in home] == ["Organization"], code
    seller = Enterprise.objects.approved().first()
    storefront = crawl["structured"]["http://testserver" + seller.get_absolute_url()]
    assert storefront[0]["@type"] == "Organization"
    assert storefront[0]["name"] == seller.name_en
