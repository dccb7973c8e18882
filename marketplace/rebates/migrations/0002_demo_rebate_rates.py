"""The DEMO rebate rates of DOMAIN.md §5, so that reports show something before staff load
the official table (出口退税率文库). Every row says DEMO in its source."""

from datetime import date
from decimal import Decimal

from django.db import migrations

SOURCE = "DEMO (DOMAIN.md §5) – replace from the STA rebate-rate library"
#: VAT 13 % / 9 % from 2019-04-01 (财政部 税务总局 海关总署公告2019年第39号).
VALID_FROM = date(2019, 4, 1)
THIRTEEN, NINE = Decimal("0.1300"), Decimal("0.0900")

ROWS = [
    ("8211", "Knives with cutting blades", THIRTEEN, THIRTEEN),
    ("8213", "Scissors", THIRTEEN, THIRTEEN),
    ("8214", "Other cutlery, incl. kitchen cleavers", THIRTEEN, THIRTEEN),
    ("8215", "Spoons, forks, ladles, tableware", THIRTEEN, THIRTEEN),
    ("7323", "Household articles of iron or steel", THIRTEEN, THIRTEEN),
    ("7615", "Household articles of aluminium", THIRTEEN, THIRTEEN),
    ("0302", "Fish, fresh or chilled", NINE, NINE),
    ("0303", "Fish, frozen", NINE, NINE),
    ("0304", "Fish fillets", NINE, NINE),
    ("0305", "Fish, dried, salted or smoked", NINE, NINE),
    ("0306", "Crustaceans", NINE, NINE),
    ("0307", "Molluscs", NINE, NINE),
    ("1604", "Prepared or preserved fish", THIRTEEN, THIRTEEN),
    ("1605", "Prepared or preserved crustaceans and molluscs", THIRTEEN, THIRTEEN),
    ("61", "Garments, knitted or crocheted", THIRTEEN, THIRTEEN),
    ("62", "Garments, not knitted", THIRTEEN, THIRTEEN),
    ("63", "Other made-up textile articles", THIRTEEN, THIRTEEN),
    # The rest of the demo catalogue's HS table (catalog/data/hs_codes.csv), so that every
    # demo export has a rate: processed food, plastic kitchenware, hand tools.
    ("1704", "Sugar confectionery", THIRTEEN, THIRTEEN),
    ("1905", "Bread, pastry, cakes, biscuits", THIRTEEN, THIRTEEN),
    ("2001", "Vegetables prepared in vinegar", THIRTEEN, THIRTEEN),
    ("2005", "Other vegetables prepared or preserved", THIRTEEN, THIRTEEN),
    ("2103", "Sauces and condiments", THIRTEEN, THIRTEEN),
    ("3924", "Household articles of plastics", THIRTEEN, THIRTEEN),
    ("3926", "Other articles of plastics", THIRTEEN, THIRTEEN),
    ("8205", "Hand tools", THIRTEEN, THIRTEEN),
]


def add_demo_rates(apps, schema_editor):
    RebateRate = apps.get_model("rebates", "RebateRate")
    for prefix, description, vat, rebate in ROWS:
        RebateRate.objects.get_or_create(
            hs_prefix=prefix, valid_from=VALID_FROM,
            defaults={"description": description, "vat_rate": vat, "rebate_rate": rebate, "source": SOURCE})


def remove_demo_rates(apps, schema_editor):
    apps.get_model("rebates", "RebateRate").objects.filter(source=SOURCE).delete()


class Migration(migrations.Migration):
    dependencies = [("rebates", "0001_initial")]

    operations = [migrations.RunPython(add_demo_rates, remove_demo_rates)]
