"""A demo history of cross-border orders, so the statistics page and the declarations have
something real to show: last year in full and this year to date.

Each demo maker gets a filing (an approved Enterprise with a USCC and a customs code, tied to
its Oscar partner) and a yearly export value that puts at least one maker in each of the
city plan's tiers (1 bn, 500 m, 100 m CNY and below); this year grows on last year by about
the plan's 25 %. Every month of every maker holds:
- a few large B2B orders from overseas buyer companies, by sea (9710);
- one or two orders to an overseas warehouse (9810);
- a handful of small parcels to private buyers abroad (9610 retail export), a few of them
  cancelled;
- now and then a parcel to a private buyer in China (retail import, 9610).
Spring Festival makes February quiet, the Christmas season makes autumn busy.

Orders older than two months are completed, later ones shipped, and the twenty latest of
the last fortnight are paid and waiting to be shipped and declared: their sellers have
customs codes, their products HS codes, their addresses every line a declaration needs.

Deterministic (a random generator seeded per maker and month) and idempotent per month: a
month that has demo orders is left alone, so running the seeder again creates nothing. A
month is one transaction of a few bulk inserts.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models.functions import Substr
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.buyers.models import BuyerCompany, CompanyMembership, Role
from marketplace.cbec_tax.identity import buyer_key
from marketplace.cbec_tax.models import CbecPurchase
from marketplace.declaration.models import ImportBuyer
from marketplace.order_lifecycle import statuses
from marketplace.order_lifecycle.services import CARD_SOURCE
from marketplace.payments.models import CardPayment, CardPaymentStatus
from marketplace.sellers.identifiers import USCC_ALPHABET, uscc_check_character
from marketplace.sellers.models import Cluster, Enterprise, EnterpriseDecision

from .catalogue_data import DEMO_RATES_FROM_CNY, MAKERS
from .services import seed_exchange_rates

Order = get_model("order", "Order")
OrderStatusChange = get_model("order", "OrderStatusChange")
Product = get_model("catalogue", "Product")
Line = get_model("order", "Line")
Purchase = get_model("order", "Purchase")
ShippingAddress = get_model("order", "ShippingAddress")
Country = get_model("address", "Country")
StockRecord = get_model("partner", "StockRecord")
FreightService = get_model("freight", "FreightService")
Partner = get_model("partner", "Partner")
Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")

PREFIX = "DEMO-"
PAID_ORDERS = 20
PAID_WITHIN_DAYS = 14
COMPLETED_AFTER_DAYS = 60
CNY = "CNY"
ZERO = Decimal("0.00")


def _silent(message: str) -> None:
    pass


# --- the makers' filings ------------------------------------------------------------------

#: Catalogue cluster codes (catalogue_data.py) -> the filing's cluster codes.
CLUSTER_CODES = {"KS": Cluster.KNIVES_SCISSORS, "KW": Cluster.KITCHENWARE,
                 "SF": Cluster.SEAFOOD, "PF": Cluster.PROCESSED_FOOD, "TG": Cluster.TEXTILES}


@dataclass(frozen=True)
class MakerProfile:
    annual_cny: int  # last year's cross-border value
    growth: Decimal  # this year on last year
    customs_code: str


# Yangdong blades over 1 bn, Jiangcheng cutlery 500 m-1 bn, Zhapo and Hailing 100-500 m.
PROFILES = {
    "yj-yangdong-blades": MakerProfile(1_180_000_000, Decimal("1.31"), "4417961A01"),
    "yj-jiangcheng-cutlery": MakerProfile(640_000_000, Decimal("1.27"), "4417961A02"),
    "yj-zhapo-aquatic": MakerProfile(265_000_000, Decimal("1.22"), "4417961A03"),
    "yj-hailing-kitchenware": MakerProfile(150_000_000, Decimal("1.36"), "4417961A04"),
    "yj-pinggang-foods": MakerProfile(62_000_000, Decimal("1.18"), "4417961A05"),
    "yj-yangchun-foods": MakerProfile(36_000_000, Decimal("1.41"), "4417961A06"),
    "yj-yangxi-garments": MakerProfile(48_000_000, Decimal("1.24"), "4417961A07"),
}


def demo_uscc(serial: int, region: str) -> str:
    """A valid synthetic USCC (authority 9, enterprise) for the demo maker `serial`."""
    organisation = "".join(USCC_ALPHABET[(7_000_000 + serial * 7919) // 31**i % 31]
                           for i in range(9))[::-1]
    body = f"91{region}{organisation}"
    return body + uscc_check_character(body)


@transaction.atomic
def seed_enterprises(partners: dict) -> dict:
    """An approved filing for every demo maker that has a partner and none yet: {code: Enterprise}."""
    found = {e.partner_id: e for e in Enterprise.objects.filter(partner__in=partners.values())}
    enterprises = {}
    for serial, maker in enumerate(MAKERS, start=1):
        partner = partners.get(maker.code)
        if partner is None:
            continue
        enterprise = found.get(partner.pk)
        if enterprise is None:
            enterprise = Enterprise.objects.create(
                legal_name_zh=maker.local_name, name_en=maker.name,
                uscc=demo_uscc(serial, maker.district),
                customs_code=PROFILES[maker.code].customs_code,
                address_line=f"{serial} Industrial Avenue, Yangjiang, Guangdong",
                district=maker.district, established_year=1990 + serial * 3,
                contact_name="Demo contact", contact_phone=f"+86 662 3{serial:06d}",
                contact_email=f"{maker.code}@demo.example", status=Enterprise.Status.APPROVED,
                slug=maker.code, partner=partner, language="zh-hans",
                submitted_at=timezone.now())
            enterprise.clusters.set([CLUSTER_CODES[code] for code in maker.clusters])
            EnterpriseDecision.objects.create(enterprise=enterprise,
                                              decision=EnterpriseDecision.Decision.APPROVED,
                                              reason="Demo data")
        enterprises[maker.code] = enterprise
    return enterprises


# --- the buyers ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Buyer:
    key: str
    first_name: str
    last_name: str
    line1: str
    city: str
    postcode: str
    country: str
    phone: str
    company: str = ""  # legal name of the buyer company, "" for a private buyer


COMPANY_BUYERS = (
    Buyer("cuisine-pro", "Jonas", "Becker", "Lagerstraße 12", "Hamburg", "20457", "DE",
          "+49 40 1234567", "Cuisine Pro Distribution GmbH"),
    Buyer("lakeside", "Emily", "Carter", "400 Harbor Blvd", "Los Angeles", "90731", "US",
          "+1 310 555 0142", "Lakeside Restaurant Supply Inc."),
    Buyer("harbour-kitchen", "Oliver", "Hughes", "3 Dock Road", "Felixstowe", "IP11 3SY", "GB",
          "+44 1394 600100", "Harbour Kitchen Wholesale Ltd"),
    Buyer("chubo", "Haruto", "Sato", "2-1 Kaigan", "Tokyo", "105-0022", "JP",
          "+81 3 5555 0101", "Tokyo Chubo Trading K.K."),
    Buyer("southern-cross", "Mia", "Wilson", "18 Wharf Street", "Sydney", "2000", "AU",
          "+61 2 5550 1234", "Southern Cross Hospitality Pty Ltd"),
    Buyer("gulf-horeca", "Omar", "Haddad", "Warehouse 12, Jebel Ali Free Zone", "Dubai", "17000",
          "AE", "+971 4 555 0100", "Gulf Horeca Trading LLC"),
    Buyer("casa-cozinha", "Lucas", "Pereira", "Rua do Porto 88", "Santos", "11010-000", "BR",
          "+55 13 5555 0100", "Casa & Cozinha Importadora Ltda"),
    Buyer("marche-frais", "Camille", "Martin", "7 quai de la Joliette", "Marseille", "13002",
          "FR", "+33 4 91 55 01 00", "Marché Frais Import SAS"),
)
PRIVATE_BUYERS = (
    Buyer("p-us", "Sarah", "Miller", "55 Oak Street", "Austin", "78701", "US", "+1 512 555 0188"),
    Buyer("p-de", "Lena", "Schmidt", "Gartenweg 4", "München", "80331", "DE", "+49 89 5550100"),
    Buyer("p-gb", "George", "Taylor", "12 Mill Lane", "Leeds", "LS1 4AB", "GB", "+44 113 5550100"),
    Buyer("p-jp", "Yui", "Tanaka", "3-4-5 Shibuya", "Tokyo", "150-0002", "JP", "+81 3 5555 0188"),
    Buyer("p-au", "Jack", "Brown", "9 Beach Road", "Brisbane", "4000", "AU", "+61 7 5550 0188"),
    Buyer("p-ae", "Fatima", "Al Mansoori", "Villa 21, Al Wasl Road", "Dubai", "00000", "AE",
          "+971 50 555 0188"),
    Buyer("p-br", "Ana", "Souza", "Av. Paulista 1000", "São Paulo", "01310-100", "BR",
          "+55 11 5555 0188"),
    Buyer("p-fr", "Louis", "Bernard", "14 rue Victor Hugo", "Lyon", "69002", "FR",
          "+33 4 78 55 01 88"),
    Buyer("p-ca", "Olivia", "Roy", "220 King Street W", "Toronto", "M5H 1K4", "CA",
          "+1 416 555 0188"),
    Buyer("p-kr", "Min-jun", "Kim", "21 Teheran-ro", "Seoul", "06236", "KR", "+82 2 555 0188"),
)
#: Retail imports: private buyers in China.
CHINA_BUYERS = (
    Buyer("p-cn-1", "伟", "王", "天河路385号", "广州", "510620", "CN", "+86 20 5555 0188"),
    Buyer("p-cn-2", "芳", "李", "南京东路100号", "上海", "200001", "CN", "+86 21 5555 0188"),
)
#: Where overseas-warehouse orders go (the warehouse operator buys as a company).
WAREHOUSE_BUYERS = ("cuisine-pro", "lakeside", "harbour-kitchen", "southern-cross")

#: The buyer's currency by country; USD where the site shows no local currency.
CURRENCY_OF = {"US": "USD", "DE": "EUR", "FR": "EUR", "GB": "GBP", "JP": "JPY", "KR": "KRW",
               "AE": "AED", "CN": CNY}
ZERO_DECIMAL_CURRENCIES = frozenset({"JPY", "KRW"})


def seed_buyers() -> dict:
    """The demo buyers' accounts and companies: {buyer key: (user, company or None)}."""
    User = get_user_model()
    buyers = {}
    for buyer in (*COMPANY_BUYERS, *PRIVATE_BUYERS, *CHINA_BUYERS):
        user, created = User.objects.get_or_create(
            username=f"demo-buyer-{buyer.key}",
            defaults={"email": f"{buyer.key}@buyers.demo.example", "first_name": buyer.first_name,
                      "last_name": buyer.last_name})
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        company = None
        if buyer.company:
            company, _created = BuyerCompany.objects.get_or_create(
                legal_name=buyer.company, defaults={"country": buyer.country})
            CompanyMembership.objects.get_or_create(user=user, defaults={
                "company": company, "role": Role.ADMIN})
        buyers[buyer.key] = (user, company)
    return buyers


