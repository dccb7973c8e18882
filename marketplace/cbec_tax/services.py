"""Cross-border e-commerce retail import: the comprehensive tax (跨境电商综合税) of an order,
and the purchases that count toward a buyer's annual limit.

The computation (`calculate_cbec_tax`) is pure: it takes the rules as values, so it can be
tested without a database and reconciled line by line with customs' CEB816 tax slip.
`estimate_cbec_tax` and `cbec_tax_for_buyer` read the rules in force on the order's date.

Rules (DOMAIN.md §4; 财关税〔2016〕18号, 财关税〔2018〕49号):
- within the limits: tariff 0 %, consumption tax and import VAT at 70 % of the statutory amount;
- CT (ad valorem) = (customs value + tariff) ÷ (1 − CT rate) × CT rate;
  VAT = (customs value + tariff + CT) × VAT rate;
- over the single-transaction limit, or over the annual limit once the order is added: refused
  (general trade, not CBEC);
- from 2019, one order of one item over the single limit but within the annual limit may
  enter as CBEC, with tariff, VAT and CT in full at the goods' rates; it counts toward the year.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, localcontext

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from marketplace.currency.money import format_money
from marketplace.currency.services import Converter, RateUnavailable

from . import selectors
from .identity import BuyerIdentity, check_payer_is_buyer
from .models import CNY, CbecPurchase, ImportLimit, TaxRate

logger = logging.getLogger(__name__)

FEN = Decimal("0.01")
ZERO = Decimal("0.00")
#: 财关税〔2016〕18号: within the limits VAT and CT are charged at 70 % of the statutory amount.
CBEC_TAX_SHARE = Decimal("0.7")
#: Days after customs release in which a return refunds the tax and reduces the annual
#: total (18号 as summarised in DOMAIN.md, marked unverified there).
RETURN_WINDOW = timedelta(days=30)


def to_fen(amount: Decimal) -> Decimal:
    """Round to the fen, half up: each tax is rounded once, from its full-precision value."""
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class GoodsLine:
    """One order line as customs value it: CNY price of the line + allocated freight + insurance."""

    hs_code: str
    customs_value: Decimal
    quantity: int = 1
    reference: str = ""  # the caller's line or product id, carried through to LineTax

    def __post_init__(self):
        if not isinstance(self.customs_value, Decimal):
            raise TypeError("customs_value must be a Decimal (CNY)")
        if self.customs_value < 0 or self.quantity < 1:
            raise ValueError("a goods line has a customs value ≥ 0 and a quantity ≥ 1")


@dataclass(frozen=True)
class Rates:
    """The rates of one TaxRate row, as values."""

    hs_prefix: str
    vat_rate: Decimal
    consumption_tax_rate: Decimal
    tariff_rate: Decimal | None
    valid_from: date
    source: str = ""

    @classmethod
    def from_row(cls, row: TaxRate) -> Rates:
        return cls(hs_prefix=row.hs_prefix, vat_rate=row.vat_rate, consumption_tax_rate=row.consumption_tax_rate,
                   tariff_rate=row.tariff_rate, valid_from=row.valid_from, source=row.source)


@dataclass(frozen=True)
class Limits:
    """The limits of one ImportLimit row, as values (CNY)."""

    per_transaction: Decimal
    per_year: Decimal
    single_item_exception: bool
    valid_from: date
    source: str = ""

    @classmethod
    def from_row(cls, row: ImportLimit) -> Limits:
        return cls(per_transaction=row.per_transaction, per_year=row.per_year,
                   single_item_exception=row.single_item_exception, valid_from=row.valid_from, source=row.source)


class Treatment(enum.StrEnum):
    WITHIN_LIMITS = "within_limits"  # CBEC: tariff 0, VAT and CT at 70 %
    FULL_TAX = "full_tax"  # CBEC under the 2019 single-item exception: all taxes in full
    REFUSED = "refused"  # not CBEC: general trade


class RefusalReason(enum.StrEnum):
    OVER_TRANSACTION_LIMIT = "over_transaction_limit"
    SINGLE_ITEM_OVER_LIMIT = "single_item_over_limit"
    OVER_ANNUAL_LIMIT = "over_annual_limit"
    NO_RULES = "no_rules"
    NO_RATE = "no_rate"
    NO_TARIFF_RATE = "no_tariff_rate"


@dataclass(frozen=True)
class Refusal:
    """Why an order cannot enter as CBEC; `message` says it in the active language."""

    reason: RefusalReason
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        money = {key: format_money(value, CNY) for key, value in self.params.items() if isinstance(value, Decimal)}
        params = {**self.params, **money}
        if self.reason is RefusalReason.OVER_TRANSACTION_LIMIT:
            return _("The order's customs value, %(value)s, is over the limit of %(limit)s per cross-border "
                     "purchase. Split it into smaller orders or import it as general trade.") % params
        if self.reason is RefusalReason.SINGLE_ITEM_OVER_LIMIT:
            return _("This item's customs value, %(value)s, is over the limit of %(limit)s per cross-border "
                     "purchase in force on %(date)s; it can only be imported as general trade.") % params
        if self.reason is RefusalReason.OVER_ANNUAL_LIMIT:
            return _("With this order, %(value)s, your cross-border purchases this year would reach %(after)s, "
                     "over the annual limit of %(limit)s (already bought: %(before)s).") % params
        if self.reason is RefusalReason.NO_RULES:
            return _("There are no cross-border retail import rules for %(date)s.") % params
        if self.reason is RefusalReason.NO_RATE:
            return _("No import tax rate is recorded for HS code %(hs_code)s on %(date)s.") % params
        return _("No statutory tariff rate is recorded for HS code %(hs_code)s; the tax on an item over the "
                 "transaction limit cannot be computed.") % params


@dataclass(frozen=True)
class LineTax:
    """The taxes of one goods line: statutory amounts and what is payable, each to the fen."""

    line: GoodsLine
    rates: Rates
    tariff: Decimal
    consumption_tax: Decimal
    vat: Decimal
    tariff_payable: Decimal
    consumption_tax_payable: Decimal
    vat_payable: Decimal

    @property
    def total_payable(self) -> Decimal:
        return self.tariff_payable + self.consumption_tax_payable + self.vat_payable


@dataclass(frozen=True)
class CbecTaxResult:
    """An order's CBEC treatment and taxes (CNY). Totals are sums of the rounded line amounts,
    as on customs' tax slip."""

    order_date: date
    treatment: Treatment
    customs_value: Decimal
    annual_total_before: Decimal
    limits: Limits | None
    lines: tuple[LineTax, ...] = ()
    refusal: Refusal | None = None
    currency: str = CNY

    @property
    def allowed(self) -> bool:
        return self.treatment is not Treatment.REFUSED

    @property
    def within_limits(self) -> bool:
        return self.treatment is Treatment.WITHIN_LIMITS

    @property
    def tariff(self) -> Decimal:
        return sum((line.tariff_payable for line in self.lines), ZERO)

    @property
    def consumption_tax(self) -> Decimal:
        return sum((line.consumption_tax_payable for line in self.lines), ZERO)

    @property
    def vat(self) -> Decimal:
        return sum((line.vat_payable for line in self.lines), ZERO)

    @property
    def total(self) -> Decimal:
        """The comprehensive tax payable for the order."""
        return self.tariff + self.consumption_tax + self.vat

    @property
    def counts_toward_annual(self) -> Decimal:
        return self.customs_value if self.allowed else ZERO

    @property
    def annual_total_after(self) -> Decimal:
        return self.annual_total_before + self.counts_toward_annual


