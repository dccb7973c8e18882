"""Nothing that is not for sale gets into a basket, whatever is POSTed to basket/add."""

import pytest
from oscar.core.loading import get_model

from marketplace.oscar_apps.partner.availability import LISTING_NOT_FOR_SALE, SELLER_NOT_SELLING

from .conftest import LANGUAGES, NOT_FOR_SALE, SELLER_WAYS, in_language, make_not_for_sale, messages_of

Line = get_model("basket", "Line")

pytestmark = pytest.mark.django_db


def add(client, product, language="en", quantity=1):
    return client.post(f"/{language}/basket/add/{product.pk}/", {"quantity": quantity})


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_product_for_sale_is_added(client, listing, language):
    response = add(client, listing.product, language)

    assert response.status_code == 302
    assert Line.objects.get().product == listing.product


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("way", NOT_FOR_SALE)
def test_a_product_not_for_sale_is_refused_and_nothing_is_added(client, request, way, language):
    listing = make_not_for_sale(request, way)

    response = add(client, listing.product, language)

    reason = SELLER_NOT_SELLING if way in SELLER_WAYS else LISTING_NOT_FOR_SALE
    assert response.status_code == 302  # back where the visitor came from, with the reason
    assert messages_of(response) == [in_language(language, reason)]
    assert not Line.objects.exists()


def test_a_crafted_id_of_no_product_answers_404(client, listing):
    response = client.post(f"/en/basket/add/{listing.product.pk + 1000}/", {"quantity": 1})

    assert response.status_code == 404
    assert not Line.objects.exists()


def test_a_suspended_sellers_product_is_refused_in_any_quantity(client, listing):
    listing.suspend()

    for quantity in (1, 100, 1_000_000):
        response = add(client, listing.product, quantity=quantity)
        assert messages_of(response)[-1] == str(SELLER_NOT_SELLING)
    assert not Line.objects.exists()


def test_a_reinstated_sellers_product_can_be_bought_again(client, listing):
    listing.suspend()
    listing.reinstate()

    add(client, listing.product)

    assert Line.objects.get().product == listing.product


def test_the_product_page_of_a_suspended_seller_offers_no_basket_form_to_staff(admin_client,
                                                                               listing):
    # Staff may still open the page (Oscar's rule); it must not offer to sell.
    listing.suspend()

    page = admin_client.get(listing.product.get_absolute_url())

    assert page.status_code == 200
    assert 'id="add_to_basket_form"' not in page.text
