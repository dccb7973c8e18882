"""A hold takes a listing off sale everywhere at once; lifting the last one brings it back."""

import pytest
from django.utils import translation
from oscar.core.loading import get_model

from catalog.models import ReviewStatus
from marketplace.listing_holds.models import ListingHold
from marketplace.listing_holds.services import lift_hold, place_hold
from marketplace.moderation.services import listing_changed
from tests.basket.conftest import add

Product = get_model("catalogue", "Product")
Basket = get_model("basket", "Basket")

pytestmark = pytest.mark.django_db

IP = ListingHold.Kind.IP_TAKEDOWN
STOP = ListingHold.Kind.STOP_SALE


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def test_a_held_listing_leaves_the_catalogue_the_product_page_and_the_basket(client, wok):
    add(client, wok, 100)
    assert Basket.objects.get().lines.count() == 1

    place_hold(wok, kind=IP, reason="Counterfeit trademark <b>X</b>", reference="IP-1")

    wok.refresh_from_db()
    assert (wok.review_status, wok.is_public) == (ReviewStatus.HELD, False)
    assert not Product.objects.browsable().filter(pk=wok.pk).exists()
    assert client.get(wok.get_absolute_url()).status_code == 404
    assert Basket.objects.get().lines.count() == 0
    page = client.get("/en/basket/").content.decode()
    assert "was removed from your basket" in page
    assert "intellectual-property complaint" in page
    # Told once only.
    assert "was removed from your basket" not in client.get("/en/basket/").content.decode()
    # Adding it again is refused.
    add(client, wok, 100)
    assert Basket.objects.get().lines.count() == 0


def test_a_sellers_edit_does_not_bring_a_held_listing_back(wok):
    place_hold(wok, kind=STOP, reason="Failed inspection")
    wok.refresh_from_db()

    listing_changed(wok, user=None)

    wok.refresh_from_db()
    assert wok.review_status == ReviewStatus.HELD and not wok.is_public


def test_the_listing_returns_only_when_the_last_hold_is_lifted(client, wok):
    first = place_hold(wok, kind=IP, reason="Trademark")
    second = place_hold(wok, kind=STOP, reason="Recall")

    assert lift_hold(first, reason="Counter-notice accepted") is False
    wok.refresh_from_db()
    assert wok.review_status == ReviewStatus.HELD
    assert lift_hold(first) is False  # already lifted: nothing changes

    assert lift_hold(second) is True
    wok.refresh_from_db()
    assert (wok.review_status, wok.is_public) == (ReviewStatus.APPROVED, True)
    assert client.get(wok.get_absolute_url()).status_code == 200


def test_a_listing_pending_review_before_its_hold_is_pending_after(wok):
    Product.objects.filter(pk=wok.pk).update(review_status=ReviewStatus.PENDING, is_public=False)
    wok.refresh_from_db()
    hold = place_hold(wok, kind=IP, reason="x")

    lift_hold(hold)

    wok.refresh_from_db()
    assert (wok.review_status, wok.is_public) == (ReviewStatus.PENDING, False)


def test_the_removed_lines_title_is_escaped_in_the_message(client, wok):
    Product.objects.filter(pk=wok.pk).update(title="<script>alert(1)</script> Wok")
    add(client, wok, 100)
    place_hold(wok, kind=STOP, reason="x")

    page = client.get("/en/basket/").content.decode()

    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)" in page