def line_tax(line: GoodsLine, rates: Rates, *, full_tax: bool) -> LineTax:
    """One line's taxes at full precision, each rounded to the fen only at the end.

    Within the limits the tariff is 0 and the payable CT and VAT are 70 % of the statutory
    amounts (computed on the unrounded values, then rounded); under full tax the tariff
    is charged at the statutory rate and everything is payable in full.
    """
    if full_tax and rates.tariff_rate is None:
        raise ValueError("full tax needs a tariff rate")
    with localcontext() as context:
        context.prec = 34
        value = line.customs_value
        tariff = value * rates.tariff_rate if full_tax else Decimal(0)
        ct_rate = rates.consumption_tax_rate
        consumption_tax = (value + tariff) / (1 - ct_rate) * ct_rate
        vat = (value + tariff + consumption_tax) * rates.vat_rate
        share = Decimal(1) if full_tax else CBEC_TAX_SHARE
        return LineTax(
            line=line, rates=rates,
            tariff=to_fen(tariff), consumption_tax=to_fen(consumption_tax), vat=to_fen(vat),
            tariff_payable=to_fen(tariff * share), consumption_tax_payable=to_fen(consumption_tax * share),
            vat_payable=to_fen(vat * share),
        )


def calculate_cbec_tax(
    lines: Iterable[GoodsLine],
    *,
    order_date: date,
    annual_total_before: Decimal,
    limits: Limits | None,
    rates_for: Callable[[str], Rates | None],
) -> CbecTaxResult:
    """Decide whether the order may enter as CBEC under `limits` and compute its taxes.

    Pure: `rates_for(hs_code)` gives the rates in force on `order_date`. Limits are
    inclusive (the notices refuse what *exceeds* them). Never raises for an order that
    cannot enter: the result is REFUSED with a `refusal` saying why.
    """
    lines = tuple(lines)
    if not lines:
        raise ValueError("an order has at least one goods line")
    value = sum((line.customs_value for line in lines), ZERO)
    after = annual_total_before + value

    def refused(reason: RefusalReason, **params) -> CbecTaxResult:
        return CbecTaxResult(order_date=order_date, treatment=Treatment.REFUSED, customs_value=value,
                             annual_total_before=annual_total_before, limits=limits,
                             refusal=Refusal(reason, {"date": order_date.isoformat(), **params}))

    if limits is None:
        return refused(RefusalReason.NO_RULES)
    treatment = Treatment.WITHIN_LIMITS
    if value > limits.per_transaction:
        single_item = len(lines) == 1 and lines[0].quantity == 1
        if not single_item:
            return refused(RefusalReason.OVER_TRANSACTION_LIMIT, value=value, limit=limits.per_transaction)
        if not limits.single_item_exception:
            return refused(RefusalReason.SINGLE_ITEM_OVER_LIMIT, value=value, limit=limits.per_transaction)
        treatment = Treatment.FULL_TAX
    if after > limits.per_year:
        return refused(RefusalReason.OVER_ANNUAL_LIMIT, value=value, limit=limits.per_year,
                       before=annual_total_before, after=after)

    taxed = []
    for line in lines:
        rates = rates_for(line.hs_code)
        if rates is None:
            logger.warning("No CBEC tax rate for HS code %s on %s", line.hs_code, order_date)
            return refused(RefusalReason.NO_RATE, hs_code=line.hs_code)
        if treatment is Treatment.FULL_TAX and rates.tariff_rate is None:
            logger.warning("No statutory tariff rate for HS code %s on %s", line.hs_code, order_date)
            return refused(RefusalReason.NO_TARIFF_RATE, hs_code=line.hs_code)
        taxed.append(line_tax(line, rates, full_tax=treatment is Treatment.FULL_TAX))
    return CbecTaxResult(order_date=order_date, treatment=treatment, customs_value=value,
                         annual_total_before=annual_total_before, limits=limits, lines=tuple(taxed))


