"""Reads: the rules in force on a date and a buyer's CBEC purchases this year."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.db.models import Sum

from .models import CbecPurchase, ImportLimit, TaxRate


def limit_on(day: date) -> ImportLimit | None:
    """The single-transaction and annual limits in force on `day`; None before CBEC rules existed."""
    return ImportLimit.objects.valid_on(day).order_by("-valid_from").first()


def tax_rate_for(hs_code: str, day: date) -> TaxRate | None:
    """The rate row with the longest HS prefix of `hs_code` in force on `day` (the empty
    prefix, the default, matches any code); None when no row applies."""
    code = "".join(char for char in str(hs_code or "") if char.isdigit())
    prefixes = {code[:length] for length in range(len(code) + 1)}
    rows = TaxRate.objects.valid_on(day).filter(hs_prefix__in=prefixes)
    return max(rows, key=lambda row: (len(row.hs_prefix), row.valid_from), default=None)


def annual_total(buyer_key: str, year: int, *, exclude_order_number: str | None = None) -> Decimal:
    """CNY customs value of the buyer's CBEC purchases in `year` not returned."""
    purchases = CbecPurchase.objects.counting().filter(buyer_key=buyer_key, year=year)
    if exclude_order_number:
        purchases = purchases.exclude(order_number=exclude_order_number)
    return purchases.aggregate(total=Sum("customs_value"))["total"] or Decimal("0.00")
