"""The CBEC limits and VAT rate history of DOMAIN.md §4, with their sources.

Rates are fractions (0.1300 = 13 %). Tariff rates are left empty: the statutory (MFN)
rates must come from the official tariff book (进出口税则) and are only needed for the
2019 single-item exception, which is refused with a clear reason while they are missing.
"""

from datetime import date
from decimal import Decimal

from django.db import migrations

#: The CBEC retail import tax regime starts on 2016-04-08 (财关税〔2016〕18号).
CBEC_START = date(2016, 4, 8)

LIMITS = [
    # (valid_from, valid_to, per transaction, per year, single-item exception, source)
    (CBEC_START, date(2018, 12, 31), "2000.00", "20000.00", False, "财关税〔2016〕18号"),
    (date(2019, 1, 1), None, "5000.00", "26000.00", True, "财关税〔2018〕49号"),
]

STANDARD_RATE = [
    # 17 % was the standard rate of the VAT regulations (增值税暂行条例 §2) when CBEC began.
    (CBEC_START, date(2018, 4, 30), "0.1700", "增值税暂行条例 §2 (standard rate 17 %)"),
    (date(2018, 5, 1), date(2019, 3, 31), "0.1600", "财税〔2018〕32号 (17 % → 16 %)"),
    (date(2019, 4, 1), None, "0.1300", "财政部 税务总局 海关总署公告2019年第39号 (16 % → 13 %)"),
]

LOW_RATE = [
    (CBEC_START, date(2017, 6, 30), "0.1300", "增值税暂行条例 §2 (low rate 13 %)"),
    # DOMAIN.md marks the 11 % step unverified [U]: 财税〔2017〕37号.
    (date(2017, 7, 1), date(2018, 4, 30), "0.1100", "财税〔2017〕37号 (13 % → 11 %) [unverified]"),
    (date(2018, 5, 1), date(2019, 3, 31), "0.1000", "财税〔2018〕32号 (11 % → 10 %)"),
    (date(2019, 4, 1), None, "0.0900", "财政部 税务总局 海关总署公告2019年第39号 (10 % → 9 %)"),
]

#: Chapter 03 (fish, crustaceans, molluscs: fresh, chilled, frozen, dried, salted) is an
#: aquatic product, a primary agricultural good at the low rate (农业产品征税范围注释,
#: 财税字〔1995〕52号). Cooked and canned aquatic products (heading 1604/1605, Yangjiang's
#: prepared seafood) are excluded from it and pay the standard rate.
LOW_RATE_PREFIXES = [("03", "Fish, crustaceans, molluscs (aquatic products)")]

#: Goods this marketplace sells most, at the standard rate and without consumption tax
#: (knives and tableware are not on the CT list, 消费税暂行条例 税目税率表). Their rows
#: start with the 13 % rate; earlier dates fall back to the default rows, which agree.
STANDARD_RATE_PREFIXES = [
    ("8211", "Knives with cutting blades (Yangjiang kitchen knives)"),
    ("8213", "Scissors and blades"),
    ("8214", "Other cutlery (cleavers, choppers, peelers)"),
    ("8215", "Spoons, forks, kitchen and tableware"),
    ("7323", "Iron or steel kitchenware and tableware"),
    ("7615", "Aluminium kitchenware and tableware"),
    ("1605", "Prepared or preserved crustaceans and molluscs (not a primary agricultural good)"),
]


def seed(apps, schema_editor):
    ImportLimit = apps.get_model("cbec_tax", "ImportLimit")
    TaxRate = apps.get_model("cbec_tax", "TaxRate")
    for valid_from, valid_to, single, annual, exception, source in LIMITS:
        ImportLimit.objects.create(valid_from=valid_from, valid_to=valid_to, per_transaction=Decimal(single),
                                   per_year=Decimal(annual), single_item_exception=exception, source=source)
    for valid_from, valid_to, rate, source in STANDARD_RATE:
        TaxRate.objects.create(hs_prefix="", description="Default: standard VAT rate, no consumption tax",
                               vat_rate=Decimal(rate), valid_from=valid_from, valid_to=valid_to, source=source)
    for prefix, description in LOW_RATE_PREFIXES:
        for valid_from, valid_to, rate, source in LOW_RATE:
            TaxRate.objects.create(hs_prefix=prefix, description=description, vat_rate=Decimal(rate),
                                   valid_from=valid_from, valid_to=valid_to, source=source)
    valid_from, valid_to, rate, source = STANDARD_RATE[-1]
    for prefix, description in STANDARD_RATE_PREFIXES:
        TaxRate.objects.create(hs_prefix=prefix, description=description, vat_rate=Decimal(rate),
                               valid_from=valid_from, valid_to=valid_to, source=source)


def unseed(apps, schema_editor):
    apps.get_model("cbec_tax", "ImportLimit").objects.all().delete()
    apps.get_model("cbec_tax", "TaxRate").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("cbec_tax", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
