"""Orders customs can be told about: an approved Yangjiang knife maker with a customs code,
a knife with its HS code and weights, a buyer abroad (or in China, for a retail import),
paid in full. Each helper takes the one fact a test wants different."""

from __future__ import annotations

import itertools
from decimal import Decimal

from django.contrib.auth.models import User
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test.factories import CountryFactory, ShippingAddressFactory, create_order

from marketplace.order_lifecycle import statuses
from marketplace.sellers.models import Enterprise
from marketplace.sellers.services import approve_enterprise
from tests.factories import StockRecordFactory
from tests.sellers.factories import EnterpriseFactory, UserFactory, reviewer

Basket = get_model("basket", "Basket")
HSCode = get_model("catalogue", "HSCode")
Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")
Purchase = get_model("order", "Purchase")

KNIFE_HS = "8211910000"
_numbers = itertools.count(1)


def make_seller(*, customs_code: str = "4417961234", name: str = "Yangjiang Eighteen Knives"):
    """An approved seller (Enterprise + Partner) with a knife in stock; returns (enterprise, product, user)."""
    enterprise = EnterpriseFactory(name_en=name, status=Enterprise.Status.SUBMITTED, customs_code=customs_code)
    approve_enterprise(enterprise, decided_by=reviewer())
    enterprise.refresh_from_db()
    record = StockRecordFactory(
        partner=enterprise.partner, product__title_en="Chef Knife 8in", product__title_zh_hans="八寸厨师刀",
        price=Decimal("100.00"), num_in_stock=10_000)
    product = record.product
    product.hs_code = HSCode.objects.get(code=KNIFE_HS)
    product.net_weight_kg, product.gross_weight_kg = Decimal("0.250"), Decimal("0.400")
    product.declared_elements = "厨师刀|无品牌|不锈钢|厨房用|8寸"
    product.gtin = ""
    product.save()
    user = User.objects.get(pk=enterprise.applicant.pk)
    return enterprise, product, user


def place(product, *, country: str = "US", number: str | None = None, quantity: int = 2, buyer=None,
          trade_mode: str = "express", charge_cny: str = "80.00", company=None, paid: bool = True):
    """An order of `quantity` of `product` to `country` (no address when country is ""), paid in full."""
    basket = Basket.objects.create()
    basket.strategy = Default()
    basket.add_product(product, quantity=quantity)
    address = ShippingAddressFactory(country=CountryFactory(iso_3166_1_a2=country, printable_name=country),
                                     phone_number="+8613800138000") if country else None
    buyer = buyer or UserFactory()
    number = number or f"YJ-{next(_numbers):05d}"
    purchase = Purchase.objects.create(reference=f"P{number}", user=buyer, currency="CNY", total=Decimal("0"),
                                       payment_method=Purchase.CARD, company=company)
    order = create_order(number=number, basket=basket, user=buyer, shipping_address=address)
    order.purchase = purchase
    order.trade_terms = {"incoterm": "CPT", "named_place": "Los Angeles", "freight": {
        "code": "dhl", "name": "DHL", "trade_mode": trade_mode, "on_quote": False, "charge_cny": charge_cny}}
    order.save(update_fields=["purchase", "trade_terms"])
    for line in order.lines.all():
        line.unit_price_cny = line.unit_price_excl_tax
        line.line_price_cny = line.line_price_excl_tax
        line.save(update_fields=["unit_price_cny", "line_price_cny"])
    if paid:
        pay(order)
    return order


def pay(order):
    source_type, _created = SourceType.objects.get_or_create(name="Card")
    Source.objects.create(order=order, source_type=source_type, currency=order.currency,
                          amount_allocated=order.total_incl_tax, amount_debited=order.total_incl_tax,
                          reference=f"card-{order.number}")
    order.set_status(statuses.PAID)
    return order


def import_buyer(order, *, name: str = "张三", id_number: str = "441702199001011233"):
    from marketplace.cbec_tax.models import CbecPurchase
    from marketplace.declaration.models import ImportBuyer

    CbecPurchase.objects.create(buyer_key="k" * 64, order_number=order.number, year=2026,
                                customs_value=order.total_incl_tax, ordered_on=order.date_placed.date())
    return ImportBuyer.objects.create(order=order, name=name, id_number=id_number, telephone="13800138000")
