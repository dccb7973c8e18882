"""Retail import e-tax slips (CEB816) compared with the tax the platform computed.

The parser of customs' receipts lives elsewhere (marketplace.ceb.receipts.TaxSlip); this
module only needs an object with the fields below, so anything shaped like a slip — the
parser's dataclass, a test double — can be taken.

The platform's side: at checkout each retail import order was taxed by
cbec_tax.services under the rules of its date and counted in `CbecPurchase` (its customs
value); the taxes themselves are not stored. They are recomputed here from the order's
lines and freight under the rates dated on the order day, exactly as the checkout did
(oscar_apps.checkout.cbec), so customs' slip is compared with what the buyer was charged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from marketplace.cbec_tax import services as cbec
from marketplace.cbec_tax.models import CbecPurchase

Order = get_model("order", "Order")
ZERO = Decimal("0.00")


class TaxSlipItem(Protocol):
    gnum: int
    gcode: str
    tax_price: Decimal
    customs_tax: Decimal
    value_added_tax: Decimal
    consumption_tax: Decimal


class TaxSlip(Protocol):
    """What a CEB816 slip gives (status "1" generated, "2" summarised, "3" void)."""

    guid: str
    return_time: Any  # customs' yyyyMMddHHmmssSSS, as text or a datetime
    invt_no: str
    tax_no: str
    order_no: str | None  # not in the 2022 TaxHeadRd: then found from the inventory list number
    status: str
    customs_tax: Decimal
    value_added_tax: Decimal
    consumption_tax: Decimal
    items: Sequence[TaxSlipItem]


@dataclass(frozen=True)
class PlatformTax:
    customs_tax: Decimal
    value_added_tax: Decimal
    consumption_tax: Decimal


class NoPlatformTax(LookupError):
    """The platform holds no tax for the order; the message says why."""


def platform_tax(order_number: str) -> PlatformTax:
    """The CBEC taxes the platform charged for the order, recomputed from its lines.

    Raises Order.DoesNotExist for an unknown order and NoPlatformTax for an order that
    was not a CBEC retail import, or whose rules are gone.
    """
    from marketplace.oscar_apps.checkout import cbec as checkout_cbec

    order = Order.objects.get(number=order_number)
    purchase = CbecPurchase.objects.filter(order_number=order_number).first()
    if purchase is None:
        raise NoPlatformTax(_("the order was not recorded as a cross-border retail import"))
    freight = Decimal(str(((order.trade_terms or {}).get("freight") or {}).get("charge_cny") or "0.00"))
    lines = list(order.lines.select_related("product"))
    # The checkout's own split of freight over the lines (by value, remainder on the last).
    goods = checkout_cbec._goods_lines(lines, freight, lambda line: line.line_price_cny or ZERO)
    result = cbec.estimate_cbec_tax(goods, order_date=purchase.ordered_on)
    if not result.allowed:
        raise NoPlatformTax(str(result.refusal.message))
    return PlatformTax(customs_tax=result.tariff, value_added_tax=result.vat,
                       consumption_tax=result.consumption_tax)


def item_as_json(item: TaxSlipItem) -> dict:
    return {"gnum": int(item.gnum), "gcode": str(item.gcode)[:10],
            **{name: str(Decimal(getattr(item, name)))
               for name in ("tax_price", "customs_tax", "value_added_tax", "consumption_tax")}}
