"""Time placing an order from a 3-seller, 20-line basket through the checkout's last step.

    .venv/bin/python bench/place_order.py [--orders 60] [--lines 20] [--sellers 3]
                                          [--var-dir /tmp/bench-checkout]

A scratch SQLite database is migrated (not timed) and given the sellers and their
listings (Incoterms, quantity breaks, weights). For each order a buyer fills a basket of
`--lines` lines in euros and walks the checkout through the pages (address, trade terms
per seller: FOB for the first seller, DAP with express freight for the others, bank
transfer with a 30 % deposit), none of it timed. Then the review page's "Place order" is
posted and timed: it writes the purchase, one order per seller with its lines, CNY
amounts and trade terms, and each seller's payment plan. Target: p95 under 300 ms.
"""

import argparse
import os
import platform
import re
import sqlite3
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import scratch  # noqa: E402


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=60)
    parser.add_argument("--lines", type=int, default=20)
    parser.add_argument("--sellers", type=int, default=3)
    parser.add_argument("--var-dir", default="/tmp/bench-checkout")
    return parser.parse_args()


def setup_django(var_dir):
    import logging

    scratch.setup_django(var_dir, quiet=logging.WARNING)
    from django.conf import settings

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.SECURE_SSL_REDIRECT = False  # the test client speaks plain HTTP
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def listings(sellers: int, lines: int):
    from datetime import date

    from oscar.core.loading import get_model

    from marketplace.currency.models import ExchangeRate
    from marketplace.freight.models import SellerShippingProfile
    from marketplace.oscar_apps.partner.services import set_trade_terms

    Partner = get_model("partner", "Partner")
    Product = get_model("catalogue", "Product")
    ProductClass = get_model("catalogue", "ProductClass")
    StockRecord = get_model("partner", "StockRecord")

    ExchangeRate.objects.get_or_create(base_currency="CNY", quote_currency="EUR", rate_date=date.today(),
                                       defaults={"rate": Decimal("0.13"), "source": "bench"})
    product_class, _created = ProductClass.objects.get_or_create(
        slug="bench-knife", defaults={"name": "Bench knife", "track_stock": True})
    partners = []
    for index in range(sellers):
        partner, _created = Partner.objects.get_or_create(code=f"bench-seller-{index}",
                                                          defaults={"name": f"Bench seller {index}"})
        SellerShippingProfile.objects.get_or_create(partner=partner, defaults={"accepts_on_quote": True})
        partners.append(partner)
    products = []
    for index in range(lines):
        partner = partners[index % sellers]
        product, created = Product.objects.get_or_create(
            upc=f"BENCH{index:06d}", defaults={"structure": "standalone", "product_class": product_class,
                                               "title": f"Bench knife {index}", "is_public": True,
                                               "gross_weight_kg": Decimal("0.40")})
        if created:
            record = StockRecord.objects.create(product=product, partner=partner, partner_sku=f"B{index:06d}",
                                                price_currency="CNY", price=Decimal("90.00"),
                                                num_in_stock=10_000_000)
            set_trade_terms(record, moq=10, tiers=[(100, Decimal("85.00"))],
                            incoterms=["EXW", ("FOB", "Yangjiang Port"), "DAP"])
        products.append(product)
    return partners, products


def fill_and_walk(client, partners, products):
    """Everything before the timed step: basket, address, terms, payment choice."""
    for product in products:
        response = client.post(f"/en/basket/add/{product.pk}/", {"quantity": 120})
        assert response.status_code == 302, response.status_code
    response = client.post("/en/checkout/shipping-address/", {
        "first_name": "Lucía", "last_name": "García", "line1": "Calle de Alcalá 42", "line4": "Madrid",
        "postcode": "28014", "country": "ES", "phone_number": "+34 600 000 000"})
    assert response.status_code == 302, response.content[:500]
    from marketplace.freight.selectors import ShipmentLine, freight_options

    data = {}
    for index, partner in enumerate(partners):
        prefix = f"seller-{partner.pk}"
        if index == 0:
            data[f"{prefix}-incoterm"] = "FOB|Yangjiang Port"
            continue
        lines = [ShipmentLine(product=product, quantity=120) for product in products
                 if product.stockrecords.all()[0].partner_id == partner.pk]
        choice = freight_options(partner=partner, lines=lines, country_code="ES", incoterm="DAP")
        priced = [option for option in choice.options if not option.on_quote]
        data.update({f"{prefix}-incoterm": "DAP", f"{prefix}-named_place": "Madrid",
                     f"{prefix}-freight": (priced or choice.options)[0].code})
    response = client.post("/en/checkout/shipping-method/", data)
    assert response.status_code == 302, re.findall(r'role="alert">([^<]*)', response.content.decode())
    response = client.post("/en/checkout/payment-method/", {"method": "bank_transfer", "deposit_percent": 30})
    assert response.status_code == 302


def main():
    args = parse_args()
    var_dir = Path(args.var_dir)
    (var_dir / "static").mkdir(parents=True, exist_ok=True)
    print(f"scratch database in {var_dir} (migrating, not timed)", flush=True)
    setup_django(var_dir)

    from django.contrib.auth import get_user_model
    from django.test import Client
    from oscar.core.loading import get_model

    Purchase = get_model("order", "Purchase")
    partners, products = listings(args.sellers, args.lines)
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPU(s), load average "
          f"{os.getloadavg()[0]:.1f}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")

    timings, placed = [], 0
    run = int(time.time())
    for number in range(args.orders):
        user = get_user_model().objects.create_user(username=f"bench-{run}-{number}", password="x",
                                                    email=f"bench-{run}-{number}@example.com")
        client = Client()
        client.force_login(user)
        client.cookies["display_currency"] = "EUR"
        fill_and_walk(client, partners, products)
        started = time.perf_counter()
        response = client.post("/en/checkout/preview/", {"action": "place_order"})
        timings.append(time.perf_counter() - started)
        assert response.status_code == 302, response.content.decode()[:2000]
        purchase = Purchase.objects.get(user=user)
        assert purchase.orders.count() == args.sellers
        assert sum(order.lines.count() for order in purchase.orders.all()) == args.lines
        placed += 1
    timings.sort()
    p50, p95 = timings[len(timings) // 2] * 1000, timings[int(len(timings) * 0.95)] * 1000
    print(f"{placed} purchases of {args.lines} lines from {args.sellers} sellers placed "
          f"({placed * args.sellers} orders)")
    print(f"  per placement: p50 {p50:.0f} ms, p95 {p95:.0f} ms, max {timings[-1] * 1000:.0f} ms")
    print("target: p95 under 300 ms on SQLite:", "met" if p95 < 300 else "MISSED")


if __name__ == "__main__":
    main()
