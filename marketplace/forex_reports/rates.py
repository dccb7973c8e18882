"""The CNY equivalent of an amount at the dated rate, with the rate's date and source.

Reports to the tax and forex authorities must say which rate turned an amount into yuan
(DOMAIN.md §6: "store rate, rate date and rate source with every converted amount"), so
the lookup here returns the row it used, not just a multiplier. The rate is the newest
one on or before the day of the event (ship date, payment date); a missing rate is
`None`, for the report to show as an error, never a silent zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from marketplace.currency.selectors import latest_rates

CNY = "CNY"
#: The multiplier as printed and as used: six decimals, as banks quote CNY per unit
#: (SAFE's central parity has four per 100 units). Computing with the printed figure keeps
#: every report line checkable by hand.
RATE_PLACES = Decimal("0.000001")
FEN = Decimal("0.01")


@dataclass(frozen=True)
class CnyRate:
    """CNY per one unit of `currency`, from the rate row dated `rate_date`."""

    currency: str
    cny_per_unit: Decimal
    rate_date: date | None
    source: str
    inverted: bool = False  # the row was CNY→currency; its inverse is used

    def to_cny(self, amount: Decimal) -> Decimal:
        return (amount * self.cny_per_unit).quantize(FEN, rounding=ROUND_HALF_UP)


class RateBook:
    """The rate tables of the days a report needs, each read once (one query per day)."""

    def __init__(self):
        self._tables: dict[date, dict] = {}

    def cny_rate(self, currency: str, day: date) -> CnyRate | None:
        """CNY per unit of `currency` at the newest rate on or before `day`; None if none."""
        currency = (currency or "").upper()
        if currency == CNY:
            return CnyRate(currency=CNY, cny_per_unit=Decimal("1.000000"), rate_date=None, source="")
        if day not in self._tables:
            self._tables[day] = latest_rates(day)
        table = self._tables[day]
        direct = table.get((currency, CNY))
        if direct is not None:
            return CnyRate(currency=currency, cny_per_unit=direct.rate.quantize(RATE_PLACES, ROUND_HALF_UP),
                           rate_date=direct.rate_date, source=direct.source)
        inverse = table.get((CNY, currency))
        if inverse is not None:
            return CnyRate(currency=currency,
                           cny_per_unit=(Decimal(1) / inverse.rate).quantize(RATE_PLACES, ROUND_HALF_UP),
                           rate_date=inverse.rate_date, source=inverse.source, inverted=True)
        return None
