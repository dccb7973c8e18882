"""Editors pick featured products and sellers through chooser modals, in their own order.

A many-to-many field rendered every product of the catalogue as an <option> of the edit
form; the choosers search in the database and offer only what a buyer may open.
"""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from marketplace.content.models import HomeFeaturedProduct
from marketplace.content.models.picks import picked_ids

from .conftest import list_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("cms-editor", "cms@example.com", "x")
    client.force_login(user)
    return client


def test_the_home_page_editor_offers_choosers_not_the_whole_catalogue(
        editor_client, shared_home, shared_approved):
    # The Chinese source: a translation is edited in wagtail-localize's string editor.
    source = shared_home.get_translation(Locale.objects.get(language_code="zh-hans"))
    html = editor_client.get(f"/cms/pages/{source.pk}/edit/").content.decode()

    assert "Approved Chef Knife" not in html  # no <option> per product
    assert "/cms/choose/product/" in html and "/cms/choose/seller/" in html
    assert 'name="featured_product_picks-TOTAL_FORMS"' in html


def test_the_product_chooser_searches_public_products_only(
        editor_client, shared_approved, shared_unapproved):
    listing = editor_client.get("/cms/choose/product/").content.decode()
    assert "Approved Chef Knife" in listing
    assert "Unapproved Santoku" not in listing  # its seller is not approved

    other = list_product(shared_approved.enterprise, "Oyster Knife")
    found = editor_client.get("/cms/choose/product/results/", {"q": "oyster"}).content.decode()
    assert "Oyster Knife" in found and "Approved Chef Knife" not in found
    by_code = editor_client.get("/cms/choose/product/results/", {"q": other.upc}).content.decode()
    assert "Oyster Knife" in by_code
    hidden = editor_client.get("/cms/choose/product/results/",
                               {"q": "Unapproved"}).content.decode()
    assert "Unapproved Santoku" not in hidden
    too_long = editor_client.get("/cms/choose/product/results/", {"q": "x" * 5000})
    assert too_long.status_code == 200


def test_the_seller_chooser_lists_approved_sellers(editor_client, shared_approved,
                                                   shared_unapproved):
    html = editor_client.get("/cms/choose/seller/results/", {"q": "blades"}).content.decode()
    assert "Approved Blades Co" in html
    assert "Pending Blades Co" not in html


def test_picks_are_shown_in_the_editors_order(client, shared_home, shared_approved):
    second = list_product(shared_approved.enterprise, "Bread Knife")
    shared_home.featured_product_picks = [HomeFeaturedProduct(product=second),
                                          HomeFeaturedProduct(product=shared_approved.product)]
    shared_home.save_revision().publish()
    assert picked_ids(shared_home, "featured_product_picks", "product_id") == [
        second.pk, shared_approved.product.pk]

    html = client.get(shared_home.url).content.decode()

    first_at = html.index(second.get_absolute_url())
    assert first_at < html.index(shared_approved.product.get_absolute_url())
