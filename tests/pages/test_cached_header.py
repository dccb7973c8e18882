"""The page header is kept once per language and currency for visitors with nothing of their
own in it (core/templatetags/chrome_tags.py header_fragment), and each page still gets its
own paths, search words and CSRF token; signed-in buyers and baskets get theirs rendered."""

import re

import pytest
from django.conf import settings
from django.test import Client

from tests.factories import add_category
from tests.sellers.factories import UserFactory

pytestmark = pytest.mark.django_db

SWITCHERS = "marketplace/partials/switchers.html"
MINI_BASKET = "oscar/partials/mini_basket.html"


def rendered(response):
    return {t.name for t in response.templates}


def next_values(html):
    return re.findall(r'<input name="next" type="hidden" value="([^"]*)">', html)


def search_box_value(html):
    return re.search(r'name="q" id="id_q" maxlength="200"\s+value="([^"]*)"', html).group(1)


def test_the_second_page_takes_the_header_from_the_cache_with_its_own_paths(client, knife):
    first = client.get("/en/catalogue/")
    second = client.get(knife.get_absolute_url())

    assert SWITCHERS in rendered(first) and MINI_BASKET in rendered(first)
    assert SWITCHERS not in rendered(second) and MINI_BASKET not in rendered(second)
    path = knife.get_absolute_url()
    assert next_values(second.content.decode()) == [path.removeprefix("/en"), path]
    assert next_values(first.content.decode()) == ["/catalogue/", "/en/catalogue/"]


def test_search_words_are_the_pages_own_and_escaped(client, knife):
    client.get("/en/catalogue/")  # the header kept
    hostile = '"><script>alert(1)</script>'

    html = client.get("/en/search/", {"q": hostile}).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert search_box_value(html) == "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
    assert all("<script>" not in value for value in next_values(html))
    other = client.get("/en/search/", {"q": "cleaver"}).content.decode()
    assert search_box_value(other) == "cleaver"
    assert search_box_value(client.get("/en/catalogue/?page=1").content.decode()) == ""


def test_a_visitor_served_the_kept_header_can_switch_currency(knife):
    Client().get("/en/catalogue/")  # an earlier visitor's page kept the header
    visitor = Client(enforce_csrf_checks=True)
    html = visitor.get(knife.get_absolute_url()).content.decode()
    form = html.split('id="currency_selector"')[1].split("</form>")[0]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    action = re.search(r'action="([^"]+)"', form).group(1)

    response = visitor.post(action, {"currency": "EUR", "next": knife.get_absolute_url(),
                                              "csrfmiddlewaretoken": token})

    assert response.status_code == 302
    assert visitor.cookies[settings.MARKETPLACE_CURRENCY_COOKIE].value == "EUR"
    html = visitor.get(knife.get_absolute_url()).content.decode()
    assert '<option value="EUR" selected>EUR</option>' in html
    assert "€" in html.split('class="basket-mini')[1].split("</strong>")[1].split("<div")[0]


def test_each_language_keeps_its_own_header(client, knife):
    client.get("/en/catalogue/")

    html = client.get("/de/catalogue/").content.decode()

    assert '<option value="de" lang="de" selected>' in html
    assert next_values(html) == ["/catalogue/", "/de/catalogue/"]


def test_a_signed_in_buyer_gets_a_header_of_their_own(client, knife):
    Client().get("/en/catalogue/")
    client.force_login(UserFactory())

    response = client.get(knife.get_absolute_url())

    assert SWITCHERS in rendered(response)
    assert 'id="logout_link"' in response.content.decode()


def test_a_visitor_with_a_basket_sees_its_total(client, knife):
    Client().get("/en/catalogue/")
    client.post(f"/en/basket/add/{knife.pk}/", {"quantity": 1})

    response = client.get("/en/catalogue/?page=1")

    assert MINI_BASKET in rendered(response)
    mini = response.content.decode().split('class="basket-mini')[1].split("</strong>")[1].split("<div")[0]
    assert "100.00" in mini


def test_a_new_category_is_in_the_menu_on_the_next_page(client, knife):
    client.get("/en/catalogue/")
    add_category(["Kitchenware"])

    html = client.get(knife.get_absolute_url()).content.decode()

    assert ">Kitchenware</a>" in html.split('id="navbarDropdown"')[1].split("</li>")[0]
