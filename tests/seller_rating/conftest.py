"""An approved Yangjiang knife maker (lead time 10 days), a buyer, and orders with a history
written at chosen dates: placed, paid, shipped, completed."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation
from oscar.core.loading import get_model

from marketplace.order_lifecycle import statuses
from tests.factories import add_category
from tests.order_lifecycle.conftest import login, place_order
from tests.seller_dashboard.conftest import make_seller
from tests.sellers.factories import UserFactory

Order = get_model("order", "Order")
OrderStatusChange = get_model("order", "OrderStatusChange")

LEAD_DAYS = 10


@pytest.fixture(autouse=True)
def _english(db):
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _no_other_apps_data(monkeypatch):
    """The returns and IP complaints apps are written by others: their selectors are
    absent unless a test installs a stand-in (monkeypatch)."""
    from marketplace.seller_rating import inputs

    real = inputs._optional

    def optional(module, name):
        if module in STANDINS:
            return STANDINS[module]
        if module in ("marketplace.returns.selectors", "marketplace.ip_complaints.selectors"):
            return None
        return real(module, name)

    STANDINS.clear()
    monkeypatch.setattr(inputs, "_optional", optional)
    yield STANDINS
    STANDINS.clear()


STANDINS = {}


def install_disputes(counts):
    """dispute_counts answers `counts` ({enterprise id: {"opened", "decided_for_buyer"}})."""
    calls = []

    def dispute_counts(enterprise_ids=None, since=None):
        calls.append((enterprise_ids, since))
        return counts
    STANDINS["marketplace.returns.selectors"] = dispute_counts
    return calls


def install_strikes(counts):
    def strikes(enterprise_ids=None, since=None):
        return counts
    STANDINS["marketplace.ip_complaints.selectors"] = strikes


@pytest.fixture(autouse=True)
def _customs_not_the_subject(settings):
    settings.MARKETPLACE_DECLARE_ON_SHIP = False


@pytest.fixture
def category(db):
    return add_category(["Knives & Scissors", "Kitchen knives"])


@pytest.fixture
def seller(category):
    seller = make_seller("Yangjiang Eighteen Knives", "Eighteen Chef Knife 8in", category)
    seller.product.lead_time_days = LEAD_DAYS
    seller.product.save()
    seller.enterprise = seller.partner.enterprise
    return seller


@pytest.fixture
def other_seller(category):
    seller = make_seller("Yangjiang Golden Scissors", "Golden Santoku 7in", category)
    seller.enterprise = seller.partner.enterprise
    return seller


@pytest.fixture
def buyer(db):
    return UserFactory(email="ana@example.es")


@pytest.fixture
def buyer_client(buyer):
    return login(buyer)


_numbers = iter(range(1000, 100000))


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def order_with_history(seller, buyer, *, placed_days_ago, paid=0, shipped=None, completed=None,
                       status=None):
    """An order of the seller's knife placed `placed_days_ago`; paid `paid` days after the
    placing, shipped `shipped` days after the payment (None: not shipped), completed
    `completed` days after that. Its status is the last of these unless `status`."""
    order = place_order(f"YJ-{next(_numbers)}", buyer, seller.product)
    placed = days_ago(placed_days_ago)
    Order.objects.filter(pk=order.pk).update(date_placed=placed)
    history = []
    if paid is not None:
        history.append((statuses.PAID, placed + timedelta(days=paid)))
        if shipped is not None:
            history.append((statuses.SHIPPED, history[-1][1] + timedelta(days=shipped)))
            if completed is not None:
                history.append((statuses.COMPLETED, history[-1][1] + timedelta(days=completed)))
    old = statuses.PLACED
    for new, when in history:
        change = OrderStatusChange.objects.create(order=order, old_status=old, new_status=new)
        OrderStatusChange.objects.filter(pk=change.pk).update(date_created=when)
        old = new
    Order.objects.filter(pk=order.pk).update(status=status or old)
    order.refresh_from_db()
    return order
