"""A small, hand-counted year of trade (2025 against 2024), built straight in the database.

Times are in the site's zone (Asia/Shanghai). Tier bars are lowered by the `tiers` fixture
to 3,000 / 2,000 / 1,000 CNY so the few orders below reach every tier.

2024: P1 Jan US 9710 knives 1,000 · P2 Mar DE 9610 knives 2,800 · P3 31 Dec 23:59 GB 9610
seafood 200 (total 4,000).

2025 (counted):
- O1  15 Jan, US, company, sea FCL, Completed: knife 1,000 + pot 500 (seller A) — 9710
- O2  20 Jan, DE, private, postal, Shipped: knife 200 (A) — 9610
- O3   5 Mar, DE, company, overseas warehouse, Delivered: shrimp 3,000 (B) — 9810
- O4  10 Mar, CN, private, express, Completed: shrimp 400 (B) — import 9610
- O5  31 Mar 23:30, US, private, postal, Paid: T-shirt 100 (C, hostile name) — 9610, March
- O8   1 Apr 00:30, US, company, sea, Completed: knife 800 (A) + a cancelled line 50 — 9710
- O10  6 May, GB, private, postal, Completed: a deleted product 60 (A) — 9610, cluster other
- O11  1 Jun, AU, private, express, Completed: towel 1,500 (F) — 9610
Not counted: O6 Cancelled 9,999, O7 Awaiting payment 7,777, O9 (JP) a line without a CNY value,
Q1 1 Jan 2026 00:10 777 (next year), G1 a partner without a filing is counted in trade but in no
enterprise's total (none here).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from itertools import count

import pytest
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.buyers.models import BuyerCompany
from marketplace.order_lifecycle import statuses
from marketplace.sellers.models import Cluster, Enterprise
from tests.factories import PartnerFactory, ProductClassFactory, StockRecordFactory
from tests.sellers.factories import EnterpriseFactory

Order = get_model("order", "Order")
Line = get_model("order", "Line")
Purchase = get_model("order", "Purchase")
ShippingAddress = get_model("order", "ShippingAddress")

_numbers = count(1)


def at(year, month, day, hour=12, minute=0):
    """An aware moment in the site's zone (Asia/Shanghai)."""
    return timezone.make_aware(dt.datetime(year, month, day, hour, minute))


def seller(name_en, legal_name_zh, *cluster_codes):
    enterprise = EnterpriseFactory(name_en=name_en, legal_name_zh=legal_name_zh,
                                   status=Enterprise.Status.APPROVED, partner=PartnerFactory())
    enterprise.clusters.set(Cluster.objects.filter(code__in=cluster_codes))
    return enterprise


def product(partner, class_slug, title):
    product_class = ProductClassFactory(slug=class_slug, name=class_slug.title())
    return StockRecordFactory(partner=partner, product__product_class=product_class,
                              product__title_en=title).product


def place(number, *, when, country, lines, company=None, freight_mode="postal",
          status=statuses.COMPLETED):
    """An order as checkout leaves it, with `lines` = [(partner, product, cny, line status)]."""
    total = sum((Decimal(value) for _p, _pr, value, _s in lines if value is not None),
                Decimal("0"))
    purchase = Purchase.objects.create(reference=f"P-{number}", currency="CNY", total=total,
                                       payment_method=Purchase.CARD, company=company)
    address = ShippingAddress.objects.create(first_name="Ana", last_name="Buyer", line1="1 Road",
                                             line4="City", country_id=country)
    order = Order.objects.create(
        number=number, currency="CNY", total_incl_tax=total, total_excl_tax=total,
        shipping_incl_tax=0, shipping_excl_tax=0, status=status, date_placed=when,
        shipping_address=address, purchase=purchase,
        trade_terms={"incoterm": "FOB", "named_place": "Yangjiang",
                     "freight": {"code": "svc-1", "trade_mode": freight_mode}})
    for partner, item, value, line_status in lines:
        amount = Decimal(value) if value is not None else None
        Line.objects.create(
            order=order, partner=partner, partner_name=partner.name, partner_sku=f"SKU{next(_numbers)}",
            product=item, title=item.title if item else "Deleted product", quantity=1,
            line_price_incl_tax=amount or 0, line_price_excl_tax=amount or 0,
            line_price_before_discounts_incl_tax=amount or 0,
            line_price_before_discounts_excl_tax=amount or 0,
            line_price_cny=amount, unit_price_cny=amount, status=line_status, num_allocated=0)
    return order


