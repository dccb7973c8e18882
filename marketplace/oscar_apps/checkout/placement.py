"""Placing a checkout: one order per seller, tied together by one purchase.

Oscar's OrderCreator writes one order from a whole basket; here it writes each seller's
part as an order of its own (its lines, its freight, its trade terms), all in one
transaction: either every seller gets its order or none does.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from oscar.apps.order.signals import order_placed
from oscar.core import prices
from oscar.core.loading import get_class, get_model

from marketplace.order_lifecycle import statuses
from marketplace.oscar_apps.partner.strategy import Marketplace

from . import approvals
from .shipping import TradeTermsShipping

OrderCreator = get_class("order.utils", "OrderCreator")
Order = get_model("order", "Order")
Purchase = get_model("order", "Purchase")

CNY = "CNY"


class PlacementRefused(Exception):
    """The basket cannot be placed as it is; the message tells the buyer why."""


@dataclass(frozen=True)
class PlacedPurchase:
    purchase: object
    orders: list


def purchase_reference(basket) -> str:
    """The purchase's reference; its orders are numbered "<reference>-1", "-2"... by seller.

    Derived from the basket (submitted once) so that a retried placement cannot place the
    same basket twice: the second attempt meets the unique reference.
    """
    return str(100000 + basket.id)


def _part_total(part, freight: Decimal, currency: str) -> prices.Price:
    goods = sum((line.line_price_incl_tax_incl_discounts for line in part.lines), Decimal("0.00"))
    return prices.Price(currency=currency, excl_tax=goods + freight, incl_tax=goods + freight)


def place_purchase(*, basket, user, agreed_by_part, shipping_address, payment_method: str,
                   deposit_percent: int = 0, buyer_reference: str = "", request=None,
                   on_each_order=None, approval_company=None) -> PlacedPurchase:
    """Writes the purchase and its orders (one per seller part) and returns them.

    `agreed_by_part` is [(SellerPart, AgreedTerms)] as checked at the last step;
    `shipping_address` an unsaved ShippingAddress. Bank-transfer orders get their payment
    plan (deposit and balance) here; card orders wait for the payment. With
    `approval_company` the purchase waits for that company's approver instead, its orders
    placed but neither payable nor planned (approvals.release does that). `on_each_order`
    is called with each new order inside the transaction (e.g. the CBEC record).
    Raises PlacementRefused when the basket was already placed.
    """
    currency = basket.currency
    reference = purchase_reference(basket)
    method = TradeTermsShipping(agreed_by_part, currency)
    # The seller is paid in CNY: the same pricing as the buyer's, in the seller's currency.
    cny_pricing = Marketplace(request=None, display_currency=CNY)
    creator = OrderCreator()
    orders = []
    with transaction.atomic():
        if Purchase.objects.select_for_update().filter(reference=reference).exists():
            raise PlacementRefused(reference)
        purchase = Purchase.objects.create(
            reference=reference, user=user if user.is_authenticated else None, currency=currency,
            total=Decimal("0.00"), payment_method=payment_method, buyer_reference=buyer_reference,
            deposit_percent=deposit_percent if payment_method == Purchase.BANK_TRANSFER else 0,
            company=approval_company,
            approval=Purchase.Approval.PENDING if approval_company else Purchase.Approval.NOT_NEEDED)
        shipping_address.pk = None
        shipping_address.save()
        for number, (part, agreed) in enumerate(agreed_by_part, start=1):
            freight = method.charge_for(agreed)
            total = _part_total(part, freight, currency)
            order = creator.create_order_model(
                user, basket, shipping_address,
                _PartShipping(agreed), prices.Price(currency=currency, excl_tax=freight, incl_tax=freight),
                None, total, f"{reference}-{number}", statuses.PLACED, request,
                purchase=purchase, trade_terms=agreed.as_json(),
            )
            for line in part.lines:
                creator.create_line_models(order, line, extra_line_fields=_cny_amounts(cny_pricing, line))
            for line in sorted(part.lines, key=lambda item: item.stockrecord_id):
                creator.update_stock_records(line)
            if on_each_order:
                on_each_order(order, part, agreed)
            orders.append(order)
        purchase.total = sum((order.total_incl_tax for order in orders), Decimal("0.00"))
        purchase.save(update_fields=["total"])
        if approval_company is None:
            approvals.release(purchase)
        else:
            approvals.ask_approvers_on_commit(purchase)
    for order in orders:
        order_placed.send(sender=OrderCreator, order=order, user=user)
    return PlacedPurchase(purchase=purchase, orders=orders)


def _cny_amounts(cny_pricing, line) -> dict:
    info = cny_pricing.fetch_for_line(line)
    price = info.price
    if not price.exists or price.currency != CNY:
        return {}
    unit = price.excl_tax
    return {"unit_price_cny": unit, "line_price_cny": unit * line.quantity}


class _PartShipping:
    """The shipping method Oscar records on a seller's order: the chosen freight service."""

    def __init__(self, agreed):
        self.code = agreed.freight.code[:128]
        self.name = str(agreed.freight.name)[:128]
