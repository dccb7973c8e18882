"""Time the product sitemaps of a 100,000-product catalogue: the index, and pages.

    .venv/bin/python bench/sitemap.py [--products 100000] [--var-dir /tmp/bench-sitemap]

The scratch folder is migrated (not timed) and filled with N bare public products, each
with a stock record, by bulk insert (not timed: what is measured is the sitemap, and
seed_demo's pictures and translations would take an hour at this size; a second run
reuses them). Then, through Django's test client and the real URLs, with an empty cache:
the index (which reads the page boundaries), the first, a middle and the last product
page of one language in full (streamed bytes consumed), and a page again from the cache.
"""

import argparse
import os
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.scratch import setup_django, timed  # noqa: E402


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--var-dir", default="/tmp/bench-sitemap")
    parser.add_argument("--language", default="de")
    return parser.parse_args()


def fill(products):
    from django.db import transaction
    from oscar.core.loading import get_model

    Product = get_model("catalogue", "Product")
    ProductClass = get_model("catalogue", "ProductClass")
    Partner = get_model("partner", "Partner")
    StockRecord = get_model("partner", "StockRecord")
    existing = Product.objects.count()
    if existing >= products:
        print(f"{existing} products already there")
        return
    product_class, _ = ProductClass.objects.get_or_create(
        slug="kitchen-knife", defaults={"name": "Kitchen knife"})
    partner, _ = Partner.objects.get_or_create(code="bench-maker", defaults={"name": "Bench"})
    batch = 5000
    with transaction.atomic():
        for start in range(existing, products, batch):
            made = Product.objects.bulk_create([
                Product(structure="standalone", product_class=product_class,
                        title=f"Chef knife {n}", title_en=f"Chef knife {n}",
                        slug=f"chef-knife-{n}", is_public=True)
                for n in range(start, min(start + batch, products))])
            StockRecord.objects.bulk_create([
                StockRecord(product=product, partner=partner, partner_sku=f"SKU{product.pk}",
                            price_currency="CNY", price="100.00", num_in_stock=100)
                for product in made])
    print(f"{products - existing} products inserted")


def fetch(client, path):
    response = client.get(path, secure=True)  # production redirects http to https
    assert response.status_code == 200, (path, response.status_code)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body


def main():
    args = parse_args()
    setup_django(args.var_dir)
    fill(args.products)
    from django.core.cache import cache
    from django.test import Client

    from marketplace.seo import sitemaps

    print(f"{platform.node()}: {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}, SQLite; "
          f"{args.products} products, {sitemaps.PAGE_SIZE} URLs a page")
    cache.clear()
    client = Client(HTTP_HOST="localhost")
    index, _seconds = timed("index (cold: reads the page boundaries)",
                            lambda: fetch(client, "/sitemap.xml"))
    pages = len(sitemaps.product_boundaries())
    print(f"  {index.count(b'<sitemap>')} sitemaps named, {pages} product pages a language")
    for number in (1, pages // 2 or 1, pages):
        path = f"/sitemaps/{args.language}/products-{number}.xml"
        body, _seconds = timed(f"{path} (cold)", lambda path=path: fetch(client, path))
        print(f"  {body.count(b'<url>')} URLs, {len(body) // 1024} KiB")
    timed(f"/sitemaps/{args.language}/products-1.xml (cached)",
          lambda: fetch(client, f"/sitemaps/{args.language}/products-1.xml"))
    timed(f"/sitemaps/{args.language}/site.xml (cold)",
          lambda: fetch(client, f"/sitemaps/{args.language}/site.xml"))


if __name__ == "__main__":
    main()
