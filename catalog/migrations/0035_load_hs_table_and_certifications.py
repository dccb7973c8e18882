"""Load the shipped HS table (catalog/data/hs_codes.csv) and the certifications.

Both loaders only add or fill in rows, so replaying this migration on a database that
has them (or a newer official HS table loaded by `manage.py load_hs_codes`) changes
nothing. Unapplying keeps the rows: products may point at them, and 0034's reversal
drops the tables anyway.
"""

from django.db import migrations

from catalog.services import ensure_certifications, load_shipped_hs_codes


def load_reference_data(apps, schema_editor):
    load_shipped_hs_codes(apps=apps)
    ensure_certifications(apps=apps)


class Migration(migrations.Migration):

    dependencies = [
        ("catalogue", "0034_trade_fields_hs_codes_certifications"),
    ]

    operations = [migrations.RunPython(load_reference_data, migrations.RunPython.noop)]
