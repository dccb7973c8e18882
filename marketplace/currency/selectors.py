"""Reading exchange rates."""

from decimal import Decimal

from django.db.models import Q

from marketplace.core.chrome import cached_under, invalidate

from .models import ExchangeRate

# Today's table is read by every priced page and changes once a day: it is kept under the
# "rates" version (core/chrome.py cached_under: once a request, a copy per process), which
# a rate saved or deleted moves. A rate imported in another process (a command, a worker
# with its own memory cache) shows within twice the timeout: the shared copy's, then the
# process's.
RATES_CACHE_KIND = "rates"
LATEST_RATES_TIMEOUT = 30


def forget_latest_rates(**_signal_kwargs):
    invalidate(RATES_CACHE_KIND)


def latest_rates(on_date=None):
    """Return {(base, quote): ExchangeRate} with the newest rate of every pair on or before a date.

    One query for the whole table (none while today's table is cached): a page converts
    many prices and must not ask per price.
    """
    if on_date is None:
        return cached_under(RATES_CACHE_KIND, "latest", lambda: _latest_rates(None),
                            timeout=LATEST_RATES_TIMEOUT)
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
