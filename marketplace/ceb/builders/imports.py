"""Import messages: CEB311 order, CEB411 payment, CEB511 waybill, CEB621 list (import.xsd,
202205). Currency is always 142 (CNY); the buyer must be identified by resident ID card."""

from __future__ import annotations

from lxml import etree

from .. import documents as d
from .base import Field, attr, const, fill, frame_fields, q

ORDER_HEAD: list[Field] = [
    ("orderType", const("I")),
    ("orderNo", attr("order_no")),
    ("ebp", attr("ebp")),
    ("ebc", attr("ebc")),
    ("goodsValue", attr("goods_value")),
    ("freight", attr("freight")),
    ("discount", attr("discount")),
    ("taxTotal", attr("tax_total")),
    ("acturalPaid", attr("actural_paid")),
    ("currency", attr("currency")),
    ("buyerRegNo", attr("buyer_reg_no")),
    ("buyerName", attr("buyer_name")),
    ("buyerTelephone", attr("buyer_telephone")),
    ("buyerIdType", attr("buyer_id_type")),
    ("buyerIdNumber", attr("buyer_id_number")),
    ("pay", attr("pay")),
    ("payTransactionId", attr("pay_transaction_id")),
    ("batchNumbers", attr("batch_numbers")),
    ("consignee", attr("consignee")),
    ("consigneeTelephone", attr("consignee_telephone")),
    ("consigneeAddress", attr("consignee_address")),
    ("consigneeDistrict", attr("consignee_district")),
    ("note", attr("note")),
]
ORDER_LINE: list[Field] = [
    ("gnum", attr("gnum")),
    ("itemNo", attr("item_no")),
    ("itemName", attr("item_name")),
    ("gmodel", attr("gmodel")),
    ("itemDescribe", attr("item_describe")),
    ("barCode", attr("bar_code")),
    ("unit", attr("unit")),
    ("qty", attr("qty")),
    ("price", attr("price")),
    ("totalPrice", attr("total_price")),
    ("currency", attr("currency")),
    ("country", attr("country")),
    ("note", attr("note")),
]
PAYMENT_HEAD: list[Field] = [
    ("pay", attr("pay")),
    ("payTransactionId", attr("pay_transaction_id")),
    ("orderNo", attr("order_no")),
    ("ebp", attr("ebp")),
    ("payerIdType", attr("payer_id_type")),
    ("payerIdNumber", attr("payer_id_number")),
    ("payerName", attr("payer_name")),
    ("telephone", attr("telephone")),
    ("amountPaid", attr("amount_paid")),
    ("currency", attr("currency")),
    ("payTime", attr("pay_time")),
    ("note", attr("note")),
]
LOGISTICS_HEAD: list[Field] = [
    ("logistics", attr("logistics")),
    ("logisticsNo", attr("logistics_no")),
    ("billNo", attr("bill_no")),
    ("orderNo", attr("order_no")),
    ("freight", attr("freight")),
    ("insuredFee", attr("insured_fee")),
    ("currency", attr("currency")),
    ("weight", attr("weight")),
    ("packNo", attr("pack_no")),
    ("goodsInfo", attr("goods_info")),
    ("consignee", attr("consignee")),
    ("consigneeAddress", attr("consignee_address")),
    ("consigneeTelephone", attr("consignee_telephone")),
    ("note", attr("note")),
]
INVENTORY_HEAD: list[Field] = [
    ("orderNo", attr("order_no")),
    ("ebp", attr("ebp")),
    ("ebc", attr("ebc")),
    ("logisticsNo", attr("logistics_no")),
    ("logistics", attr("logistics")),
    ("copNo", attr("cop_no")),
    ("preNo", attr("pre_no")),
    ("assureCode", attr("assure_code")),
    ("emsNo", attr("ems_no")),
    ("invtNo", attr("invt_no")),
    ("ieFlag", const("I")),
    ("declTime", attr("decl_time")),
    ("customsCode", attr("customs_code")),
    ("portCode", attr("port_code")),
    ("ieDate", attr("ie_date")),
    ("buyerIdType", attr("buyer_id_type")),
    ("buyerIdNumber", attr("buyer_id_number")),
    ("buyerName", attr("buyer_name")),
    ("buyerTelephone", attr("buyer_telephone")),
    ("consigneeAddress", attr("consignee_address")),
    ("agent", attr("agent")),
    ("area", attr("area")),
    ("tradeMode", attr("trade_mode")),
    ("trafMode", attr("traf_mode")),
    ("trafNo", attr("traf_no")),
    ("voyageNo", attr("voyage_no")),
    ("billNo", attr("bill_no")),
    ("loctNo", attr("loct_no")),
    ("licenseNo", attr("license_no")),
    ("country", attr("country")),
    ("freight", attr("freight")),
    ("insuredFee", attr("insured_fee")),
    ("currency", attr("currency")),
    ("wrapType", attr("wrap_type")),
    ("packNo", attr("pack_no")),
    ("grossWeight", attr("gross_weight")),
    ("netWeight", attr("net_weight")),
    ("note", attr("note")),
]
INVENTORY_LINE: list[Field] = [
    ("gnum", attr("gnum")),
    ("itemRecordNo", attr("item_record_no")),
    ("itemNo", attr("item_no")),
    ("itemName", attr("item_name")),
    ("gcode", attr("gcode")),
    ("gname", attr("gname")),
    ("gmodel", attr("gmodel")),
    ("barCode", attr("bar_code")),
    ("country", attr("country")),
    ("tradeCountry", attr("trade_country")),
    ("currency", attr("currency")),
    ("qty", attr("qty")),
    ("unit", attr("unit")),
    ("qty1", attr("qty1")),
    ("unit1", attr("unit1")),
    ("qty2", attr("qty2")),
    ("unit2", attr("unit2")),
    ("price", attr("price")),
    ("totalPrice", attr("total_price")),
    ("note", attr("note")),
]


def build_order(message: etree._Element, doc: d.ImportOrder, frame: dict[str, str]) -> None:
    order = etree.SubElement(message, q("Order"))
    fill(etree.SubElement(order, q("OrderHead")), doc, frame_fields(frame) + ORDER_HEAD)
    for line in doc.lines:
        fill(etree.SubElement(order, q("OrderList")), line, ORDER_LINE)


def build_payment(message: etree._Element, doc: d.ImportPayment, frame: dict[str, str]) -> None:
    payment = etree.SubElement(message, q("Payment"))
    fill(etree.SubElement(payment, q("PaymentHead")), doc, frame_fields(frame) + PAYMENT_HEAD)


def build_waybill(message: etree._Element, doc: d.ImportWaybill, frame: dict[str, str]) -> None:
    logistics = etree.SubElement(message, q("Logistics"))
    fill(etree.SubElement(logistics, q("LogisticsHead")), doc,
         frame_fields(frame) + LOGISTICS_HEAD)


def build_inventory(message: etree._Element, doc: d.ImportInventory,
                    frame: dict[str, str]) -> None:
    inventory = etree.SubElement(message, q("Inventory"))
    fill(etree.SubElement(inventory, q("InventoryHead")), doc, frame_fields(frame) + INVENTORY_HEAD)
    for line in doc.lines:
        fill(etree.SubElement(inventory, q("InventoryList")), line, INVENTORY_LINE)