def estimate_cbec_tax(lines: Iterable[GoodsLine], *, order_date: date,
                      annual_total_before: Decimal = ZERO) -> CbecTaxResult:
    """The CBEC tax of an order under the limits and rates in force on `order_date`.

    `annual_total_before` is the CNY total of the buyer's CBEC purchases already made in
    the order's calendar year (0 for an anonymous estimate).
    """
    limit = selectors.limit_on(order_date)
    found: dict[str, Rates | None] = {}

    def rates_for(hs_code: str) -> Rates | None:
        if hs_code not in found:
            row = selectors.tax_rate_for(hs_code, order_date)
            found[hs_code] = Rates.from_row(row) if row is not None else None
        return found[hs_code]

    return calculate_cbec_tax(lines, order_date=order_date, annual_total_before=annual_total_before,
                              limits=Limits.from_row(limit) if limit else None, rates_for=rates_for)


def cbec_tax_for_buyer(lines: Iterable[GoodsLine], *, order_date: date, buyer: BuyerIdentity,
                       order_number: str | None = None) -> CbecTaxResult:
    """The CBEC tax of the buyer's order, counting the buyer's purchases this calendar year
    (the order itself left out when it was already recorded, so re-pricing is stable)."""
    before = selectors.annual_total(buyer.buyer_key, order_date.year, exclude_order_number=order_number)
    return estimate_cbec_tax(lines, order_date=order_date, annual_total_before=before)


class AnnualLimitExceeded(ValidationError):
    pass


