"""The city's cross-border trade figures, read from the orders with database aggregation.

What counts:
- **Value** is the seller's side of each line in yuan (`Line.line_price_cny`, fixed at
  checkout), so figures never move with exchange rates. Freight is left out, as customs
  values goods FOB. Lines without a yuan value are left out and counted apart
  (`TradeStatistics.lines_without_cny`), so the page can say so.
- **Orders** that became trade: paid or further along. Unpaid orders (placed, awaiting
  payment) may never happen, cancelled and refunded ones did not; lines cancelled or
  refunded on their own are left out too.
- **When**: the month the order was placed, in the site's time zone. The shipping date
  would match the customs declaration better, but only orders that went through the
  status history have one, and a year's figures would keep changing as late orders ship;
  the placing date is on every order and final once the order is paid.
- **Customs mode and direction** come from marketplace.declaration.modes, the one rule the
  declarations use; **cluster** from clusters.py (the product's class).

Every figure comes from a handful of grouped queries (TruncMonth, Sum, Count), the same on
SQLite and PostgreSQL; the customs mode is decided in Python once per group row.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from types import SimpleNamespace

from django.conf import settings
from django.db.models import Count, F, QuerySet, Sum
from django.db.models.fields.json import KeyTextTransform, KeyTransform
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.declaration import modes
from marketplace.order_lifecycle import statuses

from .clusters import CLUSTER_CODES, cluster_label, line_cluster

Line = get_model("order", "Line")

ZERO = Decimal("0.00")
HUNDRED = Decimal("100")

#: Orders in these statuses are not (or no longer) trade.
UNCOUNTED_ORDER_STATUSES = (statuses.PLACED, statuses.AWAITING_PAYMENT, statuses.CANCELLED,
                            statuses.REFUNDED)
UNCOUNTED_LINE_STATUSES = (statuses.CANCELLED, statuses.REFUNDED)

#: The city plan's targets (DOMAIN: the Yangjiang cross-border e-commerce plan): growth of
#: 25 % a year and enterprises trading over 1 bn, 500 m and 100 m CNY a year. Settings may
#: replace them when the plan is revised.
DEFAULT_GROWTH_TARGET_PERCENT = "25"
DEFAULT_TIER_THRESHOLDS_CNY = ("1000000000", "500000000", "100000000")

EXPORT, IMPORT = modes.EXPORT, modes.IMPORT
DIRECTION_LABELS = {EXPORT: _("Export"), IMPORT: _("Import")}
#: As the CSV writes them (stable English words, not translated).
DIRECTION_NAMES = {EXPORT: "export", IMPORT: "import"}


def growth_target_percent() -> Decimal:
    return Decimal(str(getattr(settings, "MARKETPLACE_TRADE_GROWTH_TARGET_PERCENT",
                               DEFAULT_GROWTH_TARGET_PERCENT)))


# --- tiers ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Tier:
    code: str  # stable, written in the CSV
    label: object
    minimum_cny: Decimal  # inclusive


def tiers() -> list[Tier]:
    """The plan's tiers, highest first; the last one takes everything below the lowest bar."""
    over_1bn, over_500m, over_100m = (
        Decimal(str(value)) for value in getattr(
            settings, "MARKETPLACE_TRADE_TIER_THRESHOLDS_CNY", DEFAULT_TIER_THRESHOLDS_CNY))
    return [
        Tier("over_1bn", _("1 billion CNY and more"), over_1bn),
        Tier("500m_to_1bn", _("500 million to 1 billion CNY"), over_500m),
        Tier("100m_to_500m", _("100 to 500 million CNY"), over_100m),
        Tier("below_100m", _("Below 100 million CNY"), ZERO),
    ]


def tier_for(value: Decimal, table: Iterable[Tier] | None = None) -> Tier:
    table = list(table or tiers())
    return next((tier for tier in table if value >= tier.minimum_cny), table[-1])


