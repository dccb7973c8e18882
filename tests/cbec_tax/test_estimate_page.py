"""/<lang>/cross-border-tax/estimate/: the tax a buyer in mainland China would pay on a product."""

from decimal import Decimal

import pytest
from django.urls import reverse

from tests.factories import StockRecordFactory

pytestmark = pytest.mark.django_db
URL = "/en/cross-border-tax/estimate/"


@pytest.fixture
def knife_set():
    return StockRecordFactory(product__hs_code_id="8211100000", product__title_en="Knife set",
                              price=Decimal("780.00"), price_currency="CNY").product


def test_the_page_is_mounted_under_the_language_prefix():
    assert reverse("cbec_tax:estimate") == URL


def test_the_empty_page_shows_the_form(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert "cbec-result" not in response.content.decode()


def test_the_page_shows_the_tax_of_a_product_and_quantity(client, knife_set):
    response = client.get(URL, {"product": knife_set.pk, "quantity": 2})
    assert response.status_code == 200
    result = response.context["result"]
    assert result.customs_value == Decimal("1560.00")
    assert result.total == Decimal("141.96")  # 1,560 × 13 % × 0.7
    page = response.content.decode()
    assert "CN¥141.96" in page and "CN¥1,560.00" in page and "13%" in page and "Knife set" in page


def test_amounts_are_formatted_for_the_active_language(client, knife_set):
    response = client.get(URL.replace("/en/", "/de/"), {"product": knife_set.pk, "quantity": 2})
    assert response.status_code == 200
    assert "141,96" in response.content.decode()


def test_over_the_limit_the_page_says_why(client, knife_set):
    response = client.get(URL, {"product": knife_set.pk, "quantity": 7})
    assert response.status_code == 200
    assert "cbec-refusal" in response.content.decode()
    assert "5,000.00" in response.content.decode()


def test_purchases_already_made_count_toward_the_annual_limit(client, knife_set):
    response = client.get(URL, {"product": knife_set.pk, "quantity": 1, "bought_this_year": "25500"})
    assert "cbec-refusal" in response.content.decode()


@pytest.mark.parametrize("query", [
    {"product": "abc", "quantity": "1"},
    {"product": "999999", "quantity": "1"},
    {"product": "1", "quantity": "0"},
    {"product": "1", "quantity": "-3"},
    {"product": "1", "quantity": "10000000000000000000000"},
    {"product": "1", "quantity": "1", "bought_this_year": "-5"},
    {"product": "1", "quantity": "1", "bought_this_year": "NaN"},
    {"product": "<script>alert(1)</script>", "quantity": "1"},
])
def test_bad_input_is_a_form_error_not_a_server_error(client, knife_set, query):
    response = client.get(URL, query)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert response.context["result"] is None
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_a_product_without_an_hs_code_is_a_form_error(client):
    product = StockRecordFactory(product__hs_code_id=None).product
    response = client.get(URL, {"product": product.pk, "quantity": 1})
    assert response.status_code == 200
    assert "no HS code" in response.content.decode()


def test_a_product_not_for_sale_is_a_form_error(client, knife_set):
    knife_set.review_status = "refused"
    knife_set.save()
    response = client.get(URL, {"product": knife_set.pk, "quantity": 1})
    assert "not for sale" in response.content.decode()