# --- what an order is made of -------------------------------------------------------------

@dataclass(frozen=True)
class Item:
    stockrecord_id: int
    product_id: int
    partner_id: int
    partner_name: str
    partner_sku: str
    title: str
    upc: str
    price_cny: Decimal
    cold: bool


def _items_by_maker() -> dict[str, list[Item]]:
    """The demo makers' stock records (one query), cheapest first."""
    items: dict[str, list[Item]] = {}
    rows = (StockRecord.objects.filter(partner__code__in=PROFILES, price__gt=0,
                                       price_currency=CNY)
            .values("pk", "product_id", "partner_id", "partner__name", "partner__code",
                    "partner_sku", "product__title", "product__upc", "price",
                    "product__product_class__slug")
            .order_by("partner__code", "price", "pk"))
    for row in rows:
        items.setdefault(row["partner__code"], []).append(Item(
            row["pk"], row["product_id"], row["partner_id"], row["partner__name"],
            row["partner_sku"], row["product__title"], row["product__upc"] or "", row["price"],
            row["product__product_class__slug"] == "seafood"))
    return items


@dataclass(frozen=True)
class Freight:
    code: str
    name: str
    trade_mode: str
    on_quote: bool
    cold_chain: bool = False


def _freight_options() -> dict[str, Freight]:
    """The platform's freight services by kind, with their real codes where they exist."""
    services = {s.name: s for s in FreightService.objects.filter(partner__isnull=True)}

    def option(kind, name, mode, on_quote, cold=False):
        service = services.get(name)
        code = f"svc-{service.pk}" if service else f"demo-{kind}"
        return Freight(code, name, mode, on_quote, cold)

    return {
        "postal": option("postal", "China Post international parcel", "postal", False),
        "express": option("express", "International express", "express", False),
        "sea": option("sea", "Sea freight FCL (full container)", "sea_fcl", True),
        "reefer": option("reefer", "Reefer container FCL (chilled and frozen)", "sea_fcl", True,
                         True),
        "cold_express": option("cold-express", "Cold-chain express (chilled and frozen)",
                               "express", False, True),
        # Overseas warehouses are the sellers' own services; the demo names a typical one.
        "warehouse": Freight("demo-overseas-warehouse", "Overseas warehouse delivery",
                             "overseas_warehouse", False),
    }


