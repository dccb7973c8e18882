"""CSV files for the statistics bureau: UTF-8 with a byte-order mark, comma-separated,
a header row of stable English column names, one record per line (CRLF), values without
thousands separators and with a dot as decimal mark.

Trade file (`<year>.csv`), long format, one row per month, direction, customs mode,
cluster and destination country that had trade:

=============  ===============================================================
column         meaning
=============  ===============================================================
month          YYYY-MM, the month the orders were placed (site time zone)
direction      ``export`` or ``import`` (goods to a buyer in China)
customs_mode   supervision mode code: 9610, 9710, 9810 (1210 when it occurs)
cluster        industrial cluster code: knives_scissors, kitchenware, seafood,
               processed_food, textiles, or other
country_code   destination, ISO 3166-1 alpha-2 (CN for imports); empty if unknown
country_name   the country's English short name
value_cny      goods value in yuan, 2 decimals (freight excluded)
order_count    orders with goods in the row (an order selling goods of two
               clusters counts in both clusters' rows)
=============  ===============================================================

Enterprise file (`<year>-enterprises.csv`), one row per seller enterprise that traded:
year, uscc, legal_name_zh, name_en, annual_value_cny, tier (over_1bn, 500m_to_1bn,
100m_to_500m, below_100m). Names are the sellers' own text: a leading = + - @ gets a quote
so that a spreadsheet never runs it as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

from marketplace.product_import.files import neutralise

from .selectors import DIRECTION_NAMES, Cell, EnterpriseFigure, country_name

TRADE_COLUMNS = ("month", "direction", "customs_mode", "cluster", "country_code",
                 "country_name", "value_cny", "order_count")
ENTERPRISE_COLUMNS = ("year", "uscc", "legal_name_zh", "name_en", "annual_value_cny", "tier")

CENT = Decimal("0.01")


def _money(value: Decimal) -> str:
    return f"{value.quantize(CENT):f}"


def _csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def trade_csv(cells: Iterable[Cell]) -> bytes:
    return _csv(TRADE_COLUMNS, (
        (cell.month.strftime("%Y-%m"), DIRECTION_NAMES[cell.direction], cell.customs_mode,
         cell.cluster, cell.country, country_name(cell.country) if cell.country else "",
         _money(cell.value_cny), str(cell.orders))
        for cell in cells
    ))


def enterprises_csv(year: int, enterprises: Iterable[EnterpriseFigure]) -> bytes:
    return _csv(ENTERPRISE_COLUMNS, (
        (str(year), figure.uscc, neutralise(figure.legal_name_zh), neutralise(figure.name_en),
         _money(figure.value_cny), figure.tier.code)
        for figure in enterprises
    ))