@pytest.fixture
def tiers(settings):
    settings.MARKETPLACE_TRADE_TIER_THRESHOLDS_CNY = ("3000", "2000", "1000")


@pytest.fixture
def trade(db, tiers):
    a = seller("Knife & Pot Works", "阳江刀锅厂", Cluster.KNIVES_SCISSORS, Cluster.KITCHENWARE)
    b = seller("Zhapo Sea Foods", "闸坡海产", Cluster.SEAFOOD)
    c = seller("Hostile Garments", "服装厂", Cluster.TEXTILES)
    Enterprise.objects.filter(pk=c.pk).update(name_en='<script>alert("x")</script> & "Co"')
    f = seller("Yangxi Towels", "阳西毛巾", Cluster.TEXTILES)
    knife = product(a.partner, "knives", "Chef knife")
    pot = product(a.partner, "kitchenware", "Wok")
    shrimp = product(b.partner, "seafood", "Frozen shrimp")
    shirt = product(c.partner, "textiles", "T-shirt")
    towel = product(f.partner, "textiles", "Towel")
    company = BuyerCompany.objects.create(legal_name="Cocina Bonita S.L.", country="US")
    done, cancelled = statuses.DELIVERED, statuses.CANCELLED

    place("P1", when=at(2024, 1, 10), country="US", company=company, freight_mode="sea_fcl",
          lines=[(a.partner, knife, "1000", done)])
    place("P2", when=at(2024, 3, 15), country="DE", lines=[(a.partner, knife, "2800", done)])
    place("P3", when=at(2024, 12, 31, 23, 59), country="GB",
          lines=[(b.partner, shrimp, "200", done)])

    place("O1", when=at(2025, 1, 15), country="US", company=company, freight_mode="sea_fcl",
          lines=[(a.partner, knife, "1000", done), (a.partner, pot, "500", done)])
    place("O2", when=at(2025, 1, 20), country="DE", status=statuses.SHIPPED,
          lines=[(a.partner, knife, "200", statuses.SHIPPED)])
    place("O3", when=at(2025, 3, 5), country="DE", company=company,
          freight_mode="overseas_warehouse", status=statuses.DELIVERED,
          lines=[(b.partner, shrimp, "3000", done)])
    place("O4", when=at(2025, 3, 10), country="CN", freight_mode="express",
          lines=[(b.partner, shrimp, "400", done)])
    place("O5", when=at(2025, 3, 31, 23, 30), country="US", status=statuses.PAID,
          lines=[(c.partner, shirt, "100", statuses.PLACED)])
    place("O6", when=at(2025, 2, 1), country="US", status=statuses.CANCELLED,
          lines=[(a.partner, knife, "9999", cancelled)])
    place("O7", when=at(2025, 2, 2), country="US", status=statuses.AWAITING_PAYMENT,
          lines=[(a.partner, knife, "7777", statuses.PLACED)])
    place("O8", when=at(2025, 4, 1, 0, 30), country="US", company=company, freight_mode="sea_lcl",
          lines=[(a.partner, knife, "800", done), (a.partner, knife, "50", cancelled)])
    place("O9", when=at(2025, 5, 5), country="JP", lines=[(a.partner, knife, None, done)])
    place("O10", when=at(2025, 5, 6), country="GB", lines=[(a.partner, None, "60", done)])
    place("O11", when=at(2025, 6, 1), country="AU", freight_mode="express",
          lines=[(f.partner, towel, "1500", done)])
    place("Q1", when=at(2026, 1, 1, 0, 10), country="US", lines=[(a.partner, knife, "777", done)])
    return {"a": a, "b": b, "c": c, "f": f, "company": company}

