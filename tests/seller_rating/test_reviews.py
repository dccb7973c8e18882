"""A buyer reviews the seller of a completed order: only the buyer, only once completed,
only once; what they type is bounded and escaped."""

import pytest

from marketplace.order_lifecycle import statuses
from marketplace.seller_rating.models import SellerReview
from tests.order_lifecycle.conftest import login
from tests.sellers.factories import UserFactory

from .conftest import order_with_history

pytestmark = pytest.mark.django_db


@pytest.fixture
def completed(seller, buyer):
    return order_with_history(seller, buyer, placed_days_ago=30, paid=1, shipped=2, completed=3)


def review_url(order):
    return f"/en/seller-rating/orders/{order.number}/review/"


def order_page(client, order):
    response = client.get(f"/en/accounts/orders/{order.number}/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_buyer_of_a_completed_order_reviews_its_seller_once(buyer_client, completed, seller):
    assert "Review this seller" in order_page(buyer_client, completed)
    form = buyer_client.get(review_url(completed))
    assert form.status_code == 200 and "Yangjiang Eighteen Knives" in form.content.decode()

    response = buyer_client.post(review_url(completed), {"stars": "4", "comment": "Well packed."})

    assert response.status_code == 302
    review = SellerReview.objects.get()
    assert (review.order, review.enterprise, review.stars) == (completed, seller.enterprise, 4)
    html = order_page(buyer_client, completed)
    assert "Your review of the seller" in html and "Well packed." in html
    assert "Review this seller" not in html

    # Once: the form is gone and a second post changes nothing.
    again = buyer_client.get(review_url(completed), follow=True)
    assert "already reviewed" in again.content.decode()
    buyer_client.post(review_url(completed), {"stars": "1", "comment": "Changed my mind"})
    assert list(SellerReview.objects.values_list("stars", flat=True)) == [4]


def test_no_review_before_the_order_is_completed(buyer_client, seller, buyer):
    shipped = order_with_history(seller, buyer, placed_days_ago=30, paid=1, shipped=2)
    assert shipped.status == statuses.SHIPPED
    assert "Review this seller" not in order_page(buyer_client, shipped)

    response = buyer_client.get(review_url(shipped), follow=True)
    assert "once the order is completed" in response.content.decode()
    buyer_client.post(review_url(shipped), {"stars": "5"})
    assert not SellerReview.objects.exists()


def test_only_the_buyer_may_review(completed, seller, client):
    attempts = [
        login(UserFactory()),  # another buyer
        seller.client,  # the seller itself
        login(UserFactory(is_staff=True)),  # staff do not write buyers' reviews
    ]
    for other in attempts:
        assert other.get(review_url(completed)).status_code == 404
        assert other.post(review_url(completed), {"stars": "5"}).status_code == 404
    anonymous = client.post(review_url(completed), {"stars": "5"})
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]
    assert client.get("/en/seller-rating/orders/NO-SUCH/review/").status_code == 302
    assert not SellerReview.objects.exists()


@pytest.mark.parametrize("data, field", [
    ({"stars": "6"}, "stars"),
    ({"stars": "0"}, "stars"),
    ({"stars": "five"}, "stars"),
    ({}, "stars"),
    ({"stars": "3", "comment": "x" * 1001}, "comment"),
])
def test_bad_input_is_a_form_error(buyer_client, completed, data, field):
    response = buyer_client.post(review_url(completed), data)
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not SellerReview.objects.exists()


def test_markup_in_a_comment_is_stored_as_text_and_printed_escaped(buyer_client, completed, seller, client):
    buyer_client.post(review_url(completed), {
        "stars": "2", "comment": '<script>alert("x")</script>Blunt <b>blades</b> & 5 < 6'})

    review = SellerReview.objects.get()
    assert "<script>" not in review.comment and "alert" not in review.comment
    html = client.get(f"/en/seller-rating/{seller.enterprise.slug}/").content.decode()
    assert "Blunt blades &amp; 5 &lt; 6" in html
    assert "<script>alert" not in html
