"""A line whose seller was suspended after it went into the basket cannot be ordered."""

import pytest
from django.utils import translation
from django.utils.html import escape
from oscar.core.loading import get_model

from marketplace.oscar_apps.partner.availability import SELLER_NOT_SELLING

from .conftest import LANGUAGES, in_language, messages_of

Line = get_model("basket", "Line")
Order = get_model("order", "Order")

pytestmark = pytest.mark.django_db

CHECKOUT_STEPS = ["checkout/", "checkout/shipping-address/", "checkout/payment-details/",
                  "checkout/preview/"]


@pytest.fixture
def basket_of_suspended_seller(client, listing, django_user_model):
    """The knife in the buyer's basket, then its seller suspended."""
    client.force_login(django_user_model.objects.create_user(
        username="buyer", email="buyer@example.com", password="x"))
    assert client.post(f"/en/basket/add/{listing.product.pk}/", {"quantity": 3}).status_code == 302
    assert Line.objects.get().quantity == 3
    listing.suspend()
    return listing


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_basket_page_marks_the_line_no_longer_available(client, basket_of_suspended_seller,
                                                            language):
    page = client.get(f"/{language}/basket/")

    assert page.status_code == 200
    [line] = page.context["basket"].all_lines()
    assert not line.purchase_info.availability.is_available_to_buy
    with translation.override(language):
        assert escape(line.get_warning()) in page.text  # Oscar's "'…' is no longer available"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("step", CHECKOUT_STEPS)
def test_checkout_sends_the_buyer_back_to_the_basket_with_the_reason(
        client, basket_of_suspended_seller, language, step):
    for method in (client.get, client.post):
        response = method(f"/{language}/{step}", {"action": "place_order"})

        assert response.status_code == 302
        assert response["Location"] == f"/{language}/basket/"
        assert in_language(language, SELLER_NOT_SELLING) in messages_of(response)[-1]
    assert not Order.objects.exists()
    assert Line.objects.get().quantity == 3


def test_the_line_quantity_cannot_be_raised_either(client, basket_of_suspended_seller):
    line = Line.objects.get()
    data = {"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1", "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000", "form-0-id": str(line.pk), "form-0-quantity": "10"}

    page = client.post("/en/basket/", data)

    assert escape(str(SELLER_NOT_SELLING)) in page.text
    line.refresh_from_db()
    assert line.quantity == 3


def test_a_reinstated_sellers_line_goes_through_to_checkout_again(client,
                                                                  basket_of_suspended_seller):
    basket_of_suspended_seller.reinstate()

    response = client.get("/en/checkout/")

    assert response.status_code == 302
    assert response["Location"] == "/en/checkout/shipping-address/"
