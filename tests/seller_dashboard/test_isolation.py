"""A seller manages only its own listings: pages, direct URLs and forged POSTs alike."""

import pytest
from oscar.core.loading import get_model

from .conftest import page_data

pytestmark = pytest.mark.django_db

# A 404 under /dashboard/ (outside the language prefix) is first redirected by Django's
# LocaleMiddleware to /en/dashboard/..., which is not found either: hence follow=True.

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")
PriceTier = get_model("partner", "PriceTier")

PRODUCTS = "/dashboard/catalogue/"


def product_url(product):
    return f"{PRODUCTS}products/{product.pk}/"


def trade_terms_url(record):
    return f"{PRODUCTS}stock-records/{record.pk}/trade-terms/"


def test_the_product_list_shows_a_seller_only_its_own_products(seller_a, seller_b):
    page = seller_a.client.get(PRODUCTS)
    assert page.status_code == 200
    assert "Eighteen Chef Knife 8in" in page.text
    assert "Golden Santoku 7in" not in page.text

    page = seller_a.client.get(PRODUCTS, {"title": "Santoku"})
    assert "Golden Santoku 7in" not in page.text


def test_staff_see_every_sellers_products(seller_a, seller_b, staff_client):
    page = staff_client.get(PRODUCTS)
    assert "Eighteen Chef Knife 8in" in page.text
    assert "Golden Santoku 7in" in page.text
    assert staff_client.get(product_url(seller_b.product)).status_code == 200
    assert staff_client.get(trade_terms_url(seller_b.stockrecord)).status_code == 200


def test_seller_cannot_open_another_sellers_product_or_its_pages(seller_a, seller_b):
    other = seller_b.product
    assert seller_a.client.get(product_url(seller_a.product)).status_code == 200
    for url in (product_url(other), f"{product_url(other)}delete/",
                f"{product_url(other)}create-variant/", trade_terms_url(seller_b.stockrecord)):
        assert seller_a.client.get(url, follow=True).status_code == 404, url


def test_seller_cannot_edit_or_delete_another_sellers_product_by_post(seller_a, seller_b):
    own_page = seller_a.client.get(product_url(seller_a.product))
    forged = page_data(own_page) | {"title_en": "Taken over"}
    assert seller_a.client.post(product_url(seller_b.product), forged,
                                follow=True).status_code == 404
    assert seller_a.client.post(f"{product_url(seller_b.product)}delete/",
                                follow=True).status_code == 404

    product = Product.objects.get(pk=seller_b.product.pk)
    assert product.title_en == "Golden Santoku 7in"


def test_seller_cannot_change_another_sellers_trade_terms_by_post(seller_a, seller_b):
    response = seller_a.client.post(trade_terms_url(seller_b.stockrecord), {
        "tiers-TOTAL_FORMS": "1", "tiers-INITIAL_FORMS": "0",
        "tiers-0-min_quantity": "10", "tiers-0-price": "1.00",
        "incoterms-TOTAL_FORMS": "0", "incoterms-INITIAL_FORMS": "0",
    }, follow=True)
    assert response.status_code == 404
    assert not PriceTier.objects.filter(stockrecord=seller_b.stockrecord).exists()


def test_seller_cannot_move_its_stock_record_to_another_sellers_partner(seller_a, seller_b):
    page = seller_a.client.get(product_url(seller_a.product))
    forged = page_data(page) | {"stockrecords-0-partner": str(seller_b.partner.pk)}
    response = seller_a.client.post(product_url(seller_a.product), forged)

    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    record = StockRecord.objects.get(pk=seller_a.stockrecord.pk)
    assert record.partner == seller_a.partner


def test_seller_cannot_create_a_product_for_another_sellers_partner(seller_a, seller_b, category):
    page = seller_a.client.get(f"{PRODUCTS}products/create/kitchen-knife/")
    assert page.status_code == 200
    data = page_data(page) | {
        "title_en": "Forged listing", "title_zh_hans": "伪造",
        "productcategory_set-0-category": str(category.pk),
        "stockrecords-0-partner": str(seller_b.partner.pk),
        "stockrecords-0-partner_sku": "FORGED-1", "stockrecords-0-price": "10.00",
        "stockrecords-0-num_in_stock": "5", "stockrecords-0-moq": "1",
    }
    response = seller_a.client.post(f"{PRODUCTS}products/create/kitchen-knife/", data)

    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert not Product.objects.filter(title_en="Forged listing").exists()
    assert not StockRecord.objects.filter(partner_sku="FORGED-1").exists()


def test_seller_cannot_rewrite_another_sellers_stock_record_through_its_own_form(
        seller_a, seller_b):
    page = seller_a.client.get(product_url(seller_a.product))
    forged = page_data(page) | {
        "stockrecords-0-id": str(seller_b.stockrecord.pk),
        "stockrecords-0-price": "1.00",
    }
    seller_a.client.post(product_url(seller_a.product), forged)

    record = StockRecord.objects.get(pk=seller_b.stockrecord.pk)
    assert record.price == seller_b.stockrecord.price
    assert record.product == seller_b.product


@pytest.mark.parametrize("action", ["make_products_public", "make_products_non_public",
                                    "set_product_price"])
def test_publication_and_bulk_prices_are_not_offered_to_sellers(seller_a, action):
    page = seller_a.client.get(PRODUCTS)
    assert f'value="{action}"' not in page.text
    Product.objects.filter(pk=seller_a.product.pk).update(is_public=False)

    response = seller_a.client.post(PRODUCTS, {"action": action,
                                               "selected_product": [seller_a.product.pk]})

    assert response.status_code == 403
    assert not Product.objects.get(pk=seller_a.product.pk).is_public


def test_staff_keep_oscars_bulk_actions(seller_a, staff_client):
    page = staff_client.get(PRODUCTS)
    assert 'value="make_products_public"' in page.text
