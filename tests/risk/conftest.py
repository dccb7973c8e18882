"""A Yangjiang knife maker with one chef knife (HS 8211920000, on the "Blades" watch list)
made in two lots; three buyers whose orders hold lot A or lot B; risk officers.

Ana (Spain) holds lot A through two orders, Ben (Germany) holds lot A, Chloé (France)
holds only lot B of the same knife: a recall of lot A must reach Ana once and Ben, never
Chloé.
"""

from dataclasses import dataclass
from datetime import date

import pytest
from django.contrib.auth.models import Permission, User
from django.test import Client
from django.utils import translation
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from marketplace.traceability.models import Batch, BatchAllocation
from tests.seller_dashboard.conftest import make_seller
from tests.sellers.factories import UserFactory

Basket = get_model("basket", "Basket")
Country = get_model("address", "Country")
ShippingAddress = get_model("order", "ShippingAddress")
Product = get_model("catalogue", "Product")


@pytest.fixture(autouse=True)
def _english(db):
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _no_outbox_relay(settings):
    settings.MARKETPLACE_DECLARE_ON_SHIP = False


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def officer(*codenames, **kwargs) -> User:
    user = UserFactory(**kwargs)
    for codename in codenames:
        user.user_permissions.add(Permission.objects.get(content_type__app_label="risk",
                                                         codename=codename))
    return User.objects.get(pk=user.pk)


@pytest.fixture
def risk_officer(db):
    return officer("manage_alerts", "recall_batches", "manage_watch_lists",
                   email="officer@marketplace.example")


@pytest.fixture
def officer_client(risk_officer):
    return login(risk_officer)


@pytest.fixture
def seller(db):
    from tests.factories import add_category

    seller = make_seller("Yangjiang Eighteen Knives", "Eighteen Chef Knife 8in",
                         add_category(["Knives & Scissors", "Kitchen knives"]))
    Product.objects.filter(pk=seller.product.pk).update(hs_code_id="8211920000")
    seller.product.refresh_from_db()
    seller.enterprise = seller.partner.enterprise
    seller.user.email = "sales@knives.example.cn"
    seller.user.save(update_fields=["email"])
    return seller


@pytest.fixture
def knife(seller):
    return seller.product


def make_batch(product, enterprise, lot):
    return Batch.objects.create(product=product, enterprise=enterprise, lot_number=lot,
                                production_date=date(2026, 9, 1), factory_name="Plant 1")


@pytest.fixture
def lots(seller):
    return (make_batch(seller.product, seller.enterprise, "LOT-A"),
            make_batch(seller.product, seller.enterprise, "LOT-B"))


def place_order(number, buyer, product, *, country="ES", quantity=10):
    basket = Basket.objects.create()
    basket.strategy = Default()
    basket.add_product(product, quantity=quantity)
    address = ShippingAddress.objects.create(
        first_name="Buyer", last_name=number, line1="1 Calle Mayor", line4="Town",
        country=Country.objects.get(iso_3166_1_a2=country))
    return create_order(number=number, basket=basket, user=buyer, shipping_address=address)


def allocate(order, batch, quantity=None):
    line = order.lines.get()
    return BatchAllocation.objects.create(line=line, batch=batch,
                                          quantity=quantity or line.quantity)


@dataclass
class Buyers:
    ana: User
    ben: User
    chloe: User
    orders: dict


@pytest.fixture
def buyers(knife, lots):
    lot_a, lot_b = lots
    ana = UserFactory(email="ana@example.es")
    ben = UserFactory(email="ben@example.de")
    chloe = UserFactory(email="chloe@example.fr")
    orders = {
        "ana-1": place_order("YJ-2001", ana, knife, country="ES", quantity=10),
        "ana-2": place_order("YJ-2002", ana, knife, country="ES", quantity=4),
        "ben": place_order("YJ-2003", ben, knife, country="DE", quantity=6),
        "chloe": place_order("YJ-2004", chloe, knife, country="FR", quantity=8),
    }
    allocate(orders["ana-1"], lot_a)
    allocate(orders["ana-2"], lot_a)
    allocate(orders["ben"], lot_a)
    allocate(orders["chloe"], lot_b)
    return Buyers(ana=ana, ben=ben, chloe=chloe, orders=orders)
