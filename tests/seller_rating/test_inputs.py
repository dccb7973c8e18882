"""What the rating reads from the orders, the other apps, the reviews and the filing, and
that the rating moves when each of them moves."""

from datetime import timedelta

import pytest
from django.utils import timezone

from marketplace.inspection.models import EnterpriseFiling, FilingStatus
from marketplace.order_lifecycle import statuses
from marketplace.seller_rating import services
from marketplace.seller_rating.inputs import gather, order_shipping
from marketplace.seller_rating.models import SellerRating, SellerReview

from .conftest import LEAD_DAYS, install_disputes, install_strikes, order_with_history

pytestmark = pytest.mark.django_db

# Promise: paid date + 10 lead days + 2 handling days.
PROMISE = LEAD_DAYS + 2


def shipping(seller):
    inputs = gather([seller.enterprise.pk])[seller.enterprise.pk]
    return inputs.orders_due, inputs.orders_on_time


def test_an_order_shipped_by_the_promised_date_is_on_time(seller, buyer):
    order_with_history(seller, buyer, placed_days_ago=60, paid=1, shipped=PROMISE)
    order_with_history(seller, buyer, placed_days_ago=60, paid=1, shipped=PROMISE + 1)

    assert shipping(seller) == (2, 1)


def test_an_unshipped_order_counts_as_late_once_its_promise_has_passed(seller, buyer):
    order_with_history(seller, buyer, placed_days_ago=PROMISE + 1, paid=0)  # due yesterday
    order_with_history(seller, buyer, placed_days_ago=PROMISE - 1, paid=0)  # due tomorrow
    order_with_history(seller, buyer, placed_days_ago=90, paid=None)  # never paid
    order_with_history(seller, buyer, placed_days_ago=90, paid=0, status=statuses.CANCELLED)

    assert shipping(seller) == (1, 0)


def test_orders_older_than_the_window_and_other_sellers_orders_do_not_count(
        seller, other_seller, buyer):
    order_with_history(seller, buyer, placed_days_ago=400, paid=1, shipped=30)
    order_with_history(other_seller, buyer, placed_days_ago=60, paid=1, shipped=30)

    assert shipping(seller) == (0, 0)
    assert shipping(other_seller) == (1, 0)


def test_the_listing_without_lead_time_gets_the_default(seller, buyer, settings):
    seller.product.lead_time_days = None
    seller.product.save()
    settings.MARKETPLACE_RATING_DEFAULT_LEAD_DAYS = 3
    order_with_history(seller, buyer, placed_days_ago=60, paid=0, shipped=5)  # 3 + 2
    order_with_history(seller, buyer, placed_days_ago=60, paid=0, shipped=6)

    assert shipping(seller) == (2, 1)


def test_the_promise_rule_day_by_day():
    today = timezone.localdate()
    paid = timezone.now() - timedelta(days=30)
    common = {"placed": paid, "lead_days": 5, "handling_days": 2, "paid_at": paid, "today": today}
    assert order_shipping(status=statuses.SHIPPED, shipped_at=paid + timedelta(days=7),
                          **common) == (True, True)
    assert order_shipping(status=statuses.SHIPPED, shipped_at=paid + timedelta(days=8),
                          **common) == (True, False)
    assert order_shipping(status=statuses.REFUNDED, shipped_at=None, **common) == (False, False)
    assert order_shipping(status=statuses.IN_PRODUCTION, shipped_at=None, **common) == (True, False)


def test_inputs_from_the_other_apps_and_the_filing(seller, buyer):
    pk = seller.enterprise.pk
    calls = install_disputes({pk: {"opened": 2, "decided_for_buyer": 1}})
    install_strikes({pk: 1})
    EnterpriseFiling.objects.create(
        enterprise=seller.enterprise, kind=EnterpriseFiling.Kind.CBEC_OPERATOR,
        business_scope="不锈钢厨房刀具", contact_name="李伟", contact_phone="13800000000",
        status=FilingStatus.ACCEPTED)

    inputs = gather([pk])[pk]

    assert (inputs.disputes_opened, inputs.disputes_lost, inputs.strikes) == (2, 1, 1)
    assert inputs.verification == {"approved_filing": True, "customs_code": False,
                                   "listings_verified": False, "inspection_filing": True}
    [(asked, since)] = calls
    assert asked == [pk] and timezone.now() - since > timedelta(days=364)


