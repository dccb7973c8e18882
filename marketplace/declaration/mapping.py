"""An order as the CEB documents customs expect (marketplace.ceb.documents), per customs mode.

    export 9610 (retail):         CEB303 orderType E, CEB403 receipt of payment, CEB505 waybill,
                                  CEB603 list with statisticsFlag B (summarised later, CEB701,
                                  so that the seller may claim the VAT rebate; A would forgo it)
    export 9710 (B2B direct):     CEB303 orderType B, CEB505 waybill, CEB603 tradeMode 9710
    export 9810 (overseas whs.):  CEB303 orderType W, CEB603 tradeMode 9810
    import 9610 (retail import):  CEB311 order, CEB411 payment, CEB511 waybill, CEB621 list;
                                  order, payment and waybill must agree (三单对碰), checked here

Values are in **CNY** (customs currency 142) for every mode. The seller is paid, invoiced and
refunded VAT in CNY, each order line keeps its CNY price as agreed at checkout
(`Line.line_price_cny`), and import messages accept CNY only: one currency keeps the list,
the summary, the rebate and the forex reports reconcilable without another rate. Goods are
valued FOB (the line prices: freight is the order's separate charge, trade_terms.freight).

facts.missing_facts lists what an order must have first; `plan` assumes it was asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.utils import timezone

from marketplace.ceb import documents as doc
from marketplace.order_lifecycle import statuses

from . import codes_adapter, facts, modes, parties

CNY = "142"
ZERO = Decimal("0")
FIVE_PLACES = Decimal("0.00001")
NO_BAR_CODE = doc.NO_BAR_CODE

#: Export: which messages each mode sends, in the order customs want them.
EXPORT_MESSAGES = {
    modes.RETAIL: ("CEB303", "CEB403", "CEB505", "CEB603"),
    modes.B2B_DIRECT: ("CEB303", "CEB505", "CEB603"),
    modes.OVERSEAS_WAREHOUSE: ("CEB303", "CEB603"),
}
IMPORT_MESSAGES = ("CEB311", "CEB411", "CEB511", "CEB621")
ORDER_TYPES = {modes.RETAIL: "E", modes.B2B_DIRECT: "B", modes.OVERSEAS_WAREHOUSE: "W"}
#: The list kinds a summary (CEB701) takes: released retail lists, statisticsFlag B.
SUMMARY_FLAG = "B"


class MappingError(ValueError):
    """The order's data cannot make consistent documents (e.g. the three import documents
    disagree): a bug or a fact facts.py does not check yet, never the seller's typo."""


@dataclass(frozen=True)
class PlannedMessage:
    """One CEB message to send for an order: its type and its document."""

    message_type: str
    document: object


@dataclass(frozen=True)
class Shipment:
    carrier: str
    tracking_number: str
    shipped_on: date


def _party(party: parties.Party) -> doc.Party:
    return doc.Party(code=party.code[:18], name=party.name[:100])


def _cut(text: object, length: int) -> str:
    return " ".join(str(text or "").split())[:length]


def chinese_name(line) -> str:
    product = line.product
    return _cut(getattr(product, "title_zh_hans", "") or line.title, 250)


@dataclass(frozen=True)
class GoodsLine:
    gnum: int
    line: object
    qty: Decimal
    price: Decimal
    total: Decimal
    gross: Decimal
    net: Decimal


def _cny_total(order, line) -> Decimal:
    if line.line_price_cny is not None:
        return Decimal(line.line_price_cny)
    # An order placed in CNY: the buyer's prices are the seller's.
    return Decimal(line.line_price_excl_tax)


def goods_lines(order) -> list[GoodsLine]:
    """The order's lines with CNY FOB prices such that qty × price = total exactly (a
    line's total is what was agreed; its unit price is derived to five places when the
    total does not divide evenly, and the total follows that price)."""
    result = []
    for index, line in enumerate(order.lines.select_related("product", "product__hs_code").order_by("pk")):
        qty = Decimal(line.quantity)
        agreed = _cny_total(order, line)
        price = (agreed / qty).quantize(FIVE_PLACES, ROUND_HALF_UP) if qty else ZERO
        product = line.product
        result.append(GoodsLine(
            gnum=index + 1, line=line, qty=qty, price=price, total=price * qty,
            gross=Decimal(product.gross_weight_kg or 0) * qty, net=Decimal(product.net_weight_kg or 0) * qty,
        ))
    return result


