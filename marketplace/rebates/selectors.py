"""Reads: the rebate rate in force for goods on a day, and the export orders shipped in a month."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.db.models import Min, QuerySet
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.order_lifecycle import statuses

from .models import RebateRate

Order = get_model("order", "Order")
OrderStatusChange = get_model("order", "OrderStatusChange")


def digits(hs_code: str | None) -> str:
    return "".join(char for char in str(hs_code or "") if char.isdigit())


def rebate_rate_for(hs_code: str, day: date) -> RebateRate | None:
    """The row with the longest HS prefix of `hs_code` in force on `day`; None when none applies."""
    code = digits(hs_code)
    prefixes = {code[:length] for length in range(2, len(code) + 1)}
    if not prefixes:
        return None
    rows = RebateRate.objects.valid_on(day).filter(hs_prefix__in=prefixes)
    return max(rows, key=lambda row: (len(row.hs_prefix), row.valid_from), default=None)


class RateTable:
    """The rebate rows in force on the days a report needs, one query per day."""

    def __init__(self):
        self._rows: dict[date, list[RebateRate]] = {}

    def rate_for(self, hs_code: str, day: date) -> RebateRate | None:
        if day not in self._rows:
            self._rows[day] = list(RebateRate.objects.valid_on(day))
        code = digits(hs_code)
        matching = [row for row in self._rows[day] if len(code) >= 2 and code.startswith(row.hs_prefix)]
        return max(matching, key=lambda row: (len(row.hs_prefix), row.valid_from), default=None)


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    """The month as an aware [start, end) in the site's time zone: a ship date is a local day."""
    first = date(year, month, 1)
    following = (first + timedelta(days=32)).replace(day=1)
    zone = timezone.get_current_timezone()
    return (timezone.make_aware(datetime.combine(first, time.min), zone),
            timezone.make_aware(datetime.combine(following, time.min), zone))


def shipped_in_month(year: int, month: int) -> list[tuple[Order, date]]:
    """(order, ship date) of every order first moved to Shipped in the month, oldest first.

    The ship date is the local day of the order's first move to Shipped (Oscar's
    OrderStatusChange, written by order_lifecycle.move_order): the export date the
    report gives. Whether the goods left China is for the caller (declaration.modes).
    """
    start, end = month_bounds(year, month)
    first_shipped = (OrderStatusChange.objects.filter(new_status=statuses.SHIPPED)
                     .values("order_id").annotate(shipped_at=Min("date_created"))
                     .filter(shipped_at__gte=start, shipped_at__lt=end))
    shipped_at = {row["order_id"]: row["shipped_at"] for row in first_shipped}
    orders: QuerySet = (Order.objects.filter(pk__in=shipped_at.keys())
                        .select_related("shipping_address", "purchase")
                        .prefetch_related("lines__product__parent", "lines__partner__enterprise"))
    found = [(order, timezone.localdate(shipped_at[order.pk])) for order in orders]
    return sorted(found, key=lambda pair: (pair[1], pair[0].number))