def test_without_the_other_apps_their_components_have_no_data(seller):
    inputs = gather([seller.enterprise.pk])[seller.enterprise.pk]
    assert inputs.disputes_opened is None and inputs.strikes is None


# --- ratings move when their inputs move ---------------------------------------------------


@pytest.fixture
def rated_seller(seller, buyer):
    """Four orders shipped on time: past the three a score needs."""
    for _n in range(4):
        order_with_history(seller, buyer, placed_days_ago=60, paid=1, shipped=3)
    install_disputes({})
    install_strikes({})
    return seller


def score(seller):
    return services.recompute_ratings([seller.enterprise.pk])[seller.enterprise.pk].score


def test_a_late_shipment_lowers_the_on_time_share_and_the_score(rated_seller, buyer):
    # 35 + 20 + 15 + 10 (no reviews) + 4 (approved filing) = 84.
    assert score(rated_seller) == 84
    order_with_history(rated_seller, buyer, placed_days_ago=60, paid=1, shipped=PROMISE + 5)

    # On time 4 of 5: 35 × 0.8 = 28 -> 77.
    assert score(rated_seller) == 77
    rating = SellerRating.objects.get(pk=rated_seller.enterprise.pk)
    assert rating.breakdown["components"]["on_time"]["inputs"] == {"orders_due": 5,
                                                                   "orders_on_time": 4}
    assert rating.grade == "B"


def test_a_strike_lowers_the_score(rated_seller):
    before = score(rated_seller)
    install_strikes({rated_seller.enterprise.pk: 1})
    assert score(rated_seller) == before - 5  # 15 / 3


def test_a_lost_dispute_lowers_the_score(rated_seller):
    before = score(rated_seller)
    install_disputes({rated_seller.enterprise.pk: {"opened": 1, "decided_for_buyer": 1}})
    # 1.5 / (0.25 × 4) > 1: the whole 20 points.
    assert score(rated_seller) == before - 20


def test_reviews_move_the_score_both_ways(rated_seller, buyer):
    before = score(rated_seller)
    orders = [order_with_history(rated_seller, buyer, placed_days_ago=30, paid=1, shipped=2,
                                 completed=2) for _n in range(2)]
    # Two more orders on time change nothing else.
    assert score(rated_seller) == before
    SellerReview.objects.create(order=orders[0], enterprise=rated_seller.enterprise, stars=5)
    # (5 + 6) / 3 = 3.667 stars -> 0.6667 × 20 = 13.33: +3.33 -> 87.
    assert score(rated_seller) == before + 3
    SellerReview.objects.create(order=orders[1], enterprise=rated_seller.enterprise, stars=1)
    # (6 + 6) / 4 = 3 stars -> 10 points again.
    assert score(rated_seller) == before


def test_verification_moves_the_score(rated_seller):
    before = score(rated_seller)
    rated_seller.enterprise.listings_verified = True
    rated_seller.enterprise.customs_code = "4417960123"
    rated_seller.enterprise.save()
    assert score(rated_seller) == before + 4


def test_a_seller_with_too_little_history_is_new(seller, buyer):
    order_with_history(seller, buyer, placed_days_ago=60, paid=1, shipped=3)
    rating = services.recompute_ratings([seller.enterprise.pk])[seller.enterprise.pk]
    assert rating.score is None and rating.grade == "new"
    assert rating.breakdown["new_seller"] is True and rating.breakdown["provisional_score"] == 84


def test_the_real_selectors_of_the_returns_and_ip_apps_are_read(seller, monkeypatch):
    from importlib import import_module

    from marketplace.seller_rating import inputs as inputs_module

    def real(module, name):
        return getattr(import_module(module), name)

    monkeypatch.setattr(inputs_module, "_optional", real)
    inputs = gather([seller.enterprise.pk])[seller.enterprise.pk]
    # Both apps answer: nothing against this seller (0, not "no data").
    assert (inputs.disputes_opened, inputs.disputes_lost, inputs.strikes) == (0, 0, 0)


def test_a_missing_selector_is_no_data_not_an_error():
    from marketplace.seller_rating.inputs import _optional

    assert _optional("marketplace.no_such_app.selectors", "strikes") is None
    assert _optional("marketplace.seller_rating.selectors", "no_such_function") is None