def freight_cny(order) -> Decimal:
    freight = (order.trade_terms or {}).get("freight") or {}
    charge = freight.get("charge_cny")
    return Decimal(str(charge)) if charge not in (None, "") else ZERO


def paid_at(order) -> datetime:
    change = order.status_changes.filter(new_status=statuses.PAID).order_by("-date_created").first()
    return change.date_created if change is not None else order.date_placed


def item_no(line, length: int) -> str:
    return _cut(line.partner_sku or line.upc or line.product_id, length)


def goods_info(lines: list[GoodsLine]) -> str:
    return _cut("；".join(chinese_name(item.line) for item in lines), 200)


def export_documents(order, shipment: Shipment) -> list[PlannedMessage]:
    mode = modes.customs_mode(order)
    enterprise = facts.seller_enterprise(order)
    seller, platform = _party(parties.seller_party(enterprise)), _party(parties.platform())
    logistics, agent = _party(parties.logistics()), _party(parties.declarant(enterprise))
    lines = goods_lines(order)
    goods_value = sum((item.total for item in lines), ZERO)
    freight = freight_cny(order)
    country = codes_adapter.country_code(modes.destination_country(order))
    trade_mode = modes.freight_trade_mode(order)
    gross = sum((item.gross for item in lines), ZERO)
    net = sum((item.net for item in lines), ZERO)
    planned = []
    for message_type in EXPORT_MESSAGES[mode]:
        if message_type == "CEB303":
            document = doc.ExportOrder(
                order_type=ORDER_TYPES[mode], order_no=order.number, ebp=platform, ebc=seller,
                goods_value=goods_value, freight=freight, currency=CNY,
                lines=[doc.ExportOrderLine(
                    gnum=item.gnum, item_no=item_no(item.line, 30), item_name=chinese_name(item.line),
                    unit=codes_adapter.unit_code(item.line.product.unit_of_measure), currency=CNY,
                    qty=item.qty, price=item.price, total_price=item.total,
                    bar_code=item.line.product.gtin or None,
                ) for item in lines])
        elif message_type == "CEB403":
            payment = parties.payment()
            document = doc.PaymentReceipt(
                ebp=platform, ebc=seller, order_no=order.number, pay_name=payment.name[:100],
                pay_code=payment.code[:18] or None, charge=goods_value + freight, currency=CNY,
                accounting_date=paid_at(order),
                pay_no=_cut(order.purchase.reference if order.purchase_id else order.number, 60))
        elif message_type == "CEB505":
            document = doc.ExportWaybill(
                logistics=logistics, logistics_no=shipment.tracking_number[:32], freight=freight,
                insured_fee=ZERO, currency=CNY, gross_weight=gross, pack_no=1, goods_info=goods_info(lines),
                ebc=seller)
        else:  # CEB603
            document = doc.ExportInventory(
                customs_code=parties.customs_office(), port_code=parties.port(), ebp=platform, ebc=seller,
                logistics=logistics, agent=agent, owner=seller, order_no=order.number,
                logistics_no=shipment.tracking_number[:32], cop_no=order.number[:30], ie_date=shipment.shipped_on,
                statistics_flag=SUMMARY_FLAG, trade_mode=mode, traf_mode=codes_adapter.transport_mode(trade_mode),
                country=country, pod=port_of_destination(order, country), freight=freight, f_currency=CNY,
                f_flag="3", insured_fee=ZERO, i_currency=CNY, i_flag="3",
                wrap_type=codes_adapter.wrap_type(trade_mode), pack_no=1, gross_weight=gross, net_weight=net,
                lines=[doc.InventoryLine(
                    gnum=item.gnum, item_no=item_no(item.line, 20), gcode=item.line.product.hs_code_id,
                    gname=_cut(item.line.product.hs_code.description_zh or chinese_name(item.line), 250),
                    gmodel=_cut(item.line.product.declared_elements or chinese_name(item.line), 250),
                    country=country, currency=CNY, qty=item.qty, qty1=item.qty,
                    unit=codes_adapter.unit_code(item.line.product.unit_of_measure),
                    unit1=codes_adapter.unit_code(item.line.product.unit_of_measure),
                    price=item.price, total_price=item.total,
                    bar_code=item.line.product.gtin or NO_BAR_CODE, item_name=chinese_name(item.line),
                ) for item in lines])
        planned.append(PlannedMessage(message_type, document))
    return planned


