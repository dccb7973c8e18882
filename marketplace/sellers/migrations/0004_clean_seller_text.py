"""Markup stored in a filing before saving cleaned it (sellers/models.py Enterprise.save)."""

from django.db import migrations

from marketplace.core import sanitize
from marketplace.core.migration_helpers import clean_stored_text


def _line(value):
    return sanitize.clean_text(value, single_line=True)


def clean_filings(apps, schema_editor):
    Enterprise = apps.get_model("sellers", "Enterprise")
    clean_stored_text(Enterprise, {
        "legal_name_zh": _line, "name_en": _line, "address_line": _line, "contact_name": _line,
        "description_zh": sanitize.clean_text, "description_en": sanitize.clean_text,
    })


class Migration(migrations.Migration):

    dependencies = [
        ("sellers", "0003_enterprise_listings_verified"),
    ]

    operations = [
        # Nothing to undo: the cleaned text is what saving would have stored.
        migrations.RunPython(clean_filings, migrations.RunPython.noop),
    ]
