"""Ratings are recomputed nightly and shortly after the events that move their inputs."""

import pytest
from django.core.cache import cache

from marketplace.ip_complaints.signals import strike_recorded
from marketplace.order_lifecycle import statuses
from marketplace.order_lifecycle.services import move_order
from marketplace.returns.signals import case_opened, dispute_decided
from marketplace.seller_rating import services, tasks
from marketplace.seller_rating.models import SellerRating
from marketplace.sellers.services import suspend_enterprise
from tests.order_lifecycle.conftest import pay
from tests.sellers.factories import reviewer

from .conftest import install_disputes, install_strikes, order_with_history

pytestmark = pytest.mark.django_db


@pytest.fixture
def rated_seller(seller, buyer):
    for _n in range(4):
        order_with_history(seller, buyer, placed_days_ago=60, paid=1, shipped=3)
    install_disputes({})
    install_strikes({})
    services.recompute_ratings([seller.enterprise.pk])
    return seller


def stored_score(seller):
    return SellerRating.objects.get(pk=seller.enterprise.pk).score


def test_the_nightly_task_rates_every_seller_with_a_partner(rated_seller, other_seller):
    SellerRating.objects.all().delete()

    assert tasks.recompute_all_ratings.delay().get() == 2

    assert stored_score(rated_seller) == 84
    assert SellerRating.objects.get(pk=other_seller.enterprise.pk).grade == "new"


def test_the_nightly_task_is_safe_to_run_twice(rated_seller):
    tasks.recompute_all_ratings.delay()
    first = SellerRating.objects.get(pk=rated_seller.enterprise.pk)
    tasks.recompute_all_ratings.delay()
    again = SellerRating.objects.get(pk=rated_seller.enterprise.pk)
    assert (again.score, again.grade, again.breakdown) == (first.score, first.grade, first.breakdown)
    assert SellerRating.objects.count() == 1


def test_shipping_late_lowers_the_rating_once_committed(
        rated_seller, buyer, django_capture_on_commit_callbacks):
    order = order_with_history(rated_seller, buyer, placed_days_ago=40, paid=1)
    pay(order)
    assert order.status == statuses.PAID
    assert stored_score(rated_seller) == 84

    with django_capture_on_commit_callbacks(execute=True):
        move_order(order, statuses.SHIPPED, by=rated_seller.user, carrier="SF Express",
                   tracking_number="SF1234567890")

    # 4 of 5 on time: 77.
    assert stored_score(rated_seller) == 77


def test_a_strike_lowers_the_rating(rated_seller, django_capture_on_commit_callbacks):
    install_strikes({rated_seller.enterprise.pk: 1})
    with django_capture_on_commit_callbacks(execute=True):
        strike_recorded.send(sender=None, case=None, enterprise=rated_seller.enterprise,
                             products=[])
    assert stored_score(rated_seller) == 79


def test_a_dispute_opened_and_decided_moves_the_rating(rated_seller, django_capture_on_commit_callbacks):
    pk = rated_seller.enterprise.pk
    install_disputes({pk: {"opened": 1, "decided_for_buyer": 0}})
    with django_capture_on_commit_callbacks(execute=True):
        case_opened.send(sender=None, case=None, order=None, enterprise=rated_seller.enterprise,
                         kind="dispute")
    # 0.5 / (0.25 × 4) = 0.5: 10 of 20 points.
    assert stored_score(rated_seller) == 74
    install_disputes({pk: {"opened": 1, "decided_for_buyer": 1}})
    with django_capture_on_commit_callbacks(execute=True):
        dispute_decided.send(sender=None, dispute=None, order=None,
                             enterprise=rated_seller.enterprise, in_favour_of="buyer")
    assert stored_score(rated_seller) == 64


def test_a_return_request_is_not_a_dispute(rated_seller, django_capture_on_commit_callbacks,
                                           monkeypatch):
    sent = []
    monkeypatch.setattr(services, "_send_recompute", sent.append)
    with django_capture_on_commit_callbacks(execute=True):
        case_opened.send(sender=None, case=None, order=None, enterprise=rated_seller.enterprise,
                         kind="return")
    assert sent == []


def test_suspending_the_seller_moves_its_verification(rated_seller, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        suspend_enterprise(rated_seller.enterprise, decided_by=reviewer(),
                           reason="Counterfeit goods")
    assert stored_score(rated_seller) == 80  # the approved filing's 4 points


def test_events_for_one_seller_are_debounced(rated_seller, monkeypatch, settings,
                                             django_capture_on_commit_callbacks):
    settings.MARKETPLACE_RATING_DEBOUNCE_SECONDS = 120
    queued = []
    monkeypatch.setattr(tasks.recompute_seller_rating, "apply_async",
                        lambda args, countdown: queued.append((args, countdown)))
    with django_capture_on_commit_callbacks(execute=True):
        for _n in range(3):
            strike_recorded.send(sender=None, case=None, enterprise=rated_seller.enterprise,
                                 products=[])
    assert queued == [([rated_seller.enterprise.pk], 120)]

    # The task clears the mark as it starts: a later event is scheduled again.
    services.recompute_one(rated_seller.enterprise.pk)
    with django_capture_on_commit_callbacks(execute=True):
        strike_recorded.send(sender=None, case=None, enterprise=rated_seller.enterprise,
                             products=[])
    assert len(queued) == 2


def test_a_rolled_back_event_schedules_nothing(rated_seller, monkeypatch,
                                               django_capture_on_commit_callbacks):
    sent = []
    monkeypatch.setattr(services, "_send_recompute", sent.append)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.schedule_recompute(rated_seller.enterprise.pk)
    assert len(callbacks) == 1 and sent == []  # waits for the commit
    assert cache.get(services.pending_key(rated_seller.enterprise.pk)) is None


def test_a_changed_score_reindexes_the_sellers_products(rated_seller, buyer, monkeypatch):
    queued = []
    monkeypatch.setattr("marketplace.product_search.tasks.queue_index",
                        lambda ids: queued.append(set(ids)))
    services.recompute_ratings([rated_seller.enterprise.pk])
    assert queued == []  # unchanged: nothing to reindex
    order_with_history(rated_seller, buyer, placed_days_ago=60, paid=1, shipped=30)
    services.recompute_ratings([rated_seller.enterprise.pk])
    assert queued == [{rated_seller.product.pk}]