#: Share of each month in a year: Spring Festival quiet, the Christmas season busy.
SEASON = (Decimal("0.90"), Decimal("0.55"), Decimal("0.85"), Decimal("0.90"), Decimal("0.95"),
          Decimal("0.95"), Decimal("1.00"), Decimal("1.10"), Decimal("1.25"), Decimal("1.30"),
          Decimal("1.25"), Decimal("1.00"))
SEASON_TOTAL = sum(SEASON)


def _money(amount: Decimal, currency: str) -> Decimal:
    places = Decimal("1") if currency in ZERO_DECIMAL_CURRENCIES else Decimal("0.01")
    return amount.quantize(places, rounding=ROUND_HALF_UP)


def _in_currency(amount_cny: Decimal, currency: str) -> Decimal:
    rate = Decimal("1") if currency == CNY else DEMO_RATES_FROM_CNY[currency]
    return _money(amount_cny * rate, currency)


@dataclass
class PlannedOrder:
    """One order before it is written: who, where, when, how it travels and its lines."""

    maker: str
    buyer: Buyer
    placed: dt.datetime
    freight: Freight
    incoterm: str
    named_place: str
    lines: list  # [(Item, quantity)]
    freight_cny: Decimal = ZERO
    cancelled: bool = False


def _lines_worth(rng: random.Random, items: list[Item], value: Decimal, *, at_most: int) -> list:
    """1 to `at_most` of the maker's goods in quantities worth about `value` yuan."""
    chosen = rng.sample(items, k=min(len(items), rng.randint(1, at_most)))
    weights = [Decimal(rng.randint(1, 4)) for _item in chosen]
    lines = []
    for item, weight in zip(chosen, weights, strict=True):
        share = value * weight / sum(weights)
        lines.append((item, max(1, int(share / item.price_cny))))
    return lines