# --- the rows ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Cell:
    """One row of the statistics bureau's long table."""

    month: dt.date  # first day of the month
    direction: str  # E or I
    customs_mode: str
    cluster: str
    country: str  # ISO 3166-1 alpha-2, "" when the order has no address
    value_cny: Decimal
    orders: int


@dataclass
class MonthFigure:
    month: dt.date
    export_cny: Decimal = ZERO
    import_cny: Decimal = ZERO
    orders: int = 0
    previous_total_cny: Decimal = ZERO
    #: Against the same month a year earlier; None for months not over yet or with nothing to
    #: compare with.
    growth_percent: Decimal | None = None

    @property
    def total_cny(self) -> Decimal:
        return self.export_cny + self.import_cny


@dataclass
class ClusterFigure:
    code: str
    label: object
    export_cny: Decimal = ZERO
    import_cny: Decimal = ZERO

    @property
    def total_cny(self) -> Decimal:
        return self.export_cny + self.import_cny


@dataclass
class CountryFigure:
    code: str
    value_cny: Decimal = ZERO
    orders: int = 0

    @property
    def name(self) -> str:
        return country_name(self.code)


@dataclass
class ModeFigure:
    code: str
    direction: str
    value_cny: Decimal = ZERO
    orders: int = 0

    @property
    def label(self):
        return modes.MODE_LABELS.get(self.code, self.code)

    @property
    def direction_label(self):
        return DIRECTION_LABELS[self.direction]


@dataclass(frozen=True)
class EnterpriseFigure:
    enterprise_id: int
    uscc: str
    legal_name_zh: str
    name_en: str
    value_cny: Decimal
    tier: Tier


@dataclass(frozen=True)
class TierSummary:
    tier: Tier
    enterprises: int
    value_cny: Decimal


@dataclass
class TradeStatistics:
    year: int
    months: list[MonthFigure]
    clusters: list[ClusterFigure]
    countries: list[CountryFigure]  # export destinations, largest first
    customs_modes: list[ModeFigure]
    enterprises: list[EnterpriseFigure]  # largest first
    tier_summary: list[TierSummary]
    export_cny: Decimal
    import_cny: Decimal
    orders: int
    #: The same period a year earlier: the whole year, or up to the same day for this year.
    previous_cny: Decimal
    growth_percent: Decimal | None
    target_percent: Decimal
    year_to_date: bool
    lines_without_cny: int
    cells: list[Cell] = field(default_factory=list)

    @property
    def total_cny(self) -> Decimal:
        return self.export_cny + self.import_cny

    @property
    def meets_target(self) -> bool | None:
        return None if self.growth_percent is None else self.growth_percent >= self.target_percent

    @property
    def has_trade(self) -> bool:
        return self.orders > 0


def country_name(code: str) -> str:
    """The country's English short name, as a statistics bureau loads it."""
    from django.utils import translation
    from django_countries import countries

    if not code:
        return "Unknown"
    with translation.override("en"):
        return str(countries.name(code)) or code


# --- queries -------------------------------------------------------------------------------

def _year_start(year: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime(year, 1, 1))


def counted_lines() -> QuerySet:
    """Order lines that are trade: see the module docstring."""
    return (Line.objects.exclude(order__status__in=UNCOUNTED_ORDER_STATUSES)
            .exclude(status__in=UNCOUNTED_LINE_STATUSES))


def _placed_between(queryset: QuerySet, start: dt.datetime, end: dt.datetime) -> QuerySet:
    return queryset.filter(order__date_placed__gte=start, order__date_placed__lt=end)


ORDER_FACTS = {
    "country": F("order__shipping_address__country_id"),
    # KT() cannot cross a relation: the JSON path is built on the related column.
    "freight_mode": KeyTextTransform("trade_mode", KeyTransform("freight", "order__trade_terms")),
    "company_id": F("order__purchase__company_id"),
}


