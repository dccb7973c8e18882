"""The forex settlement report: one row per payment received, with its CNY equivalent.

For each payment — a card payment that succeeded (through the payment gateway, a payment
institution) or a bank transfer (T/T) credited to the platform — the row gives the day,
what it paid for, the payer and their country, the currency and amount, the CNY
equivalent at the newest rate on or before that day (rate, date, source; no rate: an
error row, never a zero), the customs mode of the goods (declaration.modes), the channel
and the balance-of-payments transaction code (DOMAIN.md §6 [P]: 122030 online shopping
through a payment institution for card payments; 121010 general merchandise trade for
T/T; codes are a setting, to be checked against SAFE's table).

Payments in CNY are not foreign exchange. From a payer outside mainland China they are
cross-border RMB (flagged, DOMAIN.md §6 [U]); from a payer in China, domestic. Both are
kept out of the FX totals and shown in totals of their own.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from marketplace.currency.money import quantize
from marketplace.declaration import modes

from . import selectors, sheets
from .rates import CNY, RateBook

ZERO = Decimal("0.00")
CARD, BANK_TRANSFER = "card", "bank_transfer"
FX, CROSS_BORDER_RMB, DOMESTIC_CNY = "fx", "cross_border_rmb", "domestic_cny"
DEFAULT_BOP_CODES = {CARD: "122030", BANK_TRANSFER: "121010"}
CHANNEL_LABELS = {CARD: _("Card via payment gateway"), BANK_TRANSFER: _("Bank transfer (T/T)")}
CATEGORY_LABELS = {FX: _("Foreign exchange"), CROSS_BORDER_RMB: _("Cross-border RMB"),
                   DOMESTIC_CNY: _("Domestic CNY")}

NOTES = (
    _("One row per payment received: card payments on the day the gateway reported them paid, bank transfers "
      "on the day they were credited. Amounts are gross, before refunds."),
    _("CNY equivalent at the newest exchange rate on or before the payment day; its date and source are printed."),
    _("BOP codes (涉外收支交易代码, DOMAIN.md §6, partly checked): 122030 online shopping through a payment "
      "institution for card payments, 121010 general merchandise trade for T/T. Check them against SAFE's table."),
    _("Payments in CNY are not foreign exchange: from payers outside mainland China they are cross-border RMB, "
      "from payers in China domestic; both are left out of the FX totals and totalled apart."),
)


def bop_codes() -> dict[str, str]:
    return {**DEFAULT_BOP_CODES, **getattr(settings, "MARKETPLACE_BOP_CODES", {})}


@dataclass
class SettlementLine:
    received_on: date
    channel: str
    reference: str
    orders: str
    payer_name: str
    payer_country: str
    currency: str
    amount: Decimal
    trade_mode: str
    bop_code: str
    category: str = FX
    cny_rate: Decimal | None = None
    rate_date: date | None = None
    rate_source: str = ""
    amount_cny: Decimal | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def is_complete(self) -> bool:
        return not self.problems

    @property
    def cross_border_rmb(self) -> bool:
        return self.category == CROSS_BORDER_RMB

    def as_row(self) -> dict:
        row = asdict(self)
        row["channel_label"] = str(CHANNEL_LABELS[self.channel])
        row["category_label"] = str(CATEGORY_LABELS[self.category])
        row["problems"] = "; ".join(str(problem) for problem in self.problems)
        return row


@dataclass
class CurrencyTotal:
    currency: str
    count: int = 0
    amount: Decimal = ZERO
    amount_cny: Decimal = ZERO


@dataclass
class SettlementReport:
    start: date
    end: date
    lines: list[SettlementLine]

    @property
    def period(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start:%Y-%m}"

    @property
    def problems(self) -> list[SettlementLine]:
        return [line for line in self.lines if not line.is_complete]

    def _totals(self, category: str) -> list[CurrencyTotal]:
        totals: dict[str, CurrencyTotal] = {}
        for line in self.lines:
            if line.category != category or not line.is_complete:
                continue
            total = totals.setdefault(line.currency, CurrencyTotal(line.currency))
            total.count += 1
            total.amount += line.amount
            total.amount_cny += line.amount_cny
        return [totals[code] for code in sorted(totals)]

    @property
    def fx_totals(self) -> list[CurrencyTotal]:
        """Per foreign currency: payments, amount and CNY equivalent. CNY payments are not here."""
        return self._totals(FX)

    @property
    def fx_total_cny(self) -> Decimal:
        return sum((total.amount_cny for total in self.fx_totals), ZERO)

    @property
    def cross_border_rmb_total(self) -> CurrencyTotal:
        return (self._totals(CROSS_BORDER_RMB) or [CurrencyTotal(CNY)])[0]

    @property
    def domestic_cny_total(self) -> CurrencyTotal:
        return (self._totals(DOMESTIC_CNY) or [CurrencyTotal(CNY)])[0]

    def totals_rows(self) -> list[dict]:
        rows = [{"reference": str(_("FX total %(currency)s (%(count)d payments)")
                                  % {"currency": total.currency, "count": total.count}),
                 "currency": total.currency, "amount": total.amount, "amount_cny": total.amount_cny}
                for total in self.fx_totals]
        rows.append({"reference": str(_("FX total in CNY")), "amount_cny": self.fx_total_cny})
        rmb = self.cross_border_rmb_total
        rows.append({"reference": str(_("Cross-border RMB, not FX (%(count)d payments)") % {"count": rmb.count}),
                     "currency": CNY, "amount": rmb.amount, "amount_cny": rmb.amount_cny})
        domestic = self.domestic_cny_total
        if domestic.count:
            rows.append({"reference": str(_("Domestic CNY, not FX (%(count)d payments)") % {"count": domestic.count}),
                         "currency": CNY, "amount": domestic.amount, "amount_cny": domestic.amount_cny})
        if self.problems:
            rows.append({"reference": str(_("%(count)d payments with errors are not in the totals")
                                          % {"count": len(self.problems)})})
        return rows

    def payload(self) -> dict:
        def plain(value):
            return str(value) if isinstance(value, Decimal | date) else value

        return {
            "period": self.period, "start": self.start.isoformat(), "end": self.end.isoformat(),
            "lines": [{key: plain(value) for key, value in line.as_row().items()
                       if key not in ("channel_label", "category_label")} for line in self.lines],
            "fx_totals": [{"currency": total.currency, "count": total.count, "amount": str(total.amount),
                           "amount_cny": str(total.amount_cny)} for total in self.fx_totals],
            "fx_total_cny": str(self.fx_total_cny),
            "cross_border_rmb_total_cny": str(self.cross_border_rmb_total.amount),
            "domestic_cny_total": str(self.domestic_cny_total.amount),
        }

    def digest(self) -> str:
        return hashlib.sha256(json.dumps(self.payload(), sort_keys=True).encode()).hexdigest()


COLUMNS = (
    sheets.Column("received_on", _("Date received"), sheets.DATE),
    sheets.Column("reference", _("Payment reference")),
    sheets.Column("orders", _("Orders")),
    sheets.Column("payer_name", _("Payer")),
    sheets.Column("payer_country", _("Payer country")),
    sheets.Column("currency", _("Currency")),
    sheets.Column("amount", _("Amount"), sheets.MONEY),
    sheets.Column("cny_rate", _("CNY per unit"), sheets.RATE),
    sheets.Column("rate_date", _("Rate date"), sheets.DATE),
    sheets.Column("rate_source", _("Rate source")),
    sheets.Column("amount_cny", _("CNY equivalent"), sheets.MONEY),
    sheets.Column("trade_mode", _("Trade mode")),
    sheets.Column("channel_label", _("Payment channel")),
    sheets.Column("bop_code", _("BOP code [P]")),
    sheets.Column("category_label", _("Settlement type")),
    sheets.Column("problems", _("Errors")),
)


def _payer(orders: list, company, user) -> tuple[str, str]:
    """The payer's name and ISO country: the buyer company when one bought, else the person
    on the billing (or shipping) address, else the account."""
    if company is not None:
        return company.legal_name, str(company.country or "")
    for order in orders:
        address = getattr(order, "billing_address", None) or getattr(order, "shipping_address", None)
        if address is not None:
            name = " ".join(part for part in (address.first_name, address.last_name) if part)
            return name or (user.get_full_name() if user else ""), (address.country_id or "").upper()
    if user is not None:
        return user.get_full_name() or user.email, ""
    return "", ""


def _trade_mode(orders: list, company) -> str:
    company_id = getattr(company, "pk", None)
    return "/".join(sorted({modes.customs_mode(order, company_id=company_id) for order in orders}))


def _categorise(line: SettlementLine) -> None:
    if line.currency != CNY:
        line.category = FX
    elif line.payer_country == modes.CHINA:
        line.category = DOMESTIC_CNY
    else:
        line.category = CROSS_BORDER_RMB
        if not line.payer_country:
            line.problems.append(_("the payer's country is not known"))


def _value(line: SettlementLine, rates: RateBook) -> SettlementLine:
    _categorise(line)
    rate = rates.cny_rate(line.currency, line.received_on)
    if rate is None:
        line.problems.append(_("no %(currency)s→CNY exchange rate on or before %(date)s")
                             % {"currency": line.currency, "date": line.received_on.isoformat()})
    else:
        line.cny_rate, line.rate_date, line.rate_source = rate.cny_per_unit, rate.rate_date, rate.source
        line.amount_cny = rate.to_cny(line.amount)
    return line


def card_line(payment, rates: RateBook, codes: dict[str, str]) -> SettlementLine:
    """The report's line of a card payment that succeeded."""
    found = selectors.paid_for(payment.reference)
    orders, company, user = (found.orders, found.company, found.user) if found else ([], None, None)
    payer_name, payer_country = _payer(orders, company, user)
    line = SettlementLine(
        received_on=selectors.card_received_on(payment), channel=CARD, reference=payment.reference,
        orders=", ".join(order.number for order in orders), payer_name=payer_name, payer_country=payer_country,
        currency=payment.currency.upper(), amount=quantize(payment.amount, payment.currency.upper()),
        trade_mode=_trade_mode(orders, company), bop_code=codes[CARD])
    if found is None:
        line.problems.append(_("no purchase or order has this reference"))
    return _value(line, rates)


def bank_line(receipt, rates: RateBook, codes: dict[str, str]) -> SettlementLine:
    """The report's line of a bank transfer credited to the platform."""
    order = receipt.plan.order
    company = order.purchase.company if order.purchase_id else None
    payer_name, payer_country = _payer([order], company, order.user)
    line = SettlementLine(
        received_on=receipt.received_on, channel=BANK_TRANSFER,
        reference=f"{receipt.plan.reference} / {receipt.bank_reference}", orders=order.number,
        payer_name=payer_name, payer_country=payer_country, currency=receipt.plan.currency.upper(),
        amount=receipt.amount, trade_mode=_trade_mode([order], company), bop_code=codes[BANK_TRANSFER])
    return _value(line, rates)


def build(start: date, end: date) -> SettlementReport:
    """Every payment received from `start` to `end` (inclusive, site time zone), oldest first."""
    rates, codes = RateBook(), bop_codes()
    lines = [card_line(payment, rates, codes) for payment in selectors.card_payments(start, end)]
    lines += [bank_line(receipt, rates, codes) for receipt in selectors.bank_receipts(start, end)]
    lines.sort(key=lambda line: (line.received_on, line.channel, line.reference))
    return SettlementReport(start=start, end=end, lines=lines)