def _moment(rng: random.Random, year: int, month: int, last_day: int) -> dt.datetime:
    day = rng.randint(1, last_day)
    return timezone.make_aware(dt.datetime(year, month, day, rng.randint(8, 21),
                                           rng.randint(0, 59)))


def _plan_month(maker: str, items: list[Item], year: int, month: int, *, budget_year: int,
                now: dt.datetime, freights: dict) -> list[PlannedOrder]:
    """One maker's orders of one month (up to `now` in the running month)."""
    rng = random.Random(f"{maker}-{year}-{month:02d}")
    profile = PROFILES[maker]
    days = calendar.monthrange(year, month)[1]
    last_day = days
    if (year, month) == (now.year, now.month):
        last_day = now.day
    annual = Decimal(profile.annual_cny) * profile.growth ** (year - budget_year)
    budget = (annual * SEASON[month - 1] / SEASON_TOTAL * last_day / days
              * Decimal(rng.randint(90, 110)) / 100)
    # Makers of seafood ship everything chilled or frozen, as their buyers expect.
    cold = any(item.cold for item in items)
    plans = []

    def add(buyer, freight, incoterm, place, value, at_most, **extra):
        placed = _moment(rng, year, month, last_day)
        if placed > now:
            placed = now - dt.timedelta(minutes=rng.randint(5, 600))
        plans.append(PlannedOrder(maker, buyer, placed, freight, incoterm, place,
                                  _lines_worth(rng, items, value, at_most=at_most), **extra))

    # Overseas warehouse (9810): about an eighth of the value, one or two shipments.
    warehouse_value = budget * Decimal("0.12")
    shipments = rng.randint(1, 2)
    for _number in range(shipments):
        buyer = _company(rng.choice(WAREHOUSE_BUYERS))
        add(buyer, freights["warehouse"], "DAP", f"{buyer.city} warehouse",
            warehouse_value / shipments, 3)
    # Retail parcels abroad (9610), small; one in twenty-five cancelled.
    retail_value = ZERO
    for _number in range(rng.randint(5, 9)):
        buyer = rng.choice(PRIVATE_BUYERS)
        value = Decimal(rng.randint(300, 4000))
        retail_value += value
        freight = freights["cold_express" if cold else rng.choice(("postal", "express"))]
        add(buyer, freight, "DAP", buyer.city, value, 2,
            freight_cny=Decimal(rng.randint(60, 260)), cancelled=rng.random() < 0.04)
    # Retail imports to buyers in China, now and then.
    if rng.random() < 0.35:
        buyer = rng.choice(CHINA_BUYERS)
        add(buyer, freights["express"], "DAP", buyer.city, Decimal(rng.randint(200, 2000)), 2,
            freight_cny=Decimal(rng.randint(30, 90)))
    # B2B by sea (9710): the rest, two to four containers.
    b2b_value = max(budget - warehouse_value - retail_value, Decimal("10000"))
    containers = rng.randint(2, 4)
    for _number in range(containers):
        buyer = rng.choice(COMPANY_BUYERS)
        add(buyer, freights["reefer" if cold else "sea"], rng.choice(("FOB", "CIF")),
            "Yangjiang", b2b_value / containers, 3)
    return plans


