"""Live catalogue blocks show what a buyer may open: public goods of approved sellers."""

import pytest

from marketplace.content.models import (
    ClusterPage,
    HomeFeaturedProduct,
    HomeFeaturedSeller,
    IndustrialParkPage,
    ParkTenant,
)
from marketplace.sellers.models import Cluster

from .conftest import add_page, translation_of

# `home`, `approved` and `unapproved`: made once for the module.
from .module_shared import module_approved, module_home, module_unapproved  # noqa: F401


@pytest.mark.parametrize("language", ["en", "ar"])
def test_home_shows_approved_sellers_products_and_never_unapproved_ones(
        client, home, approved, unapproved, language):
    html = client.get(translation_of(home, language).url).content.decode()

    assert approved.product.get_absolute_url() in html
    assert approved.enterprise.get_absolute_url() in html
    assert unapproved.product.get_absolute_url() not in html
    assert unapproved.enterprise.get_absolute_url() not in html


def test_editor_picks_of_a_seller_withdrawn_since_are_not_shown(client, home, approved, unapproved):
    home.featured_product_picks = [HomeFeaturedProduct(product=unapproved.product),
                                   HomeFeaturedProduct(product=approved.product)]
    home.featured_seller_picks = [HomeFeaturedSeller(enterprise=unapproved.enterprise)]
    home.save_revision().publish()

    html = client.get(home.url).content.decode()

    assert approved.product.get_absolute_url() in html
    assert unapproved.product.get_absolute_url() not in html
    assert unapproved.enterprise.get_absolute_url() not in html


def test_hidden_product_is_not_shown(client, home, approved):
    type(approved.product).objects.filter(pk=approved.product.pk).update(is_public=False)

    html = client.get(home.url).content.decode()

    assert approved.product.get_absolute_url() not in html


def test_cluster_page_links_its_filtered_catalogue_that_lists_its_products(
        client, home, approved, unapproved):
    knives = approved.product.categories.get().get_parent()
    page = add_page(home, ClusterPage(title="Knives", slug="knives",
                                      cluster_id=Cluster.KNIVES_SCISSORS, category=knives))

    html = client.get(translation_of(page, "ar").url).content.decode()

    assert 'dir="rtl"' in html
    assert approved.enterprise.get_absolute_url() in html
    assert unapproved.enterprise.get_absolute_url() not in html
    catalogue_url = f"/ar/catalogue/category/{knives.full_slug}_{knives.pk}/"
    assert f'href="{catalogue_url}?in_stock=1"' in html
    listing = client.get(f"{catalogue_url}?in_stock=1", follow=True)
    assert listing.status_code == 200
    assert approved.product.get_absolute_url().replace("/en/", "/ar/") in listing.content.decode()


def test_park_tenants_link_to_storefronts_that_open(client, home, approved, unapproved):
    page = IndustrialParkPage(title="Park", slug="park", address="Jiangcheng",
                              latitude="21.85", longitude="111.98")
    page.tenant_picks = [ParkTenant(enterprise=approved.enterprise),
                         ParkTenant(enterprise=unapproved.enterprise)]
    add_page(home, page)

    html = client.get(page.url).content.decode()

    storefront = approved.enterprise.get_absolute_url()
    assert f'class="park-tenant" href="{storefront}"' in html
    assert unapproved.enterprise.get_absolute_url() not in html
    assert client.get(storefront).status_code == 200
