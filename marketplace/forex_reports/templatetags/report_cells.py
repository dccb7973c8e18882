"""{% cell row column %}: a report cell on the preview page, formatted as its column says."""

from datetime import date
from decimal import Decimal

from django import template
from django.utils.formats import number_format

from marketplace.forex_reports import sheets

register = template.Library()


@register.simple_tag
def cell(row: dict, column: sheets.Column) -> str:
    """Autoescaped by the template engine (simple_tag output is escaped)."""
    value = row.get(column.key)
    if value is None or value == "":
        return ""
    if isinstance(value, Decimal):
        if column.kind == sheets.FRACTION:
            return f"{number_format(value * 100, 2)} %"
        if column.kind == sheets.RATE:
            return number_format(value, 6)
        return number_format(value, 2, force_grouping=True)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