def _company(key: str) -> Buyer:
    return next(buyer for buyer in COMPANY_BUYERS if buyer.key == key)


# --- writing a month ----------------------------------------------------------------------

def _status(plan: PlannedOrder, now: dt.datetime, paid: set[int]) -> tuple[str, str]:
    """(order status, line status)."""
    if plan.cancelled:
        return statuses.CANCELLED, statuses.CANCELLED
    if id(plan) in paid:
        return statuses.PAID, statuses.PLACED
    if now - plan.placed > dt.timedelta(days=COMPLETED_AFTER_DAYS):
        return statuses.COMPLETED, statuses.DELIVERED
    return statuses.SHIPPED, statuses.SHIPPED


def _trade_terms(plan: PlannedOrder) -> dict:
    freight = plan.freight
    return {"incoterm": plan.incoterm, "named_place": plan.named_place,
            "freight": {"code": freight.code, "name": freight.name,
                        "trade_mode": freight.trade_mode, "on_quote": freight.on_quote,
                        "cold_chain": freight.cold_chain,
                        "charge_cny": None if freight.on_quote else str(plan.freight_cny)}}


def _address(buyer: Buyer, countries: dict) -> ShippingAddress:
    # The country object itself: Oscar's search text reads its name, a query per address
    # when only the id is set.
    address = ShippingAddress(first_name=buyer.first_name, last_name=buyer.last_name,
                              line1=buyer.line1, line4=buyer.city, postcode=buyer.postcode,
                              country=countries[buyer.country], phone_number=buyer.phone)
    address._update_search_text()
    return address


