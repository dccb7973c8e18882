"""The monthly export VAT rebate report: one row per goods line of the export orders
shipped in the month.

How each figure is found (DOMAIN.md §5, 财税〔2012〕39号 [P]):

- **FOB value.** Rebates are computed on the FOB value. On this platform the goods price
  of a line is the same whatever Incoterm the buyer chose (sellers quote one price per
  stock record), and freight and insurance are charged separately as the order's freight
  (`order.trade_terms["freight"]`, Oscar's shipping charge). So the FOB value of a line
  is taken to be its goods price in the order currency, after discounts, freight
  excluded: exact for FOB/FCA/FAS; for CFR, CIF, CPT, CIP, DAP, DPU and DDP the carriage,
  insurance and (DDP) duties the seller pays are in the separate freight charge, not in
  the line; for EXW the inland cost to the port is not known here, so the FOB value may
  be understated (which keeps the ceiling on the safe side). *Assumption, see above.*
- **CNY.** The order currency's rate to CNY on or before the ship date (currency app,
  newest row not after that day), printed with its date and source. No rate: the line
  is an error row, never a zero.
- **Rates.** The VAT and rebate rates of the longest HS prefix in force on the ship date
  (RebateRate). No rate or no HS code: an error row.
- **Rebate.** FOB CNY × rebate rate, rounded to the fen. It is the **ceiling** of the
  refund (免抵退: the cash refund is the smaller of this and the period's uncredited input
  VAT; trading firms are refunded on their purchase invoices instead), not cash.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext_lazy as _

from marketplace.declaration import modes
from marketplace.forex_reports import sheets
from marketplace.forex_reports.rates import RateBook
from marketplace.vocabulary.selectors import incoterm_label

from . import selectors

FEN = Decimal("0.01")
ZERO = Decimal("0.00")

NOTES = (
    _("FOB value: the goods price of the line in the order currency, after discounts; freight and insurance "
      "are charged separately on this platform and are not included, whatever the Incoterm. Under EXW the "
      "inland cost to the port is not known, so the FOB value may be understated."),
    _("CNY: at the newest exchange rate on or before the ship date; its date and source are printed."),
    _("Rebate: FOB value in CNY × the export rebate rate in force on the ship date. It is a ceiling, not "
      "the cash refund: manufacturers are refunded the smaller of this and their uncredited input VAT; "
      "trading firms are refunded on their purchase invoices."),
    _("Rates marked DEMO are demonstration values: replace them from the State Taxation Administration's "
      "rebate-rate library."),
)


@dataclass
class RebateLine:
    order_number: str
    ship_date: date
    seller_name: str
    seller_uscc: str
    customs_mode: str
    incoterm: str
    hs_code: str
    product_name: str
    quantity: int
    unit: str
    currency: str
    fob: Decimal
    cny_rate: Decimal | None = None
    rate_date: date | None = None
    rate_source: str = ""
    fob_cny: Decimal | None = None
    vat_rate: Decimal | None = None
    rebate_rate: Decimal | None = None
    rate_table_source: str = ""
    rebate_ceiling: Decimal | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def is_complete(self) -> bool:
        return not self.problems

    def as_record(self) -> dict:
        """The line as the tax outbox carries it: the Incoterm as its code."""
        row = asdict(self)
        row["problems"] = "; ".join(str(problem) for problem in self.problems)
        return row

    def as_row(self) -> dict:
        """The line as a person reads it (page, CSV, XLSX): the Incoterm also named, as the
        vocabulary's editors keep the name in the reader's language."""
        row = self.as_record()
        row["incoterm"] = incoterm_label(self.incoterm)
        return row


@dataclass
class MonthReport:
    year: int
    month: int
    lines: list[RebateLine]

    @property
    def period(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def problems(self) -> list[RebateLine]:
        return [line for line in self.lines if not line.is_complete]

    @property
    def fob_cny_total(self) -> Decimal:
        return sum((line.fob_cny for line in self.lines if line.is_complete), ZERO)

    @property
    def rebate_ceiling_total(self) -> Decimal:
        return sum((line.rebate_ceiling for line in self.lines if line.is_complete), ZERO)

    def totals_row(self) -> dict:
        label = _("Total (%(count)d lines)") % {"count": len(self.lines) - len(self.problems)}
        row = {"order_number": str(label), "fob_cny": self.fob_cny_total,
               "rebate_ceiling": self.rebate_ceiling_total}
        if self.problems:
            row["problems"] = str(_("%(count)d lines with errors are not in the total")
                                  % {"count": len(self.problems)})
        return row

    def payload(self) -> dict:
        """What the tax outbox message carries: every figure as text, in a fixed order."""
        return {
            "period": self.period,
            "currency": "CNY",
            "lines": [{key: _plain(value) for key, value in line.as_record().items()}
                      for line in self.lines],
            "totals": {"fob_cny": str(self.fob_cny_total), "rebate_ceiling_cny": str(self.rebate_ceiling_total)},
            "rebate_is_ceiling": True,
        }

    def digest(self) -> str:
        return hashlib.sha256(json.dumps(self.payload(), sort_keys=True).encode()).hexdigest()


def _plain(value):
    if isinstance(value, Decimal | date):
        return str(value)
    return value


COLUMNS = (
    sheets.Column("order_number", _("Order number")),
    sheets.Column("ship_date", _("Export (ship) date"), sheets.DATE),
    sheets.Column("seller_name", _("Seller")),
    sheets.Column("seller_uscc", _("Seller USCC")),
    sheets.Column("customs_mode", _("Customs mode")),
    sheets.Column("incoterm", _("Incoterm")),
    sheets.Column("hs_code", _("HS code")),
    sheets.Column("product_name", _("Product")),
    sheets.Column("quantity", _("Quantity"), sheets.INTEGER),
    sheets.Column("unit", _("Unit")),
    sheets.Column("currency", _("Currency")),
    sheets.Column("fob", _("FOB value"), sheets.MONEY),
    sheets.Column("cny_rate", _("CNY per unit"), sheets.RATE),
    sheets.Column("rate_date", _("Rate date"), sheets.DATE),
    sheets.Column("rate_source", _("Rate source")),
    sheets.Column("fob_cny", _("FOB value (CNY)"), sheets.MONEY),
    sheets.Column("vat_rate", _("VAT rate"), sheets.FRACTION),
    sheets.Column("rebate_rate", _("Rebate rate"), sheets.FRACTION),
    sheets.Column("rate_table_source", _("Rebate rate source")),
    sheets.Column("rebate_ceiling", _("Rebate ceiling (CNY)"), sheets.MONEY),
    sheets.Column("problems", _("Errors")),
)


def _seller(line) -> tuple[str, str]:
    partner = line.partner
    enterprise = getattr(partner, "enterprise", None) if partner is not None else None
    if enterprise is not None:
        return enterprise.legal_name_zh or enterprise.name_en, enterprise.uscc or ""
    return line.partner_name or (partner.name if partner else ""), ""


def _product(line):
    product = line.product
    if product is None:
        return None, ""
    hs_code = product.hs_code_id or (product.parent.hs_code_id if product.parent_id else None) or ""
    return product, hs_code


def build_month(year: int, month: int) -> MonthReport:
    """The rebate report of the export orders first shipped in the month (site time zone)."""
    rates, rebate_rates = RateBook(), selectors.RateTable()
    lines: list[RebateLine] = []
    for order, ship_date in selectors.shipped_in_month(year, month):
        if modes.direction(order) != modes.EXPORT:
            continue
        mode = modes.customs_mode(order)
        for line in sorted(order.lines.all(), key=lambda item: item.pk):
            lines.append(_line(order, line, ship_date, mode, rates, rebate_rates))
    return MonthReport(year=year, month=month, lines=lines)


def _line(order, line, ship_date, mode, rates: RateBook, rebate_rates: selectors.RateTable) -> RebateLine:
    seller_name, seller_uscc = _seller(line)
    product, hs_code = _product(line)
    unit = product.get_unit_of_measure_display() if product is not None else ""
    item = RebateLine(
        order_number=order.number, ship_date=ship_date, seller_name=seller_name, seller_uscc=seller_uscc,
        customs_mode=mode, incoterm=str((order.trade_terms or {}).get("incoterm") or ""), hs_code=hs_code,
        product_name=line.title, quantity=line.quantity, unit=str(unit),
        currency=order.currency, fob=line.line_price_excl_tax)
    if not seller_uscc:
        item.problems.append(_("the seller has no USCC on file"))
    rate = rates.cny_rate(order.currency, ship_date)
    if rate is None:
        item.problems.append(_("no %(currency)s→CNY exchange rate on or before %(date)s")
                             % {"currency": order.currency, "date": ship_date.isoformat()})
    else:
        item.cny_rate, item.rate_date, item.rate_source = rate.cny_per_unit, rate.rate_date, rate.source
        item.fob_cny = rate.to_cny(item.fob)
    if not hs_code:
        item.problems.append(_("the product has no HS code"))
    else:
        rebate = rebate_rates.rate_for(hs_code, ship_date)
        if rebate is None:
            item.problems.append(_("no rebate rate for HS %(code)s on %(date)s")
                                 % {"code": hs_code, "date": ship_date.isoformat()})
        else:
            item.vat_rate, item.rebate_rate, item.rate_table_source = (
                rebate.vat_rate, rebate.rebate_rate, rebate.source)
    if item.fob_cny is not None and item.rebate_rate is not None:
        item.rebate_ceiling = (item.fob_cny * item.rebate_rate).quantize(FEN, rounding=ROUND_HALF_UP)
    return item
