"""Two sellers' goods in a Spanish buyer's basket, and helpers that walk the checkout pages."""

from decimal import Decimal

import pytest
from django.utils import translation

from marketplace.freight.models import SellerShippingProfile
from marketplace.oscar_apps.partner.services import set_trade_terms
from tests.factories import PartnerFactory, StockRecordFactory, rate
from tests.payments.conftest import gateway  # noqa: F401  (the in-memory payment gateway)


@pytest.fixture(autouse=True)
def _english(db):
    with translation.override("en"):
        yield


@pytest.fixture
def buyer(django_user_model):
    return django_user_model.objects.create_user(
        username="lucia", email="lucia@example.es", password="x", first_name="Lucía", last_name="García")


@pytest.fixture
def sellers(db):
    rate("CNY", "EUR", "0.13")
    knives, kitchen = PartnerFactory(name="Yangjiang Blades"), PartnerFactory(name="Hailing Kitchenware")
    for partner in (knives, kitchen):
        SellerShippingProfile.objects.create(partner=partner, accepts_on_quote=True)
    return knives, kitchen


def listing(partner, *, price="100.00", moq=10, incoterms=("EXW", ("FOB", "Yangjiang Port"), "DAP"),
            gross_weight="0.50", **terms):
    record = StockRecordFactory(partner=partner, price=Decimal(price), num_in_stock=10_000)
    product = record.product
    product.gross_weight_kg = Decimal(gross_weight) if gross_weight else None
    product.save()
    set_trade_terms(record, moq=moq, incoterms=list(incoterms), **terms)
    return product


@pytest.fixture
def knife(sellers):
    return listing(sellers[0], price="100.00", moq=10)


@pytest.fixture
def wok(sellers):
    return listing(sellers[1], price="80.00", moq=20, sample_price=Decimal("120.00"), sample_limit=2)


def add(client, product, quantity):
    return client.post(f"/en/basket/add/{product.pk}/", {"quantity": quantity})


ADDRESS = {"first_name": "Lucía", "last_name": "García", "line1": "Calle de Alcalá 42",
           "line4": "Madrid", "postcode": "28014", "country": "ES", "phone_number": "+34 600 000 000"}


def give_address(client, **changes):
    return client.post("/en/checkout/shipping-address/", {**ADDRESS, **changes})


def choose_terms(client, choices):
    """`choices`: {partner: (incoterm value, named place, freight code)}."""
    data = {}
    for partner, (incoterm, place, freight) in choices.items():
        data[f"seller-{partner.pk}-incoterm"] = incoterm
        data[f"seller-{partner.pk}-named_place"] = place
        data[f"seller-{partner.pk}-freight"] = freight
    return client.post("/en/checkout/shipping-method/", data)


def choose_payment(client, method="card", deposit=30, reference=""):
    return client.post("/en/checkout/payment-method/", {
        "method": method, "deposit_percent": deposit, "buyer_reference": reference})


def place(client, **extra):
    return client.post("/en/checkout/preview/", {"action": "place_order", **extra})