def _set_dates(model, field: str, dated: list) -> None:
    """Set `field` of the rows [(pk, when)] in one executemany: bulk_create stamps
    auto_now_add fields with the present, and bulk_update's CASE per row cost seconds
    of query compiling per history."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {quote(model._meta.db_table)} SET {quote(field)} = %s WHERE "
            f"{quote(model._meta.pk.column)} = %s",
            [(model._meta.get_field(field).get_db_prep_save(when, connection), pk)
             for pk, when in dated])


@transaction.atomic
def _write_month(key: str, plans: list[PlannedOrder], buyers: dict, now: dt.datetime,
                 paid: set[int]) -> int:
    """The month's purchases, addresses, orders and lines: four bulk inserts."""
    plans = sorted(plans, key=lambda plan: (plan.placed, plan.maker))
    countries = Country.objects.in_bulk({plan.buyer.country for plan in plans})
    addresses = ShippingAddress.objects.bulk_create([_address(plan.buyer, countries)
                                                     for plan in plans])
    purchases, orders = [], []
    for serial, plan in enumerate(plans, start=1):
        currency = CURRENCY_OF.get(plan.buyer.country, "USD")
        goods = sum((_in_currency(item.price_cny, currency) * quantity
                     for item, quantity in plan.lines), Decimal("0"))
        freight = ZERO if plan.freight.on_quote else _in_currency(plan.freight_cny, currency)
        user, company = buyers[plan.buyer.key]
        reference = f"{PREFIX}{key}-{serial:04d}"
        purchases.append(Purchase(
            reference=reference, user=user, currency=currency, total=goods + freight,
            # Card: a bank-transfer purchase would need its payment plan and receipts.
            payment_method=Purchase.CARD, company=company))
        orders.append(Order(
            number=f"{reference}-1", user=user, currency=currency,
            total_incl_tax=goods + freight, total_excl_tax=goods + freight,
            shipping_incl_tax=freight, shipping_excl_tax=freight,
            shipping_method=plan.freight.name, shipping_code=plan.freight.code,
            date_placed=plan.placed, trade_terms=_trade_terms(plan)))
    purchases = Purchase.objects.bulk_create(purchases)
    for order, purchase, address, plan in zip(orders, purchases, addresses, plans, strict=True):
        order.purchase_id, order.shipping_address_id = purchase.pk, address.pk
        order.status, _line_status = _status(plan, now, paid)
    orders = Order.objects.bulk_create(orders)
    # created_at is auto_now_add: set the purchase's to the order's day, as checkout would.
    _set_dates(Purchase, "created_at",
               [(purchase.pk, plan.placed) for purchase, plan in zip(purchases, plans, strict=True)])
    lines = []
    for order, plan in zip(orders, plans, strict=True):
        _order_status, line_status = _status(plan, now, paid)
        for item, quantity in plan.lines:
            unit = _in_currency(item.price_cny, order.currency)
            lines.append(Line(
                order_id=order.pk, partner_id=item.partner_id, partner_name=item.partner_name,
                partner_sku=item.partner_sku, stockrecord_id=item.stockrecord_id,
                product_id=item.product_id, title=item.title[:255], upc=item.upc,
                quantity=quantity, line_price_incl_tax=unit * quantity,
                line_price_excl_tax=unit * quantity,
                line_price_before_discounts_incl_tax=unit * quantity,
                line_price_before_discounts_excl_tax=unit * quantity,
                unit_price_incl_tax=unit, unit_price_excl_tax=unit,
                unit_price_cny=item.price_cny, line_price_cny=item.price_cny * quantity,
                status=line_status, num_allocated=quantity if line_status != statuses.PLACED
                else 0))
    Line.objects.bulk_create(lines)
    _write_status_history(orders, plans, now)
    _write_card_payments(purchases, orders, plans)
    _write_import_records(orders, plans)
    return len(orders)


def _late_share(maker: str) -> float:
    """How often a demo maker ships after its promise: most rarely, one or two often, so
    the sellers' credit ratings (marketplace/seller_rating) differ as real ones would."""
    return (zlib.crc32(maker.encode()) % 5) * 0.06


