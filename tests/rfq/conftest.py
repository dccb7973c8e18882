"""A seller with a product, a buyer, and what a buyer types into the RFQ form."""

from decimal import Decimal

import pytest
from django.utils import translation

from marketplace.sellers.models import Cluster
from tests.factories import StockRecordFactory
from tests.sellers.factories import UserFactory

from .factories import in_days, make_seller


@pytest.fixture(autouse=True)
def _english(db):
    with translation.override("en"):
        yield


@pytest.fixture
def seller(db):
    return make_seller()


@pytest.fixture
def seller_user(seller):
    return seller.applicant


@pytest.fixture
def product(seller):
    return StockRecordFactory(partner=seller.partner, price=Decimal("100.00")).product


@pytest.fixture
def buyer(db):
    return UserFactory(email="buyer@importer.example")


@pytest.fixture
def rfq_data():
    def build(**fields):
        data = {
            "title": "Chef knives with our logo",
            "cluster": Cluster.KNIVES_SCISSORS,
            "description": "8-inch chef knives, laser-etched logo.",
            "quantity": "500",
            "target_price": "85.00",
            "target_currency": "CNY",
            "destination_country": "DE",
            "destination_place": "Hamburg",
            "incoterm": "CIF",
            "deadline": in_days(14).isoformat(),
        }
        data.update(fields)
        return data
    return build

