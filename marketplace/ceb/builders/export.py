"""Export messages: CEB303 order, CEB403 receipt of payment, CEB505 waybill, CEB603 list.

Each ``build_*`` fills a message root (made by :func:`marketplace.ceb.builders.build`) with the
business node for one document, fields in the XSD's order (export.xsd, 202205)."""

from __future__ import annotations

from lxml import etree

from .. import documents as d
from .base import Field, attr, const, fill, frame_fields, q

ORDER_HEAD: list[Field] = [
    ("orderType", attr("order_type")),
    ("orderNo", attr("order_no")),
    ("ebp", attr("ebp")),
    ("ebc", attr("ebc")),
    ("goodsValue", attr("goods_value")),
    ("freight", attr("freight")),
    ("currency", attr("currency")),
    ("note", attr("note")),
]
ORDER_LINE: list[Field] = [
    ("gnum", attr("gnum")),
    ("itemNo", attr("item_no")),
    ("itemName", attr("item_name")),
    ("itemDescribe", attr("item_describe")),
    ("barCode", attr("bar_code")),
    ("unit", attr("unit")),
    ("currency", attr("currency")),
    ("qty", attr("qty")),
    ("price", attr("price")),
    ("totalPrice", attr("total_price")),
    ("note", attr("note")),
]
RECEIPTS: list[Field] = [
    ("ebp", attr("ebp")),
    ("ebc", attr("ebc")),
    ("orderNo", attr("order_no")),
    ("payCode", attr("pay_code")),
    ("payName", attr("pay_name")),
    ("payNo", attr("pay_no")),
    ("charge", attr("charge")),
    ("currency", attr("currency")),
    ("accountingDate", attr("accounting_date")),
    ("note", attr("note")),
]
LOGISTICS: list[Field] = [
    ("logistics", attr("logistics")),
    ("logisticsNo", attr("logistics_no")),
    ("freight", attr("freight")),
    ("insuredFee", attr("insured_fee")),
    ("currency", attr("currency")),
    ("grossWeight", attr("gross_weight")),
    ("packNo", attr("pack_no")),
    ("goodsInfo", attr("goods_info")),
    ("ebc", attr("ebc")),
    ("ebcTelephone", attr("ebc_telephone")),
    ("note", attr("note")),
]
INVENTORY_HEAD: list[Field] = [
    ("customsCode", attr("customs_code")),
    ("ebp", attr("ebp")),
    ("orderNo", attr("order_no")),
    ("logistics", attr("logistics")),
    ("logisticsNo", attr("logistics_no")),
    ("copNo", attr("cop_no")),
    ("preNo", attr("pre_no")),
    ("invtNo", attr("invt_no")),
    ("ieFlag", const("E")),
    ("portCode", attr("port_code")),
    ("ieDate", attr("ie_date")),
    ("statisticsFlag", attr("statistics_flag")),
    ("agent", attr("agent")),
    ("ebc", attr("ebc")),
    ("owner", attr("owner")),
    ("iac", attr("iac")),
    ("emsNo", attr("ems_no")),
    ("tradeMode", attr("trade_mode")),
    ("trafMode", attr("traf_mode")),
    ("trafName", attr("traf_name")),
    ("voyageNo", attr("voyage_no")),
    ("billNo", attr("bill_no")),
    ("totalPackageNo", attr("total_package_no")),
    ("loctNo", attr("loct_no")),
    ("licenseNo", attr("license_no")),
    ("country", attr("country")),
    ("POD", attr("pod")),
    ("freight", attr("freight")),
    ("fCurrency", attr("f_currency")),
    ("fFlag", attr("f_flag")),
    ("insuredFee", attr("insured_fee")),
    ("iCurrency", attr("i_currency")),
    ("iFlag", attr("i_flag")),
    ("wrapType", attr("wrap_type")),
    ("packNo", attr("pack_no")),
    ("grossWeight", attr("gross_weight")),
    ("netWeight", attr("net_weight")),
    ("note", attr("note")),
]
INVENTORY_LINE: list[Field] = [
    ("gnum", attr("gnum")),
    ("itemNo", attr("item_no")),
    ("itemRecordNo", attr("item_record_no")),
    ("itemName", attr("item_name")),
    ("gcode", attr("gcode")),
    ("gname", attr("gname")),
    ("gmodel", attr("gmodel")),
    ("barCode", attr("bar_code")),
    ("country", attr("country")),
    ("currency", attr("currency")),
    ("qty", attr("qty")),
    ("qty1", attr("qty1")),
    ("qty2", attr("qty2")),
    ("unit", attr("unit")),
    ("unit1", attr("unit1")),
    ("unit2", attr("unit2")),
    ("price", attr("price")),
    ("totalPrice", attr("total_price")),
    ("note", attr("note")),
]


def build_order(message: etree._Element, doc: d.ExportOrder, frame: dict[str, str]) -> None:
    order = etree.SubElement(message, q("Order"))
    fill(etree.SubElement(order, q("OrderHead")), doc, frame_fields(frame) + ORDER_HEAD)
    for line in doc.lines:
        fill(etree.SubElement(order, q("OrderList")), line, ORDER_LINE)


def build_receipt(message: etree._Element, doc: d.PaymentReceipt, frame: dict[str, str]) -> None:
    fill(etree.SubElement(message, q("Receipts")), doc, frame_fields(frame) + RECEIPTS)


def build_waybill(message: etree._Element, doc: d.ExportWaybill, frame: dict[str, str]) -> None:
    fill(etree.SubElement(message, q("Logistics")), doc, frame_fields(frame) + LOGISTICS)


def build_inventory(message: etree._Element, doc: d.ExportInventory,
                    frame: dict[str, str]) -> None:
    inventory = etree.SubElement(message, q("Inventory"))
    fill(etree.SubElement(inventory, q("InventoryHead")), doc, frame_fields(frame) + INVENTORY_HEAD)
    for line in doc.lines:
        fill(etree.SubElement(inventory, q("InventoryList")), line, INVENTORY_LINE)
