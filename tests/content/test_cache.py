"""Live blocks are cached per page, language and display currency, and forgotten when a page
is published or a shown product or seller changes."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from marketplace.content.models import (
    ClusterPage,
    IndustrialParkPage,
    NewsIndexPage,
    NewsPage,
    ParkTenant,
)
from marketplace.sellers.models import Cluster

from .conftest import add_page

# `home`, `approved` and `unapproved`: made once for the module.
from .module_shared import module_approved, module_home, module_unapproved  # noqa: F401

#: Counted on a warm cache: the page's own row (and its specific row below the home page);
#: the site, the localized root, the menus and the live blocks come from the cache
#: (content/routing.py; Wagtail's own routing took 7, 9 and 8).
MAX_QUERIES = {"home": 1, "cluster": 2, "park": 2}


def queries(client, url, **extra):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    assert response.status_code == 200
    return len(captured), response.content.decode()


@pytest.fixture
def cluster(home, approved):
    return add_page(home, ClusterPage(title="Knives", slug="knives", cluster_id=Cluster.KNIVES_SCISSORS,
                                      category=approved.product.categories.get().get_parent()))


@pytest.fixture
def park(home, approved):
    page = IndustrialParkPage(title="Park", slug="park", address="Jiangcheng",
                              latitude="21.85", longitude="111.98")
    page.tenant_picks = [ParkTenant(enterprise=approved.enterprise)]
    return add_page(home, page)


def test_second_request_is_served_from_cache_with_fewer_queries(client, home, approved):
    cold, _html = queries(client, home.url)
    warm, html = queries(client, home.url)

    assert warm < cold
    assert approved.product.get_absolute_url() in html


@pytest.mark.parametrize("kind", ["home", "cluster", "park"])
def test_query_count_per_page_type_is_bounded(client, home, cluster, park, kind, approved, settings,
                                              django_assert_max_num_queries):
    url = {"home": home.url, "cluster": cluster.url, "park": park.url}[kind]
    # A returning visitor (a browsing history) is not served the anonymous copy of the
    # whole page (marketplace/page_cache): the page runs, its live blocks from the cache.
    client.cookies[settings.OSCAR_RECENTLY_VIEWED_COOKIE_NAME] = f"[{approved.product.pk}]"
    client.get(url)

    with django_assert_max_num_queries(MAX_QUERIES[kind]):
        assert client.get(url).status_code == 200


def test_publishing_news_shows_on_the_cached_home_page(client, home, django_capture_on_commit_callbacks):
    news = add_page(home, NewsIndexPage(title="News", slug="news"))
    client.get(home.url)

    with django_capture_on_commit_callbacks(execute=True):
        item = NewsPage(title="Support measures published", slug="plan", date=date(2026, 3, 1), summary="s")
        news.add_child(instance=item)
        item.save_revision().publish()

    assert "Support measures published" in client.get(home.url).content.decode()


def test_editing_a_featured_product_shows_its_new_title(client, home, approved):
    client.get(home.url)

    approved.product.title_en = "Renamed Chef Knife"
    approved.product.save()

    assert "Renamed Chef Knife" in client.get(home.url).content.decode()


def test_a_seller_suspended_since_leaves_the_cached_page(client, home, park, approved,
                                                         django_capture_on_commit_callbacks):
    assert approved.enterprise.get_absolute_url() in client.get(park.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        approved.enterprise.status = "suspended"
        approved.enterprise.save()

    assert approved.enterprise.get_absolute_url() not in client.get(park.url).content.decode()


def test_each_display_currency_gets_its_own_prices(client, home, approved, settings):
    cookie = settings.MARKETPLACE_CURRENCY_COOKIE
    client.cookies[cookie] = "USD"
    client.get(home.url)
    _count, dollars = queries(client, home.url)
    client.cookies[cookie] = "EUR"
    _count, euros = queries(client, home.url)

    def price(html):
        return html.split('class="price_color cms-price"', 1)[1].split("</p>", 1)[0]

    assert "$" in price(dollars) and "€" in price(euros)
    assert price(dollars) != price(euros)


def test_a_cold_home_page_does_not_ask_for_each_subcategorys_parent(client, home, approved):
    from django.core.cache import cache

    from tests.factories import add_category

    queries(client, home.url)
    cache.clear()  # each count below is of a cold page
    cold, html = queries(client, home.url)
    for name in ("Paring knives", "Bread knives", "Cleavers", "Santoku knives"):
        add_category(["Knives & Scissors", name])
    cache.clear()  # the category URLs Oscar keeps per language are gone too
    more, html = queries(client, home.url)

    # Four subcategories more, no query more: each subcategory's URL (its parent's slug
    # in it) comes from the cluster read with it.
    assert more <= cold
    assert "/catalogue/category/knives-scissors/cleavers_" in html
