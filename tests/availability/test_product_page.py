"""A listing not for sale has no public page, even once its page was cached."""

import pytest
from django.utils import translation

from marketplace.core.chrome import cache_version
from marketplace.sellers.services import approve_enterprise
from tests.sellers.factories import reviewer

from .conftest import NOT_FOR_SALE, make_not_for_sale

pytestmark = pytest.mark.django_db


def page_of(client, product, language="en"):
    with translation.override(language):
        return client.get(product.get_absolute_url())


@pytest.mark.parametrize("way", NOT_FOR_SALE)
def test_the_page_of_a_listing_not_for_sale_answers_404(client, request, way):
    listing = make_not_for_sale(request, way)

    assert page_of(client, listing.product).status_code == 404


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_cached_page_is_not_served_after_the_seller_is_suspended(client, listing, language):
    first = page_of(client, listing.product, language)
    assert first.status_code == 200 and 'id="add_to_basket_form"' in first.text
    assert page_of(client, listing.product, language).status_code == 200  # from the cache
    listing_version = cache_version("listing")

    listing.suspend()

    assert cache_version("listing") != listing_version
    assert page_of(client, listing.product, language).status_code == 404

    listing.reinstate()

    again = page_of(client, listing.product, language)
    assert again.status_code == 200 and 'id="add_to_basket_form"' in again.text


def test_approving_a_seller_forgets_the_cached_listings(listing, unapproved_listing):
    version = cache_version("listing")

    approve_enterprise(unapproved_listing.enterprise, decided_by=reviewer())

    assert cache_version("listing") != version


def test_staff_still_open_the_page_of_a_suspended_seller(admin_client, listing):
    listing.suspend()

    assert page_of(admin_client, listing.product).status_code == 200
