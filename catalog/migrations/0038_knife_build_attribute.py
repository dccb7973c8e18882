"""The knives class's "knife_build" attribute and its option group (catalog/product_classes.py).

Applied through ensure_cluster_product_classes() as 0036 was: it only adds what is missing.
"""

from django.db import migrations

from catalog.services import ensure_cluster_product_classes


def add_knife_build(apps, schema_editor):
    ensure_cluster_product_classes(apps=apps)


class Migration(migrations.Migration):

    dependencies = [
        ("catalogue", "0037_product_review_status"),
    ]

    operations = [
        migrations.RunPython(add_knife_build, migrations.RunPython.noop),
    ]
