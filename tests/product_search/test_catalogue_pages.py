"""Catalogue, category and search pages list real products from the database backend."""

from decimal import Decimal

import pytest

from tests.factories import add_category, product_in_category, rate

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    rate("CNY", "EUR", "0.13")
    knives = add_category(["Knives & Scissors", "Kitchen knives"])
    shrimp = add_category(["Seafood & Aquatic Products", "Frozen shrimp"])
    knife = product_in_category(
        knives, price=Decimal("80"),
        product__title_en="8-inch chef knife", product__title_es="Cuchillo de chef de 8 pulgadas",
        product__title_zh_hans="8英寸厨师刀",
    )
    prawn = product_in_category(
        shrimp, price=Decimal("60"),
        product__title_en="Frozen white shrimp", product__title_es="Camarón blanco congelado",
        product__title_zh_hans="冷冻白虾",
    )
    return {"knives": knives, "shrimp": shrimp, "knife": knife, "prawn": prawn}


def test_catalogue_lists_every_public_product(client, catalogue):
    page = client.get("/en/catalogue/").content.decode()
    assert "8-inch chef knife" in page and "Frozen white shrimp" in page


def test_cluster_page_lists_products_of_its_subcategories_only(client, catalogue):
    cluster = catalogue["knives"].get_parent()
    response = client.get(cluster.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert "8-inch chef knife" in page and "Frozen white shrimp" not in page


def test_pages_show_titles_in_the_page_language(client, catalogue):
    page = client.get("/es/catalogue/").content.decode()
    assert "Cuchillo de chef de 8 pulgadas" in page
    assert "10,40\xa0€" in page  # 80 CNY at 0.13, Spanish format


@pytest.mark.parametrize("language, words, expected", [
    ("es", "cuchillo", "Cuchillo de chef de 8 pulgadas"),
    ("en", "shrimp", "Frozen white shrimp"),
    ("zh-hans", "虾", "冷冻白虾"),
    ("en", "camarón", "Frozen white shrimp"),  # a Spanish word on the English site
])
def test_search_finds_products_through_any_translation(client, catalogue, language, words, expected):
    page = client.get(f"/{language}/search/", {"q": words}).content.decode()
    assert expected in page


def test_search_with_no_match_says_so(client, catalogue):
    page = client.get("/en/search/", {"q": "bicycle"}).content.decode()
    assert "8-inch chef knife" not in page


def test_hidden_products_are_not_listed(client, catalogue):
    catalogue["prawn"].is_public = False
    catalogue["prawn"].save()
    page = client.get("/en/catalogue/").content.decode()
    assert "Frozen white shrimp" not in page


def test_a_page_number_past_the_end_redirects_with_a_message(client, catalogue):
    response = client.get("/en/catalogue/", {"page": 99}, follow=True)
    assert response.redirect_chain[-1][0] == "/en/catalogue/"
    assert "The given page number was invalid" in response.content.decode()
    response = client.get("/en/catalogue/", {"page": "abc"})
    assert response.status_code == 302


def test_wrong_category_slug_redirects_to_the_canonical_url(client, catalogue):
    knives = catalogue["knives"]
    response = client.get(f"/en/catalogue/category/wrong-slug_{knives.pk}/")
    assert response.status_code == 301
    assert response["Location"] == knives.get_absolute_url()
