"""Converting amounts between currencies and choosing the visitor's display currency."""

import csv
import io
import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from .models import ExchangeRate
from .money import quantize
from .selectors import find_rate, latest_rates

logger = logging.getLogger(__name__)


class RateUnavailable(LookupError):
    pass


class Converter:
    """Converts amounts with one snapshot of the rate table (one query per converter)."""

    def __init__(self, on_date=None):
        self._on_date = on_date
        self._table = None

    @property
    def table(self):
        if self._table is None:
            self._table = latest_rates(self._on_date)
        return self._table

    def rate(self, source, target):
        found = find_rate(self.table, source, target, via=settings.MARKETPLACE_BASE_CURRENCY)
        if found is None:
            raise RateUnavailable(f"No exchange rate from {source} to {target}")
        return found

    def convert(self, amount, source, target):
        multiplier, _rate_date = self.rate(source, target)
        return quantize(Decimal(amount) * multiplier, target)

    def can_convert(self, source, target):
        try:
            self.rate(source, target)
        except RateUnavailable:
            return False
        return True


def default_currency_for_language(language):
    return settings.MARKETPLACE_LANGUAGE_CURRENCIES.get(
        language, settings.MARKETPLACE_BASE_CURRENCY
    )


def is_display_currency(code):
    return code in settings.MARKETPLACE_DISPLAY_CURRENCIES


@dataclass
class ImportResult:
    created: int
    updated: int
    errors: list  # [(line number, message)]


def import_rates_csv(text, source_name=""):
    """Import rates from CSV text with columns base,quote,rate,date[,source].

    All or nothing: when any row is bad, every error is reported with its line
    number and no rate is written, so a half-imported table never prices a page.
    """
    reader = csv.DictReader(io.StringIO(text))
    required = {"base", "quote", "rate", "date"}
    missing = required - set(reader.fieldnames or [])
    if missing:
        return ImportResult(0, 0, [(1, _("Missing columns: %s") % ", ".join(sorted(missing)))])
    allowed = {settings.MARKETPLACE_BASE_CURRENCY, *settings.MARKETPLACE_DISPLAY_CURRENCIES}
    rows, errors = [], []
    for line, row in enumerate(reader, start=2):
        base = (row.get("base") or "").strip().upper()
        quote = (row.get("quote") or "").strip().upper()
        problems = []
        if base not in allowed:
            problems.append(_("unknown base currency %r") % base)
        if quote not in allowed:
            problems.append(_("unknown quote currency %r") % quote)
        if base and base == quote:
            problems.append(_("base and quote are the same currency"))
        try:
            rate = Decimal((row.get("rate") or "").strip())
            if not rate.is_finite() or rate <= 0:
                raise InvalidOperation
        except InvalidOperation:
            problems.append(_("rate %r is not a positive number") % row.get("rate"))
            rate = None
        try:
            rate_date = date.fromisoformat((row.get("date") or "").strip())
        except ValueError:
            problems.append(_("date %r is not YYYY-MM-DD") % row.get("date"))
            rate_date = None
        if problems:
            errors.append((line, "; ".join(problems)))
        else:
            rows.append((base, quote, rate, rate_date, (row.get("source") or source_name).strip()))
    if errors:
        return ImportResult(0, 0, errors)
    created = updated = 0
    with transaction.atomic():
        for base, quote, rate, rate_date, source in rows:
            _obj, was_created = ExchangeRate.objects.update_or_create(
                base_currency=base, quote_currency=quote, rate_date=rate_date,
                defaults={"rate": rate, "source": source[:100]},
            )
            created += was_created
            updated += not was_created
    logger.info("Imported exchange rates: %s created, %s updated", created, updated)
    return ImportResult(created, updated, [])
