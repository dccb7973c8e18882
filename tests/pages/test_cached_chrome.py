"""Menus, breadcrumbs and rates are cached, and a change shows on the very next page."""

from datetime import date
from decimal import Decimal

import pytest
from django.conf import settings
from oscar.core.loading import get_model

from marketplace.sellers.services import approve_enterprise
from tests.factories import add_category, product_in_category, rate
from tests.sellers.factories import EnterpriseFactory, UserFactory, reviewer

pytestmark = pytest.mark.django_db

Category = get_model("catalogue", "Category")


def breadcrumbs(html):
    return html.split('class="breadcrumb"')[1].split("</ol>")[0]


def test_the_product_breadcrumbs_lead_through_its_categories(client, knife):
    trail = breadcrumbs(client.get(knife.get_absolute_url()).content.decode())

    kitchen = knife.categories.get()
    assert f'href="{kitchen.get_parent().get_absolute_url()}">Knives &amp; Scissors' in trail
    assert f'href="{kitchen.get_absolute_url()}">Kitchen knives' in trail
    assert trail.index("Knives &amp; Scissors") < trail.index("Kitchen knives") < trail.index("Chef knife")


def test_a_renamed_category_shows_its_new_name_on_the_next_page(client, knife):
    client.get(knife.get_absolute_url())  # menus and breadcrumbs cached
    root = Category.objects.get(name_en="Knives & Scissors")
    root.name_en = "Blades"
    root.save()

    page = client.get(knife.get_absolute_url()).content.decode()

    assert "Knives &amp; Scissors" not in page
    assert "Blades" in breadcrumbs(page)
    assert "Blades" in client.get("/en/catalogue/").content.decode().split('class="side_categories')[1]


def test_a_new_subcategory_lists_its_products_on_the_cluster_page(client, knife):
    cluster = Category.objects.get(name_en="Knives & Scissors")
    client.get(cluster.get_absolute_url())  # the tree is cached
    cleavers = add_category(["Knives & Scissors", "Cleavers"])
    product_in_category(cleavers, price=Decimal("50.00"), product__title_en="Bone cleaver")

    page = client.get(cluster.get_absolute_url()).content.decode()

    assert "Bone cleaver" in page and "Chef knife" in page


def test_a_new_rate_prices_the_next_page(client, knife):
    client.cookies[settings.MARKETPLACE_CURRENCY_COOKIE] = "EUR"
    assert "€13.00" in client.get(knife.get_absolute_url()).content.decode()

    rate("CNY", "EUR", "0.12", on=date(2026, 11, 21))

    assert "€12.00" in client.get(knife.get_absolute_url()).content.decode()


def test_visitors_are_invited_to_sell_with_us(client, knife):
    page = client.get("/en/catalogue/").content.decode()

    assert 'href="/en/sellers/apply/"' in page and "Sell with us" in page


def test_a_buyer_is_invited_to_sell_too(client, knife):
    client.force_login(UserFactory())

    assert 'id="sell_with_us_link"' in client.get("/en/catalogue/").content.decode()


def test_sellers_are_not_invited_to_sell(client, knife):
    seller = UserFactory()
    filing = EnterpriseFactory(status="submitted", members=[seller])
    approve_enterprise(filing, decided_by=reviewer())
    client.force_login(seller)

    page = client.get("/en/catalogue/").content.decode()

    assert 'id="sell_with_us_link"' not in page
    assert "Sell with us" not in page


def test_the_sidebar_tree_is_read_once_per_language_and_marks_each_pages_category(client, knife):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    kitchen = knife.categories.get()
    cluster = kitchen.get_parent()
    client.get(cluster.get_absolute_url())  # the tree of English is kept

    with CaptureQueriesContext(connection) as captured:
        page = client.get(kitchen.get_absolute_url()).content.decode()

    # Oscar's for_menu() tree query: WHERE ancestors_are_public AND is_public AND ...
    assert not [q for q in captured
                if 'WHERE ("catalogue_category"."ancestors_are_public"' in q["sql"]]
    sidebar = page.split('class="side_categories')[1]
    assert "<strong>Kitchen knives</strong>" in sidebar
    assert "<strong>Knives &amp; Scissors</strong>" not in sidebar
    assert f'href="{cluster.get_absolute_url()}"' in sidebar
    arabic = client.get(f"/ar{kitchen.get_absolute_url()[3:]}").content.decode()
    assert f'href="/ar{cluster.get_absolute_url()[3:]}"' in arabic.split('class="side_categories')[1]
