"""Export orders of Yangjiang sellers shipped in November 2026, built as the checkout leaves
them (lines in the order currency, freight charged apart in trade_terms), and staff."""

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import timezone
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test.factories import create_order, create_product, create_stockrecord

from marketplace.order_lifecycle import statuses
from tests.sellers.factories import EnterpriseFactory, UserFactory

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
OrderStatusChange = get_model("order", "OrderStatusChange")
ShippingAddress = get_model("order", "ShippingAddress")
Country = get_model("address", "Country")


def seller(name="Yangjiang Eighteen Knives", legal_name="阳江十八子刀具有限公司", uscc="91441702314946805P"):
    enterprise = EnterpriseFactory(name_en=name, legal_name_zh=legal_name, uscc=uscc)
    product = create_product(title="placeholder")
    record = create_stockrecord(product, price=Decimal("1.00"), partner_name=name)
    enterprise.partner = record.partner
    enterprise.save()
    return record.partner


def export_order(number, goods, *, partner, currency="USD", country="US", shipped_on=None,
                 incoterm="FOB", freight_cny="350.00", user=None):
    """`goods`: [(title, hs code, unit price, quantity, unit)]. Freight is charged apart, as
    the checkout does: it is in trade_terms and Oscar's shipping charge, not in the lines."""
    basket = Basket.objects.create()
    basket.strategy = Default()
    for title, hs_code, price, quantity, unit in goods:
        product = create_product(title=title)
        product.hs_code_id = hs_code
        product.unit_of_measure = unit
        product.save()
        create_stockrecord(product, price=Decimal(price), currency=currency, partner_name=partner.name,
                           num_in_stock=100_000)
        basket.add_product(product, quantity=quantity)
    address = ShippingAddress.objects.create(first_name="Ann", last_name="Buyer", line1="1 Main St",
                                             line4="Town", country=Country.objects.get(iso_3166_1_a2=country))
    order = create_order(number=number, basket=basket, user=user, shipping_address=address)
    order.lines.update(partner=partner, partner_name=partner.name)
    order.trade_terms = {"incoterm": incoterm, "named_place": "Yangjiang Port",
                         "freight": {"code": "sea-lcl", "name": "Sea LCL", "trade_mode": "sea",
                                     "on_quote": False, "charge_cny": freight_cny}}
    order.save()
    if shipped_on:
        ship(order, shipped_on)
    return order


def ship(order, day: date, hour=10):
    change = OrderStatusChange.objects.create(order=order, old_status=statuses.PAID, new_status=statuses.SHIPPED)
    moment = timezone.make_aware(datetime.combine(day, time(hour)))
    OrderStatusChange.objects.filter(pk=change.pk).update(date_created=moment)
    Order.objects.filter(pk=order.pk).update(status=statuses.SHIPPED)


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True, email="tax@yangjiang-trade.example")


@pytest.fixture
def outsider(db):
    return UserFactory(email="buyer@example.com")
