"""An export order from a buyer in Dubai shared by two Yangjiang manufacturers.

Order EXP-700 (USD, 1 USD = 7.10 CNY on the rate table):
- seller A (Yangjiang Eighteen Knives): 50 chef knives at 12.50 = 625.00 USD (4,437.50 CNY),
  HS 8211910000, GTIN 6901234567892, 24 per carton (3 cartons), 0.250/0.300 kg each
  (12.500/15.000 kg), carton 40 × 30 × 20 cm;
- seller B (Yangjiang Golden Scissors): 2 kitchen scissors at 8.00 = 16.00 USD, HS 8213000000.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.test import Client
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from marketplace.sellers.models import Enterprise
from marketplace.sellers.services import approve_enterprise
from tests.factories import StockRecordFactory, rate
from tests.sellers.factories import EnterpriseFactory, UserFactory, reviewer

Basket = get_model("basket", "Basket")
Country = get_model("address", "Country")
ShippingAddress = get_model("order", "ShippingAddress")
HSCode = get_model("catalogue", "HSCode")

KNIFE = {"en": "Chef knife 8in", "zh_hans": "阳江主厨刀", "ar": "سكين الطاهي", "ja": "牛刀八寸"}
SCISSORS = {"en": "Kitchen scissors", "zh_hans": "厨房剪刀", "ar": "مقص المطبخ", "ja": "キッチンバサミ"}


@dataclass
class Seller:
    user: User
    enterprise: Enterprise
    client: Client


def make_seller(name_en, legal_name_zh, uscc_serial):
    enterprise = EnterpriseFactory(name_en=name_en, legal_name_zh=legal_name_zh,
                                   customs_code="4417960ABC", status=Enterprise.Status.SUBMITTED)
    approve_enterprise(enterprise, decided_by=reviewer())
    enterprise.refresh_from_db()
    client = Client()
    client.force_login(enterprise.applicant)
    return Seller(user=enterprise.applicant, enterprise=enterprise, client=client)


def listed(seller, titles, hs_code, price, **trade):
    code, _created = HSCode.objects.get_or_create(
        code=hs_code, defaults={"description_zh": "刀", "chapter": hs_code[:2]})
    record = StockRecordFactory(
        partner=seller.enterprise.partner, price_currency="USD", price=Decimal(price), num_in_stock=1000,
        product__hs_code=code, **{f"product__title_{lang}": title for lang, title in titles.items()},
        **{f"product__{name}": value for name, value in trade.items()},
    )
    return record.product


@pytest.fixture
def seller_a(db):
    return make_seller("Yangjiang Eighteen Knives", "阳江十八子刀具有限公司", 1)


@pytest.fixture
def seller_b(db):
    return make_seller("Yangjiang Golden Scissors", "阳江金剪刀有限公司", 2)


@pytest.fixture
def buyer(db):
    user = UserFactory(first_name="Omar", last_name="Haddad")
    client = Client()
    client.force_login(user)
    user.client = client
    return user


def dubai_address(**overrides):
    country, _created = Country.objects.get_or_create(
        iso_3166_1_a2="AE", defaults={"name": "United Arab Emirates",
                                      "printable_name": "United Arab Emirates", "is_shipping_country": True})
    fields = {"first_name": "Omar", "last_name": "Haddad", "line1": "Warehouse 12, Jebel Ali Free Zone",
              "line4": "Dubai", "postcode": "17000", "country": country}
    return ShippingAddress.objects.create(**(fields | overrides))


@pytest.fixture
def order(seller_a, seller_b, buyer):
    rate("USD", "CNY", "7.10", on=date(2020, 1, 1))
    knife = listed(seller_a, KNIFE, "8211910000", "12.50", gtin="6901234567892",
                   net_weight_kg=Decimal("0.250"), gross_weight_kg=Decimal("0.300"), units_per_carton=24,
                   carton_length_cm=Decimal("40"), carton_width_cm=Decimal("30"),
                   carton_height_cm=Decimal("20"))
    scissors = listed(seller_b, SCISSORS, "8213000000", "8.00")
    basket = Basket.objects.create()
    basket.strategy = Default()
    basket.add_product(knife, quantity=50)
    basket.add_product(scissors, quantity=2)
    placed = create_order(number="EXP-700", basket=basket, user=buyer, shipping_address=dubai_address())
    assert placed.currency == "USD" and placed.total_incl_tax == Decimal("641.00")
    return placed
