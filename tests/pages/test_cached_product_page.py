"""The product page's body is rendered once for every anonymous visitor of a language and
currency: what is each visitor's own (CSRF token, recently viewed products, staff links)
stays theirs, and a change to the product shows on the very next page."""

import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.test import Client
from oscar.core.loading import get_model

from marketplace.oscar_apps.partner.services import set_incoterms, set_price_tiers, set_trade_terms
from tests.factories import add_category, product_in_category, rate
from tests.sellers.factories import UserFactory

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Product = get_model("catalogue", "Product")


@pytest.fixture
def knives():
    rate("CNY", "EUR", "0.13")
    return add_category(["Knives & Scissors", "Kitchen knives"])


@pytest.fixture
def knife(knives):
    product = product_in_category(knives, price=Decimal("100.00"), product__title_en="Chef knife")
    set_trade_terms(product.stockrecords.get(), moq=10, tiers=[(100, "90.00")],
                    incoterms=[("FOB", "Yangjiang Port")])
    return product


def csrf_token_in(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]


def test_a_visitor_served_the_cached_page_can_add_to_the_basket(knife):
    Client().get(knife.get_absolute_url())  # the first visitor fills the cache
    visitor = Client(enforce_csrf_checks=True)

    page = visitor.get(knife.get_absolute_url()).content.decode()
    response = visitor.post(f"/en/basket/add/{knife.pk}/",
                            {"quantity": 10, "csrfmiddlewaretoken": csrf_token_in(page)})

    assert response.status_code == 302
    assert Basket.objects.get().all_lines()[0].quantity == 10


def test_each_visitor_gets_a_token_of_their_own(knife):
    first, second = Client(), Client()

    first_token = csrf_token_in(first.get(knife.get_absolute_url()).content.decode())
    second_token = csrf_token_in(second.get(knife.get_absolute_url()).content.decode())

    assert first.cookies[settings.CSRF_COOKIE_NAME].value != second.cookies[settings.CSRF_COOKIE_NAME].value
    assert first_token != second_token


def test_a_staff_members_edit_link_is_never_shown_to_visitors(client, knife):
    staff = Client()
    staff.force_login(UserFactory(is_staff=True))

    assert "Edit this product" in staff.get(knife.get_absolute_url()).content.decode()
    assert "Edit this product" not in client.get(knife.get_absolute_url()).content.decode()
    assert "Edit this product" in staff.get(knife.get_absolute_url()).content.decode()


def test_recently_viewed_products_are_each_visitors_own(knives, knife):
    other = product_in_category(knives, price=Decimal("50.00"), product__title_en="Bread knife")
    browsing, arriving = Client(), Client()
    browsing.get(other.get_absolute_url())

    assert "Products you recently viewed" in browsing.get(knife.get_absolute_url()).content.decode()
    assert "Products you recently viewed" not in arriving.get(knife.get_absolute_url()).content.decode()


def test_new_quantity_breaks_and_incoterms_show_on_the_next_page(
    client, knife, django_capture_on_commit_callbacks
):
    client.get(knife.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=True):
        set_price_tiers(knife.stockrecords.get(), [(500, "77.00")])
        set_incoterms(knife.stockrecords.get(), [("CIF", "Hamburg")])
    page = client.get(knife.get_absolute_url()).content.decode()

    assert "77.00" in page and "Hamburg" in page
    assert "90.00" not in page


def test_a_price_in_another_currency_is_cached_apart(client, knife):
    assert "¥100.00" in client.get(knife.get_absolute_url()).content.decode()

    client.cookies[settings.MARKETPLACE_CURRENCY_COOKIE] = "EUR"

    assert "€13.00" in client.get(knife.get_absolute_url()).content.decode()


def test_a_listing_taken_down_is_gone_at_once(client, knife):
    client.get(knife.get_absolute_url())

    Product.objects.filter(pk=knife.pk).update(is_public=False)

    assert client.get(knife.get_absolute_url()).status_code == 404
