"""The rating where buyers see it: badges on the product page, cards and storefront, the
public breakdown page, and staff's and the seller's views in the dashboard."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from marketplace.seller_rating.models import SellerReview
from marketplace.seller_rating.services import forget_cached_ratings
from tests.factories import StockRecordFactory
from tests.order_lifecycle.conftest import login
from tests.sellers.factories import UserFactory

from .conftest import order_with_history
from .helpers import rate

pytestmark = pytest.mark.django_db


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_the_product_page_shows_the_sellers_grade_score_and_breakdown(client, seller):
    rate(seller, 77, "B")

    html = page(client, seller.product.get_absolute_url())

    assert "Seller rating B · 77/100" in html
    assert "On-time shipping: 28.0 of 35" in html
    assert f'href="/en/seller-rating/{seller.enterprise.slug}/"' in html


def test_the_storefront_shows_the_badge(client, seller):
    rate(seller, 91, "A")
    html = page(client, seller.enterprise.get_absolute_url())
    assert "Seller rating A · 91/100" in html and 'data-grade="A"' in html


def test_a_new_seller_is_shown_as_new_not_with_a_score(client, seller):
    rate(seller, None, "new")
    html = page(client, seller.product.get_absolute_url())
    # No score out of 100 (a bare "/100" would also match a URL such as /report/1005/).
    assert "New seller" in html and "Seller rating " not in html
    assert not re.search(r"\d\s*/\s*100(?!\d)", html)


def test_a_seller_without_rating_shows_no_badge(client, seller):
    assert "seller-rating-badge" not in page(client, seller.product.get_absolute_url())


def test_every_card_of_a_results_page_shows_its_sellers_badge(client, seller, other_seller):
    rate(seller, 91, "A")
    rate(other_seller, 60, "C")
    html = page(client, "/en/search/?q=knife")
    # The santoku is a knife by its product class ("Kitchen knife", indexed in every language).
    assert html.count("seller-rating-badge") == 2
    assert 'data-grade="A"' in html and 'data-grade="C"' in html
    html = page(client, "/en/catalogue/")
    assert "Seller rating A · 91/100" in html and "Seller rating C · 60/100" in html


def results_queries(client, url):
    client.get(url)  # caches warmed, as for every visitor but the first
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


def test_badges_cost_no_query_per_card(client, seller, other_seller):
    rate(seller, 91, "A")
    rate(other_seller, 60, "C")
    few, html = results_queries(client, "/en/catalogue/")
    assert html.count("seller-rating-badge") == 2
    for n in range(10):
        StockRecordFactory(partner=seller.partner, product__title_en=f"Paring knife {n}")
    rate(seller, 91, "A")
    many, html = results_queries(client, "/en/catalogue/")
    assert html.count("seller-rating-badge") == 12
    assert many == few


def test_the_rating_table_is_one_query_when_the_cache_is_cold(client, seller, other_seller):
    rate(seller, 91, "A")
    rate(other_seller, 60, "C")
    client.get("/en/catalogue/")
    forget_cached_ratings()  # as a recomputation that changed a badge does

    with CaptureQueriesContext(connection) as captured:
        html = client.get("/en/catalogue/").content.decode()

    assert html.count("seller-rating-badge") == 2
    rating_reads = [q for q in captured.captured_queries if "seller_rating_sellerrating" in q["sql"]]
    assert len(rating_reads) == 1


def test_the_breakdown_page_documents_the_formula_and_shows_reviews_escaped(client, seller, buyer):
    rate(seller, 77, "B")
    order = order_with_history(seller, buyer, placed_days_ago=30, paid=1, shipped=2, completed=2)
    SellerReview.objects.create(order=order, enterprise=seller.enterprise, stars=4,
                                comment='Sharp & fast <img src=x onerror="alert(1)"> &lt;b&gt;')

    html = page(client, f"/en/seller-rating/{seller.enterprise.slug}/")

    assert "Grade B · 77 of 100 points" in html
    assert "4 of 5 orders shipped by the promised date." in html
    assert "How the rating is made" in html and "15 days when the listing gives none" in html
    assert "Sharp &amp; fast" in html
    assert "<img" not in html and "onerror" not in html
    assert "<b>" not in html  # the entity-spelled tag is stripped as a tag


def test_the_breakdown_page_of_an_unknown_or_suspended_seller_is_404(client, seller):
    assert client.get("/en/seller-rating/no-such-seller/").status_code == 404
    seller.enterprise.status = "suspended"
    seller.enterprise.save()
    assert client.get(f"/en/seller-rating/{seller.enterprise.slug}/").status_code == 404


def test_the_breakdown_page_speaks_the_page_language(client, seller):
    rate(seller, 77, "B")
    assert client.get(f"/es/seller-rating/{seller.enterprise.slug}/").status_code == 200


# --- dashboard ------------------------------------------------------------------------------


def test_staff_see_every_sellers_score_and_recompute_one(seller, other_seller):
    rate(seller, 77, "B")
    rate(other_seller, None, "new")
    staff = login(UserFactory(is_staff=True))

    html = page(staff, "/dashboard/ratings/")
    assert "Yangjiang Eighteen Knives" in html and "Yangjiang Golden Scissors" in html
    assert "(80, provisional)" in html
    html = page(staff, "/dashboard/ratings/?grade=B")
    assert "Yangjiang Eighteen Knives" in html and "Yangjiang Golden Scissors" not in html

    detail = page(staff, f"/dashboard/ratings/{seller.enterprise.pk}/")
    assert "Grade B · 77 of 100 points" in detail
    response = staff.post(f"/dashboard/ratings/{seller.enterprise.pk}/recompute/")
    assert response.status_code == 302
    seller.enterprise.credit_rating.refresh_from_db()
    assert seller.enterprise.credit_rating.grade == "new"  # recomputed: no orders


def test_a_seller_sees_its_own_breakdown_and_no_one_elses(seller, other_seller):
    rate(seller, 77, "B")
    html = page(seller.client, "/dashboard/ratings/mine/")
    assert "Rating of Yangjiang Eighteen Knives" in html and "Grade B" in html

    assert seller.client.get("/dashboard/ratings/").status_code == 403
    assert seller.client.get(f"/dashboard/ratings/{other_seller.enterprise.pk}/").status_code == 403
    assert seller.client.post(f"/dashboard/ratings/{seller.enterprise.pk}/recompute/").status_code == 403
    # Not a seller: nothing to show (a 404, reached through the language redirect).
    assert login(UserFactory()).get("/dashboard/ratings/mine/", follow=True).status_code == 404


def test_anonymous_visitors_are_sent_to_the_dashboard_login(client):
    for url in ("/dashboard/ratings/", "/dashboard/ratings/mine/", "/dashboard/ratings/1/"):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"]


def test_a_kept_badge_gives_way_to_a_new_grade_and_speaks_each_language(client, seller):
    rate(seller, 77, "B")
    url = seller.product.get_absolute_url()
    assert "Seller rating B · 77/100" in page(client, url)  # the badge kept

    rate(seller, 91, "A")  # a recomputation: the table's version moves on

    assert "Seller rating A · 91/100" in page(client, "/en/catalogue/?page=1")
    assert "Seller rating A · 91/100" in page(client, url + "?again=1")
    german = page(client, url.replace("/en/", "/de/", 1))
    assert f'href="/de/seller-rating/{seller.enterprise.slug}/"' in german
