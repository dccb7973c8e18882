"""A visitor's language and currency decide how every price is shown, basket included."""

from decimal import Decimal

import pytest
from django.conf import settings

from tests.factories import add_category, product_in_category, rate

pytestmark = pytest.mark.django_db


@pytest.fixture
def knife():
    rate("CNY", "EUR", "0.13")
    rate("CNY", "USD", "0.14")
    rate("CNY", "JPY", "21")
    category = add_category(["Knives & Scissors", "Kitchen knives"])
    return product_in_category(category, price=Decimal("10000.00"))


def choose_currency(client, code, next_url="/en/"):
    return client.post("/currency/", {"currency": code, "next": next_url})


def test_root_sends_the_visitor_to_the_language_the_browser_asks_for(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es-ES,es;q=0.9,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/es/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9")
    assert response["Location"] == "/zh-hans/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="xx")
    assert response["Location"] == "/en/"


@pytest.mark.parametrize("language, currency, shown", [
    ("en", "USD", "$1,400.00"),
    ("es", "EUR", "1.300,00\xa0€"),
    ("zh-hans", "CNY", "¥10,000.00"),
])
def test_product_page_shows_the_language_default_currency(client, knife, language, currency, shown):
    response = client.get(f"/{language}{knife.get_absolute_url()[3:]}")
    assert response.status_code == 200
    assert shown in response.content.decode()


def test_chosen_currency_is_remembered_and_formatted_for_the_page_language(client, knife):
    response = choose_currency(client, "EUR", next_url="/en/catalogue/")
    assert response.status_code == 302 and response["Location"] == "/en/catalogue/"
    assert client.cookies[settings.MARKETPLACE_CURRENCY_COOKIE].value == "EUR"
    page = client.get(knife.get_absolute_url()).content.decode()
    assert "€1,300.00" in page
    assert 'value="EUR" selected' in page


def test_unknown_currency_is_refused_with_a_message_and_nothing_changes(client, knife):
    response = choose_currency(client, "XBT", next_url="/en/catalogue/")
    assert settings.MARKETPLACE_CURRENCY_COOKIE not in response.cookies
    page = client.get("/en/catalogue/").content.decode()
    assert "XBT is not a currency we can show" in page


def test_currency_switch_refuses_foreign_redirects(client):
    response = choose_currency(client, "EUR", next_url="https://evil.example/")
    assert response["Location"] == "/"


def test_currency_switch_only_accepts_post(client):
    assert client.get("/currency/").status_code == 405


def test_basket_follows_the_display_currency(client, knife):
    choose_currency(client, "EUR")
    stockrecord = knife.stockrecords.get()
    client.post(f"/en/basket/add/{knife.pk}/", {"quantity": 2})
    basket_page = client.get("/en/basket/").content.decode()
    assert "€2,600.00" in basket_page

    choose_currency(client, "JPY")
    basket_page = client.get("/es/basket/").content.decode()
    # 2 x 10,000 CNY x 21 = 420,000 JPY, no decimals, Spanish grouping
    assert "420.000\xa0JPY" in basket_page or "420.000\xa0¥" in basket_page
    assert stockrecord.price == Decimal("10000.00")  # seller's price untouched


def test_missing_rate_shows_the_sellers_own_currency(client, knife):
    choose_currency(client, "GBP")
    page = client.get(knife.get_absolute_url()).content.decode()
    assert "CN¥10,000.00" in page


def test_empty_basket_total_is_shown_in_the_display_currency(client, knife):
    choose_currency(client, "EUR")
    page = client.get("/es/catalogue/").content.decode()
    assert "0,00\xa0€" in page
    assert "CNY" not in page.split('class="basket-mini')[1].split("</div>")[0]
