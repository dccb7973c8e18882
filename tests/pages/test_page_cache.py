"""Whole pages for anonymous visitors from the cache (marketplace/page_cache): served
without running the view, each visitor still with their own CSRF token, and never to
anyone whose page would differ (signed in, a basket, another currency)."""

import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from marketplace.core.templatetags.chrome_tags import CSRF_SLOT
from marketplace.oscar_apps.analytics import product_views
from tests.factories import add_category, product_in_category, rate
from tests.sellers.factories import UserFactory

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")


@pytest.fixture
def knife():
    rate("CNY", "EUR", "0.13")
    rate("CNY", "USD", "0.14")
    category = add_category(["Knives & Scissors", "Kitchen knives"])
    return product_in_category(category, price=Decimal("100.00"), product__title_en="Chef knife")


def visitor(currency=None):
    client = Client()
    if currency:
        client.cookies[settings.MARKETPLACE_CURRENCY_COOKIE] = currency
    return client


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, len(captured)


def kept_pages():
    from django.core.cache import cache

    return sum(":page:" in key for key in cache._cache)  # the tests' local-memory cache


def token_in(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]


@pytest.mark.parametrize("page", ["product", "category", "catalogue", "search"])
def test_a_second_visitor_gets_the_page_without_the_view_running(knife, page):
    url = {
        "product": knife.get_absolute_url(),
        "category": knife.categories.get().get_absolute_url(),
        "catalogue": "/en/catalogue/",
        "search": "/en/search/?q=chef",
    }[page]
    first, _ = queries_for(visitor(), url)
    second, queries = queries_for(visitor(), url)

    assert second.status_code == 200
    assert queries == 0
    assert "Chef knife" in second.content.decode()
    assert second.content.replace(second.cookies["csrftoken"].value.encode(), b"") != b""
    assert "Cookie" in second["Vary"]


def test_each_visitor_gets_their_own_token_and_the_cached_form_posts(knife):
    url = knife.get_absolute_url()
    first, second = visitor(), visitor()
    first_html = first.get(url).content.decode()
    second_html = second.get(url).content.decode()

    assert CSRF_SLOT not in first_html and CSRF_SLOT not in second_html
    assert token_in(first_html) != token_in(second_html)
    second.handler.enforce_csrf_checks = True
    response = second.post(f"/en/basket/add/{knife.pk}/",
                           {"quantity": 1, "csrfmiddlewaretoken": token_in(second_html)})
    assert response.status_code == 302  # not 403: the token matches the visitor's cookie
    assert Basket.objects.get().lines.get().product == knife


def test_a_visitor_who_has_a_token_keeps_it(knife):
    url = knife.get_absolute_url()
    visitor().get(url)  # kept
    returning = visitor()
    returning.get("/en/catalogue/")
    cookie = returning.cookies["csrftoken"].value

    response = returning.get(url)

    returning.handler.enforce_csrf_checks = True
    assert returning.post(f"/en/basket/add/{knife.pk}/", {
        "quantity": 1, "csrfmiddlewaretoken": token_in(response.content.decode()),
    }).status_code == 302
    assert returning.cookies["csrftoken"].value == cookie


def test_each_display_currency_has_its_own_page(knife):
    url = knife.get_absolute_url()
    for _ in range(2):  # rendered, then from the cache
        euro, dollar = (visitor(code).get(url).content.decode() for code in ("EUR", "USD"))
        assert "13.00" in euro and "14.00" not in euro
        assert "14.00" in dollar and "13.00" not in dollar


def test_signed_in_buyers_and_visitors_with_a_basket_get_their_own_page(knife):
    url = knife.get_absolute_url()
    visitor().get(url)
    buyer = Client()
    buyer.force_login(UserFactory())
    _, queries = queries_for(buyer, url)
    assert queries > 0

    shopper = visitor()
    shopper.post(f"/en/basket/add/{knife.pk}/", {"quantity": 1})
    response, queries = queries_for(shopper, url)
    assert queries > 0
    assert response.status_code == 200


def test_the_recently_viewed_cookie_and_the_view_count_come_with_a_cached_page(knife):
    url = knife.get_absolute_url()
    visitor().get(url)
    response = visitor().get(url)

    assert response.cookies["oscar_history"].value.strip('"') == f"[{knife.pk}]"
    assert product_views.counter.waiting() == {knife.pk: 2}


def test_a_change_to_the_product_shows_on_the_next_page(knife):
    url = knife.get_absolute_url()
    visitor().get(url)
    knife.title_en = "Santoku knife"
    knife.save()
    assert "Santoku knife" in visitor().get(url).content.decode()


def test_a_change_outside_the_cached_fragments_forgets_the_pages(knife, django_capture_on_commit_callbacks):
    url = knife.get_absolute_url()
    visitor().get(url)
    with django_capture_on_commit_callbacks(execute=True):
        knife.get_product_class().save()  # not a listing change: the pages' own version
    _, queries = queries_for(visitor(), url)
    assert queries > 0


def test_pages_that_are_not_listed_or_not_found_are_not_kept(knife):
    assert visitor().get("/en/basket/").status_code == 200
    assert visitor().get("/en/catalogue/nothing_999999/").status_code == 404
    assert kept_pages() == 0
    visitor().get(knife.get_absolute_url())
    assert kept_pages() == 1


def test_a_page_that_sets_a_visitors_own_cookie_is_not_kept(knife, settings):
    settings.PAGE_CACHE_SHARED_COOKIES = []  # the first product page sets oscar_history
    visitor().get(knife.get_absolute_url())
    assert kept_pages() == 0


def test_an_odd_currency_cookie_or_a_long_query_skips_the_cache(knife):
    assert visitor("EUR'; DROP").get(knife.get_absolute_url()).status_code == 200
    assert visitor().get("/en/search/?q=chef&x=" + "x" * 2000).status_code == 200
    assert kept_pages() == 0


def test_the_cache_can_be_turned_off(knife, settings):
    settings.PAGE_CACHE_SECONDS = 0
    visitor().get(knife.get_absolute_url())
    assert kept_pages() == 0



def test_pages_outside_the_language_prefixes_skip_the_cache(knife, monkeypatch):
    from django.core.cache import cache

    def refuse(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "get", refuse)
    monkeypatch.setattr(cache, "get_many", refuse)
    assert visitor().get("/healthz").status_code == 200


def test_http_and_https_pages_are_kept_apart(knife):
    # A page holds absolute URLs (canonical, alternates, og:url) in its own scheme.
    url = knife.get_absolute_url()
    visitor().get(url)
    secure = visitor().get(url, secure=True).content.decode()
    assert "https://" in secure
    assert kept_pages() == 2
