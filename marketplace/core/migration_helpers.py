"""Cleaning text already stored, for the data migrations of the apps that own it.

Saving cleans seller text (catalog/models.py, sellers/models.py); rows written before
that did not are cleaned once by a data migration with `clean_stored_text`.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings

BATCH_SIZE = 1000


def translated_columns(field: str) -> list[str]:
    """The field's original column and its column per language (modeltranslation)."""
    return [field] + [
        f"{field}_{code.replace('-', '_')}" for code in settings.MODELTRANSLATION_LANGUAGES
    ]


def clean_stored_text(model, cleaners: dict[str, Callable[[str], str]]) -> int:
    """Run each column's cleaner over every row; write only the rows that change.

    Rows are read in primary-key batches, so a catalogue of 100,000 products is cleaned
    without holding it in memory. Returns how many rows were rewritten.
    """
    fields = list(cleaners)
    rewritten, last_pk = 0, None
    while True:
        rows = model.objects.order_by("pk").only("pk", *fields)
        if last_pk is not None:
            rows = rows.filter(pk__gt=last_pk)
        rows = list(rows[:BATCH_SIZE])
        if not rows:
            return rewritten
        changed = []
        for row in rows:
            dirty = False
            for name, clean in cleaners.items():
                value = getattr(row, name)
                if value:
                    cleaned = clean(value)
                    if cleaned != value:
                        setattr(row, name, cleaned)
                        dirty = True
            if dirty:
                changed.append(row)
        if changed:
            model.objects.bulk_update(changed, fields)
            rewritten += len(changed)
        last_pk = rows[-1].pk
