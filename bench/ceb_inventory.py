"""Time building and XSD-validating CEB603 export inventory lists: N orders (default 10,000),
3 to 5 lines each, as the declaration app would send them after a day of trade.

    .venv/bin/python bench/ceb_inventory.py [--orders 10000] [--xsd-dir DIR]

No database. Timed separately: building the documents' messages (rules checked), rendering
to bytes, and validating each message against the official export.xsd (compiled once, not
timed). Target: the whole under 30 s.
"""

import argparse
import os
import platform
import random
import sys
import time
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Yangjiang's trade: knives, kitchenware, seafood, textiles (HS, name, unit, FOB price USD).
GOODS = [
    ("8211910000", "不锈钢厨师刀", "016", "25.50"),
    ("8211910000", "不锈钢切片刀", "016", "18.00"),
    ("8213000000", "厨房剪刀", "016", "6.80"),
    ("8215990000", "不锈钢餐具套装", "006", "32.00"),
    ("7323930000", "不锈钢炒锅", "007", "21.40"),
    ("4419909000", "竹制砧板", "017", "7.90"),
    ("1605540000", "即食鱿鱼丝", "136", "4.20"),
    ("6302600090", "全棉毛巾", "015", "2.35"),
    ("8211920000", "折叠户外刀", "016", "14.60"),
    ("8205510000", "磨刀器", "007", "5.50"),
]
COUNTRIES = ["502", "303", "304", "116", "133", "305", "601", "501"]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--xsd-dir", help="folder of the 202205 XSDs (default: the reference)")
    return parser.parse_args()


def setup(args):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench")
    import django

    django.setup()
    from django.conf import settings

    from marketplace.ceb.testing import reference_xsd_dir

    settings.MARKETPLACE_CEB_XSD_DIR = args.xsd_dir or str(reference_xsd_dir())


def inventories(count):
    from marketplace.ceb import documents as d

    rng = random.Random(13)
    platform_party = d.Party("4417960ABC", "阳江跨境电商平台有限公司")
    carrier = d.Party("4417980XYZ", "阳江国际快递有限公司")
    broker = d.Party("4417980BRK", "阳江报关行有限公司")
    sellers = [d.Party(f"44179{n:05d}", f"阳江市第{n}刀具有限公司") for n in range(1, 51)]
    template = d.ExportInventory(
        customs_code="5167", port_code="5167", ebp=platform_party, ebc=sellers[0],
        logistics=carrier, agent=broker, owner=sellers[0], order_no="", logistics_no="",
        cop_no="", ie_date=date(2025, 3, 2), statistics_flag="B", trade_mode="9610",
        traf_mode="5", country="502", pod="5020", freight=Decimal("12"), f_currency="502",
        f_flag="3", insured_fee=Decimal("0"), i_currency="502", i_flag="3", wrap_type="2",
        pack_no=1, gross_weight=Decimal("2.4"), net_weight=Decimal("2.1"), lines=())
    for n in range(count):
        seller = sellers[n % len(sellers)]
        country = COUNTRIES[n % len(COUNTRIES)]
        lines = []
        for gnum, (hs, name, unit, price) in enumerate(rng.sample(GOODS, rng.randint(3, 5)), 1):
            qty = Decimal(rng.randint(1, 20))
            lines.append(d.InventoryLine(
                gnum=gnum, item_no=f"YJ-{hs[-4:]}-{gnum:02d}", gcode=hs, gname=name,
                gmodel=f"{name}|阳江|不锈钢|型号{gnum}", country=country, currency="502",
                qty=qty, qty1=qty, unit=unit, unit1=unit, price=Decimal(price),
                total_price=qty * Decimal(price), item_name=name))
        yield replace(template, ebc=seller, owner=seller, order_no=f"YJ2025{n:09d}",
                      logistics_no=f"YJX{n:010d}", cop_no=f"INV2025{n:09d}", country=country,
                      lines=lines)


def main():
    args = parse_args()
    setup(args)
    from marketplace.ceb import documents as d
    from marketplace.ceb import schema
    from marketplace.ceb.builders import build, render

    print(f"machine: {platform.platform()}, {os.cpu_count()} CPU(s), load average "
          f"{os.getloadavg()[0]:.1f}, Python {platform.python_version()}")
    transfer = d.BaseTransfer("91441702314946805P", "阳江市十八子刀具有限公司", "DXPENT0000012345")
    documents = list(inventories(args.orders))
    lines = sum(len(doc.lines) for doc in documents)
    print(f"{args.orders} CEB603 lists, {lines} lines")
    export_schema = schema.schema_for("export.xsd")  # compiled once per process, not timed

    total_wall, total_cpu = time.perf_counter(), time.process_time()
    started, cpu = time.perf_counter(), time.process_time()
    messages = [build(doc, base_transfer=transfer, app_time="20250302100000")
                for doc in documents]
    report("build (rules checked)", started, cpu)

    started, cpu = time.perf_counter(), time.process_time()
    payloads = [render(message) for message in messages]
    report("render to bytes", started, cpu, f"{sum(map(len, payloads)) / len(payloads):.0f} B avg")

    started, cpu = time.perf_counter(), time.process_time()
    invalid = sum(not export_schema.validate(message) for message in messages)
    report("validate against export.xsd", started, cpu, f"{invalid} invalid")
    report("total", total_wall, total_cpu)
    if invalid:
        sys.exit(1)


def report(label, started, cpu, extra=""):
    print(f"{label:<32} {time.perf_counter() - started:8.2f} s wall "
          f"{time.process_time() - cpu:8.2f} s CPU   {extra}", flush=True)


if __name__ == "__main__":
    main()