def port_of_destination(order, country: str) -> str:
    """POD: the port table is not kept yet, so the destination country's customs code
    stands in ([U]; a setting MARKETPLACE_CUSTOMS_POD maps ISO countries to port codes)."""
    by_country = getattr(settings, "MARKETPLACE_CUSTOMS_POD", {}) or {}
    return str(by_country.get(modes.destination_country(order), country))


def _consignee(order) -> tuple[str, str, str]:
    address = order.shipping_address
    name = _cut(address.name, 100) if address else ""
    phone = _cut(address.phone_number, 50) if address and address.phone_number else ""
    fields = [address.state, address.line4, address.line1, address.line2, address.line3] if address else []
    return name, phone, _cut(" ".join(part for part in fields if part), 200)


def import_documents(order, shipment: Shipment) -> list[PlannedMessage]:
    enterprise = facts.seller_enterprise(order)
    seller, platform = _party(parties.seller_party(enterprise)), _party(parties.platform())
    logistics, agent = _party(parties.logistics()), _party(parties.declarant(enterprise))
    pay = _party(parties.payment())
    buyer = order.import_buyer
    lines = goods_lines(order)
    goods_value = sum((item.total for item in lines), ZERO)
    freight = freight_cny(order)
    # cbec_tax keeps the customs value, not the tax; none is withheld on the messages
    # until checkout stores it (then tax_total comes from there).
    tax_total = Decimal(str(((order.trade_terms or {}).get("cbec") or {}).get("tax_cny") or 0))
    paid = goods_value + freight + tax_total
    consignee, consignee_phone, consignee_address = _consignee(order)
    telephone = _cut(buyer.telephone or consignee_phone, 30)
    origin = codes_adapter.country_code(getattr(settings, "MARKETPLACE_CUSTOMS_IMPORT_ORIGIN", "HK"))
    gross = sum((item.gross for item in lines), ZERO)
    net = sum((item.net for item in lines), ZERO)
    transaction_id = _cut(order.purchase.reference if order.purchase_id else order.number, 60)
    traf_mode = codes_adapter.transport_mode(modes.freight_trade_mode(order))
    user = order.user
    order_doc = doc.ImportOrder(
        order_no=order.number, ebp=platform, ebc=seller, goods_value=goods_value, freight=freight,
        discount=ZERO, tax_total=tax_total, actural_paid=paid,
        buyer_reg_no=_cut(user.get_username() if user else order.email, 60), buyer_name=buyer.name,
        buyer_telephone=telephone, buyer_id_number=buyer.id_number, consignee=consignee,
        consignee_telephone=consignee_phone, consignee_address=consignee_address, pay=pay,
        pay_transaction_id=transaction_id,
        lines=[doc.ImportOrderLine(
            gnum=item.gnum, item_name=chinese_name(item.line),
            gmodel=_cut(item.line.product.declared_elements or chinese_name(item.line), 510),
            unit=codes_adapter.unit_code(item.line.product.unit_of_measure), qty=item.qty, price=item.price,
            total_price=item.total, country=origin, item_no=item_no(item.line, 30),
            bar_code=item.line.product.gtin or None,
        ) for item in lines])
    payment_doc = doc.ImportPayment(
        pay=pay, pay_transaction_id=transaction_id, order_no=order.number, ebp=platform,
        payer_id_number=buyer.id_number, payer_name=buyer.name, amount_paid=paid, pay_time=paid_at(order),
        telephone=telephone or None)
    waybill_doc = doc.ImportWaybill(
        logistics=logistics, logistics_no=shipment.tracking_number[:60], order_no=order.number, weight=gross,
        consignee=consignee, consignee_address=consignee_address, consignee_telephone=consignee_phone,
        freight=freight, insured_fee=ZERO, goods_info=goods_info(lines))
    inventory_doc = doc.ImportInventory(
        order_no=order.number, ebp=platform, ebc=seller, logistics=logistics,
        logistics_no=shipment.tracking_number[:60], agent=agent, assure_code=parties.assurer().code[:30],
        decl_time=shipment.shipped_on, customs_code=parties.customs_office(), port_code=parties.port(),
        buyer_id_number=buyer.id_number, buyer_name=buyer.name, buyer_telephone=telephone,
        consignee_address=consignee_address, trade_mode=modes.RETAIL, traf_mode=traf_mode, country=origin,
        freight=freight, insured_fee=ZERO, gross_weight=gross, net_weight=net, cop_no=order.number[:20],
        # Direct purchase (9610) lists name the vehicle, voyage and master bill. The platform
        # knows only the carrier and the parcel's waybill at shipping: those stand in ([U];
        # the carrier's manifest should supply them, and a correction can send them).
        traf_no=_cut(shipment.carrier, 100) or "-", voyage_no=shipment.shipped_on.strftime("%Y%m%d"),
        bill_no=shipment.tracking_number[:37],
        lines=[doc.ImportInventoryLine(
            gnum=item.gnum, gcode=item.line.product.hs_code_id,
            gname=_cut(item.line.product.hs_code.description_zh or chinese_name(item.line), 250),
            gmodel=_cut(item.line.product.declared_elements or chinese_name(item.line), 510), country=origin,
            qty=item.qty, unit=codes_adapter.unit_code(item.line.product.unit_of_measure), qty1=item.qty,
            unit1=codes_adapter.unit_code(item.line.product.unit_of_measure), price=item.price,
            total_price=item.total, item_no=item_no(item.line, 30), item_name=chinese_name(item.line),
            bar_code=item.line.product.gtin or None,
        ) for item in lines])
    check_three_documents(order_doc, payment_doc, waybill_doc, inventory_doc)
    return [PlannedMessage("CEB311", order_doc), PlannedMessage("CEB411", payment_doc),
            PlannedMessage("CEB511", waybill_doc), PlannedMessage("CEB621", inventory_doc)]