def _write_status_history(orders, plans, now: dt.datetime) -> None:
    """The moves each order made to reach its status, at the times they happened.

    Paid a few hours after placing (card); shipped within the listing's lead time plus the
    handling days, except for the maker's late share; delivered two to four weeks later
    and completed three days after that. The on-time share of the sellers' ratings and the
    shipment dates of the trace pages are read from these moves, as from real orders.
    """
    leads = dict(Product.objects.filter(
        pk__in={item.product_id for plan in plans for item, _quantity in plan.lines},
    ).values_list("pk", "lead_time_days"))
    changes = []

    def move(order, old, new, when):
        changes.append((OrderStatusChange(order_id=order.pk, old_status=old, new_status=new),
                        min(when, now - dt.timedelta(minutes=1))))

    for order, plan in zip(orders, plans, strict=True):
        rng = random.Random(order.number)
        if order.status == statuses.CANCELLED:
            move(order, statuses.PLACED, statuses.CANCELLED,
                 plan.placed + dt.timedelta(hours=rng.randint(2, 48)))
            continue
        paid = plan.placed + dt.timedelta(hours=rng.randint(1, 6))
        move(order, statuses.PLACED, statuses.PAID, paid)
        if order.status == statuses.PAID:
            continue
        lead = max((leads.get(item.product_id) or 0 for item, _quantity in plan.lines),
                   default=0)
        if rng.random() < _late_share(plan.maker):
            days = lead + 3 + rng.randint(1, 10)
        else:
            days = rng.randint(0, lead + 2)
        shipped = paid + dt.timedelta(days=days, hours=rng.randint(1, 8))
        move(order, statuses.PAID, statuses.SHIPPED, shipped)
        if order.status != statuses.COMPLETED:
            continue
        delivered = shipped + dt.timedelta(days=rng.randint(14, 28))
        move(order, statuses.SHIPPED, statuses.DELIVERED, delivered)
        move(order, statuses.DELIVERED, statuses.COMPLETED, delivered + dt.timedelta(days=3))
    created = OrderStatusChange.objects.bulk_create([change for change, _when in changes])
    # date_created is auto_now_add: set afterwards, as the purchases' created_at.
    _set_dates(OrderStatusChange, "date_created",
               [(change.pk, when) for change, (_unsaved, when) in zip(created, changes, strict=True)])


#: Synthetic resident ID numbers (valid check digits) of the two demo buyers in China.
DEMO_ID_NUMBERS = {"p-cn-1": "441702199001011233", "p-cn-2": "310101198506150024"}


def _write_import_records(orders, plans) -> None:
    """What checkout keeps of a retail import into China: the purchase counted toward the
    buyer's annual limit (cbec_tax, by a keyed hash of the ID number) and the buyer's real
    name and ID number for the import order and list (declaration)."""
    purchases, buyers = [], []
    for order, plan in zip(orders, plans, strict=True):
        id_number = DEMO_ID_NUMBERS.get(plan.buyer.key)
        if plan.buyer.country != "CN" or id_number is None:
            continue
        value = sum((item.price_cny * quantity for item, quantity in plan.lines), Decimal("0"))
        freight = ZERO if plan.freight.on_quote else plan.freight_cny
        purchases.append(CbecPurchase(
            buyer_key=buyer_key(id_number), order_number=order.number, year=plan.placed.year,
            customs_value=value + freight, ordered_on=plan.placed.date()))
        buyers.append(ImportBuyer(order_id=order.pk, name=f"{plan.buyer.last_name}{plan.buyer.first_name}",
                                  id_number=id_number, telephone=plan.buyer.phone[:30]))
    CbecPurchase.objects.bulk_create(purchases, ignore_conflicts=True)
    ImportBuyer.objects.bulk_create(buyers)