def _order_facts(row: dict) -> SimpleNamespace:
    """What declaration.modes reads of an order, from one grouped row: no query."""
    return SimpleNamespace(
        shipping_address=SimpleNamespace(country_id=row["country"] or ""),
        trade_terms={"freight": {"trade_mode": row["freight_mode"] or ""}},
        purchase=None,
    )


def _mode_of(row: dict) -> tuple[str, str]:
    facts = _order_facts(row)
    return (modes.direction(facts),
            modes.customs_mode(facts, company_id=row["company_id"]))


def _month(value) -> dt.date:
    # TruncMonth gives an aware datetime in the current time zone (a date on some backends).
    return value.date() if isinstance(value, dt.datetime) else value


def _grouped(start: dt.datetime, end: dt.datetime, *, by_cluster: bool) -> list[dict]:
    """Yuan value and distinct orders per month and order facts (and cluster): one query.

    The order facts (country, freight mode, company) are the order's own, so the orders of
    different groups never overlap within one month and cluster: summing their counts
    into a cell (month, direction, mode, cluster, country) counts each order once.
    """
    annotations = {"month": TruncMonth("order__date_placed"), **ORDER_FACTS}
    if by_cluster:
        annotations["cluster"] = line_cluster()
    return list(
        _placed_between(counted_lines().filter(line_price_cny__isnull=False), start, end)
        .annotate(**annotations)
        .values(*annotations)
        .annotate(value=Sum("line_price_cny"), order_count=Count("order", distinct=True))
        .order_by()
    )


def trade_cells(year: int) -> list[Cell]:
    """The year's long table: value and orders per (month, direction, mode, cluster, country).

    Sorted by month, direction, mode, cluster (in the clusters' order) and country.
    """
    cells: dict[tuple, list] = defaultdict(lambda: [ZERO, 0])
    for row in _grouped(_year_start(year), _year_start(year + 1), by_cluster=True):
        direction, mode = _mode_of(row)
        key = (_month(row["month"]), direction, mode, row["cluster"], row["country"] or "")
        cells[key][0] += row["value"]
        cells[key][1] += row["order_count"]
    order = {code: index for index, code in enumerate(CLUSTER_CODES)}
    return [
        Cell(month, direction, mode, cluster, country, value, orders)
        for (month, direction, mode, cluster, country), (value, orders) in sorted(
            cells.items(),
            key=lambda item: (item[0][0], item[0][1], item[0][2], order.get(item[0][3], 99),
                              item[0][4]))
    ]


def enterprise_figures(year: int) -> list[EnterpriseFigure]:
    """Each seller enterprise's cross-border value (export and import) in the year, with its
    tier, largest first. Sales of partners without a filing are not an enterprise's."""
    table = tiers()
    rows = (
        _placed_between(counted_lines(), _year_start(year), _year_start(year + 1))
        .filter(partner__enterprise__isnull=False, line_price_cny__isnull=False)
        .values("partner__enterprise__id", "partner__enterprise__uscc",
                "partner__enterprise__legal_name_zh", "partner__enterprise__name_en")
        .annotate(value=Sum("line_price_cny"))
        .order_by("-value", "partner__enterprise__name_en")
    )
    return [
        EnterpriseFigure(
            enterprise_id=row["partner__enterprise__id"], uscc=row["partner__enterprise__uscc"],
            legal_name_zh=row["partner__enterprise__legal_name_zh"],
            name_en=row["partner__enterprise__name_en"], value_cny=row["value"],
            tier=tier_for(row["value"], table))
        for row in rows
    ]


def _value_between(start: dt.datetime, end: dt.datetime) -> Decimal:
    total = (_placed_between(counted_lines(), start, end)
             .aggregate(value=Sum("line_price_cny"))["value"])
    return total or ZERO


def _percent_change(now: Decimal, before: Decimal) -> Decimal | None:
    if not before:
        return None
    return ((now - before) * HUNDRED / before).quantize(Decimal("0.1"))


