"""Retail imports into mainland China (CBEC) at checkout: each seller's order is one
cross-border purchase, valued in CNY as customs value it (goods + freight), taxed and
counted toward the buyer's annual limit when placed."""

from decimal import Decimal

from django.utils import timezone

from marketplace.cbec_tax import services as cbec
from marketplace.declaration.models import ImportBuyer

ZERO = Decimal("0.00")


class CbecRefused(Exception):
    """An order over a CBEC limit (or without a rate); the message says why, in the buyer's language."""


def _goods_lines(lines, freight_cny: Decimal, cny_amount) -> list:
    values = [(line, cny_amount(line)) for line in lines]
    goods = sum((value for _line, value in values), ZERO)
    result, allocated = [], ZERO
    for index, (line, value) in enumerate(values):
        # Freight is shared by value; the last line takes the rounding remainder.
        share = (freight_cny - allocated if index == len(values) - 1
                 else (freight_cny * value / goods).quantize(Decimal("0.01")) if goods else ZERO)
        allocated += share
        result.append(cbec.GoodsLine(hs_code=line.product.hs_code_id or "", customs_value=value + share,
                                     quantity=line.quantity, reference=str(line.pk)))
    return result


def estimate_part(part, agreed, cny_amount) -> cbec.CbecTaxResult:
    """The tax of one seller's part before the buyer's identity is known (no annual history)."""
    lines = _goods_lines(part.lines, agreed.freight_charge_cny, cny_amount)
    return cbec.estimate_cbec_tax(lines, order_date=timezone.localdate())


def recorder(identity):
    """The callback placement runs for each new order: tax it for this buyer and count it,
    or raise CbecRefused (which rolls back the whole purchase)."""

    def record(order, part, agreed):
        lines = list(order.lines.select_related("product"))
        goods = _goods_lines(lines, agreed.freight_charge_cny, lambda line: line.line_price_cny or ZERO)
        result = cbec.cbec_tax_for_buyer(goods, order_date=timezone.localdate(), buyer=identity,
                                         order_number=order.number)
        if not result.allowed:
            raise CbecRefused(result.refusal.message)
        try:
            cbec.record_purchase(buyer=identity, order_number=order.number, result=result)
        except cbec.AnnualLimitExceeded as error:
            raise CbecRefused(" ".join(error.messages)) from error
        # The import order and list (CEB311/621) name the buyer by real name and ID number;
        # cbec_tax keeps only a keyed hash, so the declaration keeps its own copy.
        ImportBuyer.objects.update_or_create(order=order, defaults={
            "name": identity.name, "id_number": identity.id_number,
            "authenticated": identity.authenticated})
    return record