def _write_card_payments(purchases, orders, plans) -> None:
    """Every order not cancelled was paid by card on the day it was placed, as the gateway
    would have reported it: the card payment (what the forex report reads) and the order's
    payment source (what shipping checks: an order ships only when fully paid)."""
    source_type, _created = SourceType.objects.get_or_create(name=CARD_SOURCE)
    payments, sources = [], []
    for purchase, order, plan in zip(purchases, orders, plans, strict=True):
        if plan.cancelled:
            continue
        intent_id = f"demo_{purchase.reference}"
        payments.append(CardPayment(
            reference=purchase.reference, intent_id=intent_id, amount=purchase.total,
            currency=purchase.currency, status=CardPaymentStatus.SUCCEEDED,
            status_changed_at=int(plan.placed.timestamp())))
        sources.append(Source(
            order_id=order.pk, source_type=source_type, reference=intent_id, currency=order.currency,
            amount_allocated=order.total_incl_tax, amount_debited=order.total_incl_tax))
    # A payment left behind by orders deleted since (the same references come back) is kept.
    CardPayment.objects.bulk_create(payments, ignore_conflicts=True)
    Source.objects.bulk_create(sources)


def _months(first_year: int, now: dt.datetime) -> list[tuple[int, int]]:
    return [(year, month) for year in range(first_year, now.year + 1)
            for month in range(1, 13) if (year, month) <= (now.year, now.month)]


def _seeded_months() -> set[str]:
    start = len(PREFIX) + 1
    return set(Order.objects.filter(number__startswith=PREFIX)
               .annotate(month=Substr("number", start, 6)).values_list("month", flat=True)
               .distinct())


def seed_order_history(*, first_year: int | None = None, now: dt.datetime | None = None,
                       report: Callable[[str], None] = _silent) -> int:
    """Demo orders from January of `first_year` (last year by default) up to `now`.

    Months that have demo orders already are skipped; returns how many orders were created.
    Needs the demo makers' products (seed_demo's catalogue): without them nothing is made.
    """
    if not connection.features.can_return_rows_from_bulk_insert:  # pragma: no cover
        report("  order history skipped: the database cannot return ids from bulk inserts")
        return 0
    now = timezone.localtime(now or timezone.now())
    first_year = first_year or now.year - 1
    budget_year = now.year - 1
    items = _items_by_maker()
    if not items:
        report("  no demo products: order history skipped")
        return 0
    seed_enterprises({partner.code: partner for partner in Partner.objects.filter(code__in=items)})
    # The orders are valued in CNY at dated rates (forex and rebate reports): the demo rates
    # hold from the first day of the history, as well as today.
    seed_exchange_rates(on=dt.date(first_year, 1, 1))
    seeded = _seeded_months()
    months = [(year, month) for year, month in _months(first_year, now)
              if f"{year}{month:02d}" not in seeded]
    if not months:
        report("  all months of demo orders exist already")
        return 0
    buyers = seed_buyers()
    freights = _freight_options()
    paid = _paid_plans(items, now, budget_year, freights)
    created = 0
    for year, month in months:
        plans = [plan for maker, maker_items in items.items()
                 for plan in _plan_month(maker, maker_items, year, month,
                                         budget_year=budget_year, now=now, freights=freights)]
        key = f"{year}{month:02d}"
        recent = {id(plan) for plan in plans if _plan_key(plan) in paid}
        created += _write_month(key, plans, buyers, now, recent)
        report(f"  {year}-{month:02d}: {len(plans)} orders")
    return created


def _plan_key(plan: PlannedOrder) -> tuple:
    return (plan.maker, plan.placed, plan.buyer.key)


def _paid_plans(items: dict, now: dt.datetime, budget_year: int, freights: dict) -> set[tuple]:
    """The latest orders of the last fortnight (not cancelled): paid, waiting to ship."""
    since = now - dt.timedelta(days=PAID_WITHIN_DAYS)
    recent = []
    for year, month in {(since.year, since.month), (now.year, now.month)}:
        for maker, maker_items in items.items():
            recent += [plan for plan in _plan_month(maker, maker_items, year, month,
                                                    budget_year=budget_year, now=now,
                                                    freights=freights)
                       if plan.placed >= since and not plan.cancelled]
    recent.sort(key=lambda plan: plan.placed, reverse=True)
    return {_plan_key(plan) for plan in recent[:PAID_ORDERS]}

