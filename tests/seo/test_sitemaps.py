"""The sitemaps and robots.txt as a crawler reads them."""

from xml.etree import ElementTree

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalog.models import ReviewStatus
from marketplace.moderation.services import refuse_listing
from marketplace.seo import sitemaps
from tests.availability.conftest import approved_seller, list_knife
from tests.sellers.factories import UserFactory

pytestmark = pytest.mark.django_db

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _xml(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/xml")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return ElementTree.fromstring(body)


def _locs(tree):
    return [loc.text for loc in tree.iter(f"{NS}loc")]


@pytest.fixture
def five_knives(db):
    seller = approved_seller()
    return [list_knife(seller, title=f"Knife {n}") for n in range(5)]


def test_robots_txt_keeps_crawlers_out_of_private_pages_and_filtered_search(client):
    robots = client.get("/robots.txt").content.decode()
    for path in ("/*/basket/", "/*/checkout/", "/*/accounts/", "/dashboard/", "/cms/",
                 "/django-admin/", "selected_facets="):
        assert any(line.startswith("Disallow:") and path in line
                   for line in robots.splitlines()), path
    assert "Allow: /\n" in robots


def test_products_are_paged_by_key_at_the_page_size(client, five_knives, monkeypatch):
    monkeypatch.setattr(sitemaps, "PAGE_SIZE", 2)
    index = _locs(_xml(client, "/sitemap.xml"))
    french = [url for url in index if "/sitemaps/fr/products-" in url]
    assert [url.rsplit("/", 1)[1] for url in french] == [
        "products-1.xml", "products-2.xml", "products-3.xml"]
    listed = [_locs(_xml(client, url.replace("http://testserver", ""))) for url in french]
    assert [len(urls) for urls in listed] == [2, 2, 1]
    everything = [url for urls in listed for url in urls]
    assert everything == [f"http://testserver/fr{listing.product.get_absolute_url()[3:]}"
                          for listing in five_knives]
    cache.clear()  # generate it again, watching the queries
    with CaptureQueriesContext(connection) as queries:
        b"".join(client.get("/sitemaps/fr/products-3.xml").streaming_content)
    assert not any("OFFSET" in query["sql"].upper() for query in queries.captured_queries)


def test_hidden_held_and_withdrawn_sellers_products_are_not_listed(client, five_knives):
    visible, hidden, held, pending = five_knives[:4]
    suspended = list_knife(approved_seller("Another Knife Works"), title="Other knife")
    hidden.set_review(ReviewStatus.APPROVED, is_public=False)
    held.set_review(ReviewStatus.HELD, is_public=False)
    pending.set_review(ReviewStatus.PENDING, is_public=False)
    listed = _locs(_xml(client, "/sitemaps/en/products-1.xml"))
    paths = {url.replace("http://testserver", "") for url in listed}
    assert visible.product.get_absolute_url() in paths
    for gone in (hidden, held, pending):
        assert gone.product.get_absolute_url() not in paths
    assert suspended.product.get_absolute_url() in paths
    suspended.suspend()  # the cached page is forgotten at once, not when it expires
    listed = _locs(_xml(client, "/sitemaps/en/products-1.xml"))
    assert not any(suspended.product.get_absolute_url() in url for url in listed)


def test_each_url_carries_its_alternates_and_lastmod(client, five_knives):
    tree = _xml(client, "/sitemaps/ar/products-1.xml")
    url = next(tree.iter(f"{NS}url"))
    links = url.findall("{http://www.w3.org/1999/xhtml}link")
    assert len(links) == 11
    assert {link.get("hreflang") for link in links} >= {"ar", "zh-Hans", "x-default"}
    assert url.find(f"{NS}lastmod").text[:4].isdigit()


def test_a_sitemap_page_is_cached_until_it_expires(client, five_knives):
    first = b"".join(client.get("/sitemaps/en/site.xml").streaming_content)
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/sitemaps/en/site.xml")
    assert again.content == first
    assert len(queries.captured_queries) == 0


def test_unknown_languages_and_pages_are_not_found(client, five_knives):
    assert client.get("/sitemaps/xx/site.xml").status_code == 404
    assert client.get("/sitemaps/en/products-9.xml").status_code == 404


def test_storefronts_are_paged_too_and_only_approved_sellers_are_listed(client, monkeypatch):
    from tests.sellers.factories import EnterpriseFactory

    monkeypatch.setattr(sitemaps, "PAGE_SIZE", 2)
    sellers = [approved_seller(f"Knife Works {n}") for n in range(3)]
    draft = EnterpriseFactory(name_en="Still a draft")
    index = _locs(_xml(client, "/sitemap.xml"))
    pages = [url for url in index if "/sitemaps/ko/storefronts-" in url]
    assert len(pages) == 2
    listed = [url for page in pages for url in _locs(_xml(client, page[len("http://testserver"):]))]
    assert listed == [f"http://testserver/ko{seller.get_absolute_url()[3:]}" for seller in sellers]
    assert not any(draft.slug in url for url in listed)


def test_a_new_product_is_listed_at_once_and_a_taken_down_one_is_gone(
        client, five_knives, django_capture_on_commit_callbacks):
    assert len(_locs(_xml(client, "/sitemaps/de/products-1.xml"))) == 5
    with django_capture_on_commit_callbacks(execute=True):
        newcomer = list_knife(approved_seller("Yet Another Knife Works"), title="Newcomer knife")
    listed = _locs(_xml(client, "/sitemaps/de/products-1.xml"))
    assert f"http://testserver/de{newcomer.product.get_absolute_url()[3:]}" in listed
    taken_down = five_knives[1]
    with django_capture_on_commit_callbacks(execute=True):
        refuse_listing(taken_down.product, decided_by=UserFactory(is_staff=True),
                       reason="The pictures show another maker's brand.")
    listed = _locs(_xml(client, "/sitemaps/de/products-1.xml"))
    assert not any(taken_down.product.get_absolute_url()[3:] in url for url in listed)
    assert len(listed) == 5


def test_a_new_category_and_a_newly_published_page_reach_the_site_sitemap_at_once(
        client, django_capture_on_commit_callbacks):
    from wagtail.models import Locale, Page

    from marketplace.content.models import BuyerGuidePage
    from tests.factories import add_category

    before = _locs(_xml(client, "/sitemaps/en/site.xml"))
    with django_capture_on_commit_callbacks(execute=True):
        category = add_category(["Kitchenware", "Woks"])
        home = Page.objects.get(depth=2, locale=Locale.objects.get(language_code="en"))
        guide = home.add_child(instance=BuyerGuidePage(title="Shipping guide",
                                                       slug="shipping-guide"))
        guide.save_revision().publish()
    added = set(_locs(_xml(client, "/sitemaps/en/site.xml"))) - set(before)
    assert any(url.endswith(category.get_absolute_url()[3:]) for url in added), added
    assert any(url.endswith("/shipping-guide/") for url in added), added