@transaction.atomic
def record_purchase(*, buyer: BuyerIdentity, order_number: str, result: CbecTaxResult,
                    released_on: date | None = None) -> CbecPurchase:
    """Count an accepted CBEC order toward the buyer's annual total. Safe to call twice
    with the same order number (the first record is kept).

    The annual limit is checked again inside the transaction, with the buyer's rows
    locked where the database can, so two orders paid at once cannot both slip under it.
    Raises ValueError for a refused result and AnnualLimitExceeded when the total moved.
    """
    if not result.allowed:
        raise ValueError("a refused order does not count toward the annual total")
    existing = CbecPurchase.objects.filter(order_number=order_number).first()
    if existing is not None:
        if existing.buyer_key != buyer.buyer_key:
            raise ValueError(f"order {order_number} is already recorded for another buyer")
        return existing
    year = result.order_date.year
    list(CbecPurchase.objects.select_for_update().filter(buyer_key=buyer.buyer_key, year=year).values_list("pk"))
    before = selectors.annual_total(buyer.buyer_key, year)
    if result.limits is not None and before + result.customs_value > result.limits.per_year:
        refusal = Refusal(RefusalReason.OVER_ANNUAL_LIMIT, {
            "value": result.customs_value, "limit": result.limits.per_year, "before": before,
            "after": before + result.customs_value})
        raise AnnualLimitExceeded(refusal.message, code=RefusalReason.OVER_ANNUAL_LIMIT.value)
    return CbecPurchase.objects.create(
        buyer_key=buyer.buyer_key, order_number=order_number, year=year, customs_value=result.customs_value,
        ordered_on=result.order_date, released_on=released_on)


class ReturnWindowClosed(ValidationError):
    pass


@transaction.atomic
def record_return(order_number: str, *, returned_on: date) -> CbecPurchase:
    """Take a returned order out of its buyer's annual total, if returned within 30 days
    of customs release (of the order date while the release is not recorded).

    Idempotent: a purchase already returned is left as it is. Raises
    CbecPurchase.DoesNotExist for an unknown order and ReturnWindowClosed after 30 days.
    """
    purchase = CbecPurchase.objects.select_for_update().get(order_number=order_number)
    if purchase.returned_on is not None:
        return purchase
    start = purchase.released_on or purchase.ordered_on
    if returned_on > start + RETURN_WINDOW:
        raise ReturnWindowClosed(
            _("A return counts toward the annual limit only within %(days)d days of customs release (%(date)s).")
            % {"days": RETURN_WINDOW.days, "date": start.isoformat()}, code="return_window_closed")
    purchase.returned_on = returned_on
    purchase.save(update_fields=["returned_on"])
    return purchase


def check_payer(buyer: BuyerIdentity, payer_name: object) -> None:
    """For the checkout: raise ValidationError unless the payer may pay for this buyer
    (the same person, or an authenticated buyer). See identity.check_payer_is_buyer."""
    check_payer_is_buyer(buyer, payer_name)


class ProductNotTaxable(ValidationError):
    """The product cannot be priced for a CBEC estimate; the message says why."""


def goods_line_for_product(product, quantity: int, *, strategy, on: date | None = None) -> GoodsLine:
    """The goods line of `quantity` units of a catalogue product, valued in CNY at the
    unit price its stock record charges for that quantity (quantity breaks included).

    Freight and insurance are not known before checkout and are left out: the line's
    customs value is the goods price only. A stock record priced in another currency is
    converted at the rate of `on`. Raises ProductNotTaxable with a message for the buyer.
    """
    hs_code = product.hs_code_id or (product.parent.hs_code_id if product.is_child and product.parent_id else None)
    if not hs_code:
        raise ProductNotTaxable(gettext_lazy("This product has no HS code, so its import tax cannot be estimated."),
                                code="no_hs_code")
    stockrecord = strategy.select_stockrecord(product) if not product.is_parent else None
    if stockrecord is None or stockrecord.price is None:
        raise ProductNotTaxable(gettext_lazy("This product has no price to estimate the tax on; "
                                             "choose one of its variants."), code="no_price")
    refusal = getattr(strategy, "refusal", None)
    if refusal is not None and refusal(product, stockrecord) is not None:
        raise ProductNotTaxable(gettext_lazy("This product is not for sale."), code="not_for_sale")
    unit_price = strategy.unit_price_for_quantity(stockrecord, quantity)
    value = unit_price * quantity
    if stockrecord.price_currency != CNY:
        try:
            value = Converter(on_date=on).convert(value, stockrecord.price_currency, CNY)
        except RateUnavailable:
            raise ProductNotTaxable(gettext_lazy("No exchange rate to yuan is known for this product's price."),
                                    code="no_rate") from None
    return GoodsLine(hs_code=hs_code, customs_value=to_fen(Decimal(value)), quantity=quantity,
                     reference=str(product.pk))
