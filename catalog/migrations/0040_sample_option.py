"""The basket-line option that marks a line as a sample order (partner/samples.py).

A sample line is kept apart from a bulk line of the same goods (Oscar gives a line with
options its own line reference) and is priced at the stock record's sample price.
"""

from django.db import migrations

SAMPLE_OPTION_CODE = "sample"  # partner.samples.SAMPLE_OPTION_CODE


def add_sample_option(apps, schema_editor):
    Option = apps.get_model("catalogue", "Option")
    Option.objects.get_or_create(
        code=SAMPLE_OPTION_CODE, defaults={"name": "Sample", "type": "text", "required": False})


def remove_sample_option(apps, schema_editor):
    apps.get_model("catalogue", "Option").objects.filter(code=SAMPLE_OPTION_CODE).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("catalogue", "0039_clean_seller_text"),
    ]

    operations = [
        migrations.RunPython(add_sample_option, remove_sample_option),
    ]
