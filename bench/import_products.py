"""Time the bulk product import: N rows (default 10,000) into a scratch SQLite database.

    .venv/bin/python bench/import_products.py [--rows 10000] [--var-dir DIR] [--format csv]

A new scratch folder is migrated first (a few minutes, not timed) unless --var-dir names
one a previous run left. The file cycles through the template's six cluster examples
with its own SKUs, titles and prices. Timed: the import of new products, the re-import
of the same file (every row unchanged), an update of every row, and the export.
"""

import argparse
import io
import os
import platform
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import scratch  # noqa: E402
from bench.scratch import timed  # noqa: E402


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--var-dir", help="scratch folder to use (kept); default: a new one")
    parser.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    return parser.parse_args()


def seller():
    from django.contrib.auth.models import User
    from django.utils import translation
    from oscar.core.loading import get_model

    from marketplace.demo.services import seed_categories
    from marketplace.sellers.models import Enterprise
    from tests.sellers.factories import make_uscc

    Partner = get_model("partner", "Partner")
    with translation.override("en"):
        seed_categories()
    # A new seller per run, so every run times the creation of new products.
    run = Partner.objects.filter(code__startswith="bench-seller-").count() + 1
    code = f"bench-seller-{run}"
    partner = Partner.objects.create(code=code, name=f"Bench Seller {run}")
    user = User.objects.create_user(code, f"{code}@example.com")
    Enterprise.objects.create(
        legal_name_zh=f"阳江市基准{run}号刀具有限公司", name_en=partner.name,
        uscc=make_uscc(987_000 + run), address_line="1 Bench Road", district="441702",
        contact_name="Bench", contact_phone="0662", contact_email=f"{code}@example.com",
        slug=code, status=Enterprise.Status.APPROVED, partner=partner, applicant=user)
    partner.users.add(user)
    return partner


def sheet(count, file_format, price_factor="1.00"):
    from decimal import Decimal

    from marketplace.product_import.files import write_rows
    from marketplace.product_import.services import template_rows

    header, examples = template_rows()
    rows = []
    for number in range(count):
        row = dict(examples[number % len(examples)])
        row["sku"] = f"BENCH-{number:06d}"
        row["title_en"] = f"{row['title_en']} #{number}"
        row["title_zh_hans"] = f"{row['title_zh_hans']} {number}号"
        row["gtin"] = ""
        price = Decimal(row["price_cny"]) * Decimal(price_factor)
        row["price_cny"] = str(price.quantize(Decimal("0.01")))
        row["price_tiers"] = ""  # a raised base price must not break the example ladders
        rows.append(row)
    target = io.BytesIO()
    write_rows(target, file_format, header, rows)
    return target.getvalue()


def main():
    args = parse_args()
    var_dir = Path(args.var_dir or tempfile.mkdtemp(prefix="bench-import-"))
    print(f"scratch database in {var_dir} (migrating, not timed)", flush=True)
    scratch.setup_django(var_dir, quiet=None)
    import sqlite3

    from marketplace.product_import.importer import export_rows, import_file

    partner = seller()
    data = sheet(args.rows, args.format)
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPU(s), load average "
          f"{os.getloadavg()[0]:.1f}, Python "
          f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}")
    print(f"file: {args.rows} rows, {args.format}, {len(data) / 1e6:.1f} MB")

    result, seconds = timed(f"import {args.rows} new rows",
                            lambda: import_file(data, args.format, partner))
    if result.errors:
        print("errors:", *result.error_lines()[:10], sep="\n  ")
        return 1
    print(f"  {result.created} created, {args.rows / seconds:.0f} rows/s")
    result, _s = timed("re-import the same file (unchanged)",
                       lambda: import_file(data, args.format, partner))
    print(f"  {result.unchanged} unchanged")
    changed = sheet(args.rows, args.format, price_factor="1.10")
    result, _s = timed("import with every price changed",
                       lambda: import_file(changed, args.format, partner))
    print(f"  {result.updated} updated")
    (_header, rows), _s = timed("export", lambda: export_rows(partner))
    print(f"  {len(rows)} rows exported")
    return 0


if __name__ == "__main__":
    sys.exit(main())
