from django.db import migrations


def load(apps, schema_editor):
    from marketplace.vocabulary.services import load_terms

    load_terms(apps.get_model("vocabulary", "Term"))


class Migration(migrations.Migration):
    """Every unit, district and Incoterm with its names in the ten site languages; a run
    on a database that has rows adds only the missing ones (services.load_terms)."""

    dependencies = [("vocabulary", "0001_initial")]

    # Nothing to undo: the rows go with the table when 0001 is reversed.
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
