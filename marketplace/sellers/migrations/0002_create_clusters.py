"""The five industrial clusters a filing may name.

Codes and order are copied here, not imported from models.Cluster: a migration
records what was done at one point, whatever the model says later.
"""

from django.db import migrations

CLUSTERS = ["knives_scissors", "kitchenware", "seafood", "processed_food", "textiles"]


def create_clusters(apps, schema_editor):
    Cluster = apps.get_model("sellers", "Cluster")
    for position, code in enumerate(CLUSTERS):
        Cluster.objects.update_or_create(code=code, defaults={"position": position})


def delete_clusters(apps, schema_editor):
    apps.get_model("sellers", "Cluster").objects.filter(code__in=CLUSTERS).delete()


class Migration(migrations.Migration):
    dependencies = [("sellers", "0001_initial")]

    operations = [migrations.RunPython(create_clusters, delete_clusters)]
