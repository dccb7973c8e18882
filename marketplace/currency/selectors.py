"""Reading exchange rates."""

from decimal import Decimal

from django.core.cache import cache
from django.db.models import Q

from .models import ExchangeRate

# Today's table is read by every priced page and changes once a day: it is cached, dropped
# whenever a rate is saved or deleted. A rate imported in another process (a command, a
# worker with its own memory cache) shows within the timeout.
LATEST_RATES_KEY = "currency:latest-rates"
LATEST_RATES_TIMEOUT = 60


def forget_latest_rates(**_signal_kwargs):
    cache.delete(LATEST_RATES_KEY)


def latest_rates(on_date=None):
    """Return {(base, quote): ExchangeRate} with the newest rate of every pair on or before a date.

    One query for the whole table (none while today's table is cached): a page converts
    many prices and must not ask per price.
    """
    if on_date is None:
        table = cache.get(LATEST_RATES_KEY)
        if table is None:
            table = _latest_rates(None)
            cache.set(LATEST_RATES_KEY, table, LATEST_RATES_TIMEOUT)
        return table
    return _latest_rates(on_date)


def _latest_rates(on_date):
    rows = ExchangeRate.objects.order_by("base_currency", "quote_currency", "-rate_date")
    if on_date is not None:
        rows = rows.filter(rate_date__lte=on_date)
    table = {}
    for row in rows:
        table.setdefault((row.base_currency, row.quote_currency), row)
    return table


def find_rate(table, source, target, via):
    """The multiplier that turns an amount in `source` into `target`, or None.

    Tries the direct pair, its inverse, then a cross rate through `via`.
    Returns (multiplier, rate_date) where the date is the oldest rate used.
    """
    if source == target:
        return Decimal(1), None
    direct = table.get((source, target))
    if direct:
        return direct.rate, direct.rate_date
    inverse = table.get((target, source))
    if inverse:
        return Decimal(1) / inverse.rate, inverse.rate_date
    if via not in (source, target):
        first = find_rate(table, source, via, via=None) if via else None
        second = find_rate(table, via, target, via=None) if via else None
        if first and second:
            dates = [d for d in (first[1], second[1]) if d]
            return first[0] * second[0], min(dates) if dates else None
    return None


def rates_for_currency(code):
    return ExchangeRate.objects.filter(Q(base_currency=code) | Q(quote_currency=code))