def _same_day_a_year_earlier(moment: dt.datetime) -> dt.datetime:
    try:
        return moment.replace(year=moment.year - 1)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year - 1, day=28)


def trade_statistics(year: int, *, now: dt.datetime | None = None) -> TradeStatistics:
    """Every figure of the statistics page for `year` (a handful of queries).

    For the running year, growth compares the year to date with the same period a year
    earlier, and months not over yet have no growth figure.
    """
    now = timezone.localtime(now or timezone.now())
    start, end = _year_start(year), _year_start(year + 1)
    year_to_date = start <= now < end
    cells = trade_cells(year)

    months = {dt.date(year, number, 1): MonthFigure(dt.date(year, number, 1))
              for number in range(1, 13)}
    previous_months: dict[dt.date, Decimal] = defaultdict(lambda: ZERO)
    countries: dict[str, CountryFigure] = {}
    mode_figures: dict[tuple, ModeFigure] = {}
    orders = 0
    # Order counts come from the grouping without clusters: an order selling goods of two
    # clusters is one order of its month, country and mode.
    for row in _grouped(_year_start(year - 1), end, by_cluster=False):
        month = _month(row["month"])
        if month.year < year:
            previous_months[month.replace(year=year)] += row["value"]
            continue
        direction, mode = _mode_of(row)
        figure = months[month]
        if direction == EXPORT:
            figure.export_cny += row["value"]
            country = row["country"] or ""
            countries.setdefault(country, CountryFigure(country))
            countries[country].value_cny += row["value"]
            countries[country].orders += row["order_count"]
        else:
            figure.import_cny += row["value"]
        figure.orders += row["order_count"]
        orders += row["order_count"]
        mode_figure = mode_figures.setdefault((direction, mode), ModeFigure(mode, direction))
        mode_figure.value_cny += row["value"]
        mode_figure.orders += row["order_count"]

    this_month = now.date().replace(day=1)
    for month, figure in months.items():
        figure.previous_total_cny = previous_months[month]
        if not year_to_date or month < this_month:
            figure.growth_percent = _percent_change(figure.total_cny, figure.previous_total_cny)

    clusters = {code: ClusterFigure(code, cluster_label(code)) for code in CLUSTER_CODES}
    for cell in cells:
        figure = clusters.setdefault(cell.cluster, ClusterFigure(cell.cluster,
                                                                 cluster_label(cell.cluster)))
        if cell.direction == EXPORT:
            figure.export_cny += cell.value_cny
        else:
            figure.import_cny += cell.value_cny

    export_cny = sum((figure.export_cny for figure in months.values()), ZERO)
    import_cny = sum((figure.import_cny for figure in months.values()), ZERO)
    if year_to_date:
        previous = _value_between(_year_start(year - 1), _same_day_a_year_earlier(now))
    else:
        previous = sum(previous_months.values(), ZERO)

    enterprises = enterprise_figures(year)
    summary = [
        TierSummary(tier, len(members), sum((e.value_cny for e in members), ZERO))
        for tier in tiers()
        for members in [[e for e in enterprises if e.tier.code == tier.code]]
    ]
    return TradeStatistics(
        year=year,
        months=list(months.values()),
        clusters=[figure for figure in clusters.values()
                  if figure.total_cny or figure.code != "other"],
        countries=sorted(countries.values(), key=lambda c: (-c.value_cny, c.code)),
        customs_modes=sorted(mode_figures.values(), key=lambda m: (m.direction, m.code)),
        enterprises=enterprises,
        tier_summary=summary,
        export_cny=export_cny,
        import_cny=import_cny,
        orders=orders,
        previous_cny=previous,
        growth_percent=_percent_change(export_cny + import_cny, previous),
        target_percent=growth_target_percent(),
        year_to_date=year_to_date,
        lines_without_cny=_placed_between(counted_lines(), start, end)
        .filter(line_price_cny__isnull=True).count(),
        cells=cells,
    )
