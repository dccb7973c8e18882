"""A Yangjiang knife maker (an approved seller with two users), a buyer, and orders of its
knives, one seller per order as checkout makes them; `pay` records what the buyer paid."""

from decimal import Decimal

import pytest
from django.test import Client
from django.utils import translation
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from tests.factories import add_category
from tests.payments.conftest import gateway  # noqa: F401  (the in-memory payment gateway)
from tests.seller_dashboard.conftest import make_seller
from tests.sellers.factories import UserFactory

Basket = get_model("basket", "Basket")
Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")


@pytest.fixture
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def category(db):
    return add_category(["Knives & Scissors", "Kitchen knives"])


@pytest.fixture
def seller(category):
    seller = make_seller("Yangjiang Eighteen Knives", "Eighteen Chef Knife 8in", category)
    seller.user.email = "sales@knives.example.cn"
    seller.user.save(update_fields=["email"])
    return seller


@pytest.fixture
def other_seller(category):
    return make_seller("Yangjiang Golden Scissors", "Golden Santoku 7in", category)


@pytest.fixture
def buyer(db):
    return UserFactory(email="ana@example.es")


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def buyer_client(buyer):
    return login(buyer)


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True, is_superuser=True, email="ops@marketplace.example")


def place_order(number, buyer, *products, quantity=2):
    basket = Basket.objects.create()
    basket.strategy = Default()
    for product in products:
        basket.add_product(product, quantity=quantity)
    return create_order(number=number, basket=basket, user=buyer)


@pytest.fixture
def order(seller, buyer):
    """Two 8in chef knives at 100.00: 200.00 to pay."""
    return place_order("YJ-1001", buyer, seller.product)


def pay(order, amount=None, *, source="Card", currency=None, reference=None):
    """Records a payment of the order (the whole total unless `amount`)."""
    source_type, _created = SourceType.objects.get_or_create(name=source)
    amount = order.total_incl_tax if amount is None else Decimal(amount)
    return Source.objects.create(
        order=order, source_type=source_type, currency=currency or order.currency,
        amount_allocated=amount, amount_debited=amount,
        reference=reference or f"{source}-{Source.objects.count() + 1}")


@pytest.fixture(autouse=True)
def _customs_not_the_subject(settings):
    """Shipping here is the lifecycle's move alone: declaring the shipment to customs (which
    needs HS codes, weights, filings) is tests/declaration's subject."""
    settings.MARKETPLACE_DECLARE_ON_SHIP = False
