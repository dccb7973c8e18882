"""Markup stored before saving cleaned it: product titles and descriptions in every
language, customisation notes, attribute values and category texts are cleaned as
catalog/models.py now cleans them on save (marketplace/core/sanitize.py)."""

from django.db import migrations

from marketplace.core import sanitize
from marketplace.core.migration_helpers import clean_stored_text, translated_columns


def _title(value):
    return sanitize.clean_text(value, single_line=True)


def clean_catalogue_text(apps, schema_editor):
    Product = apps.get_model("catalogue", "Product")
    Category = apps.get_model("catalogue", "Category")
    ProductAttributeValue = apps.get_model("catalogue", "ProductAttributeValue")
    clean_stored_text(Product, {
        **dict.fromkeys(translated_columns("title"), _title),
        **dict.fromkeys(translated_columns("description"), sanitize.clean_html),
        "customisation_notes": sanitize.clean_text,
    })
    clean_stored_text(Category, {
        **dict.fromkeys(translated_columns("name"), _title),
        **dict.fromkeys(translated_columns("description"), sanitize.clean_html),
        "long_description": sanitize.clean_html,
    })
    clean_stored_text(ProductAttributeValue, {
        "value_richtext": sanitize.clean_html, "value_text": sanitize.clean_text,
    })


class Migration(migrations.Migration):

    dependencies = [
        ("catalogue", "0038_knife_build_attribute"),
    ]

    operations = [
        # Nothing to undo: the cleaned text is what saving would have stored.
        migrations.RunPython(clean_catalogue_text, migrations.RunPython.noop),
    ]