def check_three_documents(order_doc, payment_doc, waybill_doc, inventory_doc) -> None:
    """Customs match order, payment and waybill (三单对碰) and the list against them; a
    mismatch is refused there, so it is refused here first (MappingError)."""
    from marketplace.ceb.matching import match_import_documents

    problems = [str(mismatch) for mismatch in match_import_documents(order_doc, payment_doc, waybill_doc)]
    if not (order_doc.order_no == payment_doc.order_no == waybill_doc.order_no == inventory_doc.order_no):
        problems.append("order numbers differ")
    if order_doc.actural_paid != payment_doc.amount_paid:
        problems.append(f"paid {order_doc.actural_paid} on the order, {payment_doc.amount_paid} on the payment")
    if order_doc.actural_paid != order_doc.goods_value + order_doc.freight + order_doc.tax_total - order_doc.discount:
        problems.append("the order's amount paid does not add up")
    if (order_doc.buyer_id_number, order_doc.buyer_name) != (payment_doc.payer_id_number, payment_doc.payer_name):
        problems.append("the payer is not the buyer")
    if (order_doc.consignee, order_doc.consignee_address, order_doc.consignee_telephone) != (
            waybill_doc.consignee, waybill_doc.consignee_address, waybill_doc.consignee_telephone):
        problems.append("the consignee differs between order and waybill")
    if inventory_doc.logistics_no != waybill_doc.logistics_no:
        problems.append("the list and the waybill name different waybills")
    if [(line.gnum, line.qty, line.total_price) for line in order_doc.lines] != [
            (line.gnum, line.qty, line.total_price) for line in inventory_doc.lines]:
        problems.append("the list's items differ from the order's")
    if problems:
        raise MappingError(f"Order {order_doc.order_no}: " + "; ".join(problems))


def plan(order, *, carrier: str, tracking_number: str, shipped_on: date | None = None) -> list[PlannedMessage]:
    """The CEB documents `order` needs, in sending order."""
    shipment = Shipment(carrier=carrier, tracking_number=tracking_number,
                        shipped_on=shipped_on or timezone.localdate())
    if modes.direction(order) == modes.IMPORT:
        return import_documents(order, shipment)
    return export_documents(order, shipment)
