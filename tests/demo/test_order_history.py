"""A demo history of orders: two years, every customs mode, every tier, made once."""

import datetime as dt
from decimal import Decimal

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.declaration import modes
from marketplace.demo.order_history import PAID_ORDERS, seed_order_history
from marketplace.demo.services import seed_demo
from marketplace.order_lifecycle import statuses
from marketplace.sellers.models import Enterprise
from marketplace.trade_stats import selectors
from tests import seed_snapshot
from tests.module_rows import made_once

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
Line = get_model("order", "Line")
Purchase = get_model("order", "Purchase")

NOW = timezone.make_aware(dt.datetime(2026, 12, 3, 10, 0))


@pytest.fixture
def history(seeded_before):
    seeded_before(products=60)
    return Order.objects.count()


def test_seed_demo_gives_two_years_of_orders_once(history, seed):
    assert 1500 <= history <= 3000
    years = {order.date_placed.year for order in Order.objects.only("date_placed")}
    assert years == {timezone.localdate().year - 1, timezone.localdate().year}

    output = seed(products=60)

    assert Order.objects.count() == history
    assert "all months of demo orders exist already" in output


def test_if_empty_skips_the_history_with_the_catalogue(seed):
    from tests.factories import StockRecordFactory

    StockRecordFactory()
    seed(products=30, if_empty=True)

    assert not Order.objects.exists()


def forget_orders():
    Order.objects.all().delete()
    Purchase.objects.all().delete()


@pytest.fixture(scope="module")
def fixed_history(django_db_setup, django_db_blocker, demo_media, tmp_path_factory):
    """The catalogue alone (services.seed_demo), then the history at a fixed moment: made
    once for the four tests that read it, rolled back after the module."""
    with made_once(django_db_blocker), override_settings(
            MEDIA_ROOT=demo_media, VAR_DIR=tmp_path_factory.mktemp("var")):
        def catalogue_and_history():
            seed_demo(products=60, content_pages=False)
            return seed_order_history(now=NOW)

        # Kept between runs of the suite on this machine (tests/seed_snapshot.py).
        yield seed_snapshot.seed(connection, demo_media, settings.VAR_DIR, catalogue_and_history,
                                 {"service": "seed_demo", "products": 60,
                                  "history": NOW.isoformat()})


def test_history_is_deterministic(fixed_history):
    first = sorted(Order.objects.values_list("number", "total_incl_tax", "date_placed"))
    forget_orders()

    assert seed_order_history(now=NOW) == fixed_history
    assert sorted(Order.objects.values_list("number", "total_incl_tax", "date_placed")) == first


def test_orders_come_in_every_mode_and_both_directions(fixed_history):
    found = {
        (modes.direction(order), modes.customs_mode(order))
        for order in Order.objects.select_related("shipping_address", "purchase")
    }
    assert found == {("E", "9610"), ("E", "9710"), ("E", "9810"), ("I", "9610")}
    countries = set(Order.objects.values_list("shipping_address__country", flat=True))
    assert {"US", "DE", "GB", "JP", "AU", "AE", "BR", "CN"} <= countries


def test_statistics_show_growth_and_every_tier(fixed_history):
    last_year = selectors.trade_statistics(2025, now=NOW)
    this_year = selectors.trade_statistics(2026, now=NOW)

    assert {e.tier.code for e in last_year.enterprises} == {
        "over_1bn", "500m_to_1bn", "100m_to_500m", "below_100m"}
    assert this_year.growth_percent > Decimal("15")
    assert last_year.lines_without_cny == 0
    months = [m.total_cny for m in last_year.months]
    assert months[1] < months[0] < months[9]  # Spring Festival quiet, autumn busy
    assert {c.code for c in last_year.clusters if c.total_cny} == {
        "knives_scissors", "kitchenware", "seafood", "processed_food", "textiles"}


def test_recent_paid_orders_are_ready_to_ship_and_declare(fixed_history):
    paid = list(Order.objects.filter(status=statuses.PAID)
                .select_related("shipping_address", "purchase"))

    assert len(paid) == PAID_ORDERS
    assert all(NOW - order.date_placed <= dt.timedelta(days=14) for order in paid)
    lines = Line.objects.filter(order__in=paid).select_related("product", "partner__enterprise")
    assert all(line.product.hs_code_id and line.line_price_cny for line in lines)
    assert all(line.partner.enterprise.customs_code for line in lines)
    assert all(order.shipping_address.postcode and order.shipping_address.line1 for order in paid)
    assert Enterprise.objects.filter(status=Enterprise.Status.APPROVED).count() == 7
