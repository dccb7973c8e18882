"""Bank-transfer orders of a Yangjiang knife maker: a Madrid importer pays 1,000.01 EUR in a
30 % deposit and a 70 % balance; a Tokyo importer pays in yen, which has no decimals."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test.factories import create_order, create_product, create_stockrecord

from tests.sellers.factories import UserFactory

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")

BANK = {"beneficiary": "Yangjiang Trade Ltd", "bank_name": "Bank of China, Yangjiang Branch",
        "account_number": "6217 8570 0000 1234", "swift": "BKCHCNBJ47A", "unknown_key": "not printed"}


def place_order(number, *, price, currency="EUR", partner_name="Yangjiang Eighteen Knives",
                buyer=None, days_ago=0):
    product = create_product(title="Chef knife 8in")
    create_stockrecord(product, price=Decimal(price), currency=currency, partner_name=partner_name,
                       num_in_stock=1000)
    basket = Basket.objects.create()
    basket.strategy = Default()
    basket.add_product(product, quantity=1)
    order = create_order(number=number, basket=basket, user=buyer)
    if days_ago:
        Order.objects.filter(pk=order.pk).update(date_placed=timezone.now() - timedelta(days=days_ago))
        order.refresh_from_db()
    assert order.currency == currency and order.total_incl_tax == Decimal(price)
    return order


def seller_user(partner, **kwargs):
    user = UserFactory(**kwargs)
    user.user_permissions.add(Permission.objects.get(content_type__app_label="partner",
                                                     codename="dashboard_access"))
    partner.users.add(user)
    return user


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def _bank_details(settings):
    settings.MARKETPLACE_BANK_DETAILS = BANK


@pytest.fixture
def buyer(db):
    return UserFactory(email="compras@madrid-cuchillos.example.es")


@pytest.fixture
def order(buyer):
    return place_order("BT-1001", price="1000.01", buyer=buyer)


@pytest.fixture
def yen_order(db):
    return place_order("BT-2001", price="100001", currency="JPY",
                       buyer=UserFactory(email="kobai@tokyo-hamono.example.jp"))


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True, email="finance@yangjiang-trade.example")


@pytest.fixture
def seller(order):
    return seller_user(order.lines.get().partner, email="sales@eighteen-knives.example.cn")
