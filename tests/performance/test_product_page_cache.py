"""The product page's cached parts are shared by anonymous visitors and nothing of one
visitor's (CSRF token, session, basket, messages, staff links) reaches another."""

import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.middleware.csrf import _does_token_match
from django.test import Client
from django.utils import translation

from marketplace.core.chrome import invalidate
from marketplace.core.templatetags.chrome_tags import CSRF_SLOT
from tests.factories import add_category, product_in_category, rate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english(db):
    with translation.override("en"):
        yield


@pytest.fixture
def knife(db):
    rate("CNY", "EUR", "0.13")
    rate("CNY", "USD", "0.14")
    category = add_category(["Knives & Scissors", "Kitchen knives"])
    return product_in_category(category, price=Decimal("9496.15"), num_in_stock=8000)


def visitor(currency="EUR"):
    client = Client(enforce_csrf_checks=True)
    client.cookies[settings.MARKETPLACE_CURRENCY_COOKIE] = currency
    return client


def page(client, product):
    response = client.get(product.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def form_token(html):
    form = html.split('id="add_to_basket_form"')[1].split("</form>")[0]
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)[1]


def add_to_basket(client, product, html):
    return client.post(f"/en/basket/add/{product.pk}/",
                       {"quantity": 1, "csrfmiddlewaretoken": form_token(html)})


def test_each_anonymous_visitor_gets_their_own_csrf_token_in_the_cached_form(knife):
    first, second = visitor(), visitor()
    first_html, second_html = page(first, knife), page(second, knife)  # the second is cached

    first_secret = first.cookies[settings.CSRF_COOKIE_NAME].value
    second_secret = second.cookies[settings.CSRF_COOKIE_NAME].value
    assert first_secret != second_secret
    assert _does_token_match(form_token(first_html), first_secret)
    assert _does_token_match(form_token(second_html), second_secret)
    assert not _does_token_match(form_token(second_html), first_secret)
    assert CSRF_SLOT not in second_html


def test_a_visitor_served_the_cached_form_can_add_to_their_basket(knife):
    page(visitor(), knife)  # renders and caches the body
    buyer = visitor()
    html = page(buyer, knife)

    assert add_to_basket(buyer, knife, html).status_code == 302


def test_one_visitors_basket_and_messages_do_not_reach_the_next(knife):
    buyer, passer_by = visitor(), visitor()
    add_to_basket(buyer, knife, page(buyer, knife))
    buyer_html = page(buyer, knife)  # shows the message of the addition
    assert "has been added to your cart" in buyer_html
    assert "Your cart total is now" in buyer_html

    html = page(passer_by, knife)

    assert "has been added to your cart" not in html
    assert "Your cart total is now" not in html
    assert settings.SESSION_COOKIE_NAME not in passer_by.cookies or (
        passer_by.cookies[settings.SESSION_COOKIE_NAME].value
        != buyer.cookies[settings.SESSION_COOKIE_NAME].value)
    assert form_token(html) != form_token(buyer_html)


@pytest.mark.parametrize("staff_first", [True, False])
def test_signed_in_staff_and_anonymous_visitors_each_see_their_own_page(knife, staff_first):
    staff = visitor()
    staff.force_login(get_user_model().objects.create_user(
        username="editor", email="editor@example.com", password="x", is_staff=True))
    anonymous = visitor()
    order = [(staff, "staff"), (anonymous, "anonymous")]
    pages = {who: page(client, knife) for client, who in (order if staff_first else order[::-1])}

    assert "Edit this product" in pages["staff"]
    assert "Edit this product" not in pages["anonymous"]
    assert _does_token_match(form_token(pages["staff"]),
                             staff.cookies[settings.CSRF_COOKIE_NAME].value)
    assert _does_token_match(form_token(pages["anonymous"]),
                             anonymous.cookies[settings.CSRF_COOKIE_NAME].value)


def test_visitors_of_another_currency_get_their_own_prices(knife):
    euros, dollars = page(visitor("EUR"), knife), page(visitor("USD"), knife)

    assert "1,234.50" in euros and "€" in euros
    assert "$1,329.46" in dollars


def test_an_uncached_product_page_stays_within_twelve_queries(
        knife, django_assert_max_num_queries):
    page(visitor(), knife)  # the chrome (menus, rate table) is cached now
    invalidate("listing")

    with django_assert_max_num_queries(12):
        page(visitor(), knife)


def test_a_cached_product_page_reads_only_the_product_row_and_counts_the_view(
        knife, django_assert_max_num_queries):
    page(visitor(), knife)

    with django_assert_max_num_queries(3):
        page(visitor(), knife)


def test_recommended_products_show_and_a_product_without_any_asks_for_none(knife):
    from oscar.core.loading import get_model

    category = add_category(["Knives & Scissors", "Kitchen knives"])
    cleaver = product_in_category(category, product__title_en="Bone cleaver")
    get_model("catalogue", "ProductRecommendation").objects.create(
        primary=knife, recommendation=cleaver, ranking=1)

    html = page(visitor(), knife)
    assert "Recommended items" in html
    assert "Bone cleaver" in html.split("Recommended items")[1]

    alone = page(visitor(), cleaver)
    assert "Recommended items" not in alone
    invalidate("listing")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    with CaptureQueriesContext(connection) as captured:
        page(visitor(), cleaver)
    assert not any("productrecommendation" in q["sql"] and "has_recommendations" not in q["sql"]
                   for q in captured.captured_queries)
