"""Oscar's address.Country table was empty, so address forms offered no country at all.

Fills it with every ISO 3166 country the platform ships to (countries.py keeps the list
and the reasons for what it leaves out).
"""

from django.db import migrations

from marketplace.buyers.countries import sync_shipping_countries


def fill_countries(apps, schema_editor):
    sync_shipping_countries(apps.get_model("address", "Country"))


class Migration(migrations.Migration):
    dependencies = [
        ("buyers", "0001_initial"),
        ("address", "0007_useraddress_code"),
    ]

    # Not reversed: by then addresses, partners and orders may point at the rows.
    operations = [migrations.RunPython(fill_countries, migrations.RunPython.noop)]
