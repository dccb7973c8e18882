"""The clusters' product classes with their typed attributes and option groups.

The definitions live in catalog/product_classes.py and are applied by
catalog.services.ensure_cluster_product_classes(), which seed_demo also calls: it only
adds what is missing, so a later change to the definitions reaches existing databases
through seed_demo or a new migration calling it again, never by editing this one.
"""

from django.db import migrations
from django.db.models import F

from catalog.services import ensure_cluster_product_classes


def backfill_attribute_names(apps, schema_editor):
    # 0034 gave attribute names one column per language; attributes made before it keep
    # their name in English, the default language.
    ProductAttribute = apps.get_model("catalogue", "ProductAttribute")
    ProductAttribute.objects.filter(name_en__isnull=True).update(name_en=F("name"))


def create_cluster_classes(apps, schema_editor):
    ensure_cluster_product_classes(apps=apps)


class Migration(migrations.Migration):

    dependencies = [
        ("catalogue", "0035_load_hs_table_and_certifications"),
    ]

    operations = [
        migrations.RunPython(backfill_attribute_names, migrations.RunPython.noop),
        migrations.RunPython(create_cluster_classes, migrations.RunPython.noop),
    ]
