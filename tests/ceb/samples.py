"""Realistic CEB documents for tests: a Yangjiang knife maker exporting kitchen knives, and a
cross-border import of seafood snacks. Codes are synthetic but well-formed."""

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from marketplace.ceb import documents as d

PLATFORM = d.Party("4417960ABC", "阳江跨境电商平台有限公司")
SELLER = d.Party("91441702314946805P", "阳江市十八子刀具有限公司")
CARRIER = d.Party("4417980XYZ", "阳江国际快递有限公司")
BROKER = d.Party("4417980BRK", "阳江报关行有限公司")
PAYER = d.Party("312226T001", "跨境支付有限公司")
TRANSFER = d.BaseTransfer(cop_code="91441702314946805P", cop_name="阳江市十八子刀具有限公司",
                          dxp_id="DXPENT0000012345")
APP_TIME = datetime(2025, 3, 1, 10, 30, 0)

KNIVES = [
    ("YJ-CK-200", "不锈钢厨师刀", "8211910000", Decimal("3"), Decimal("25.50")),
    ("YJ-SK-150", "不锈钢切片刀", "8211910000", Decimal("2"), Decimal("18.00")),
    ("YJ-SC-001", "厨房剪刀", "8213000000", Decimal("5"), Decimal("6.80")),
]


def export_order(order_type="E", lines=KNIVES, **changes) -> d.ExportOrder:
    order_lines = [
        d.ExportOrderLine(gnum=i, item_no=no, item_name=name, unit="011", currency="502",
                          qty=qty, price=price, total_price=qty * price)
        for i, (no, name, _hs, qty, price) in enumerate(lines, start=1)
    ]
    order = d.ExportOrder(
        order_type=order_type, order_no="YJ2025030100001", ebp=PLATFORM, ebc=SELLER,
        goods_value=sum((line.total_price for line in order_lines), Decimal(0)),
        freight=Decimal("12.00"), currency="502", lines=order_lines)
    return replace(order, **changes)


def inventory_lines(lines=KNIVES) -> list[d.InventoryLine]:
    return [
        d.InventoryLine(gnum=i, item_no=no, gcode=hs, gname=name,
                        gmodel=f"{name}|阳江十八子|不锈钢|{no}", country="502", currency="502",
                        qty=qty, qty1=qty, unit="011", unit1="011", price=price,
                        total_price=qty * price, item_name=name)
        for i, (no, name, hs, qty, price) in enumerate(lines, start=1)
    ]


def export_inventory(trade_mode="9610", lines=KNIVES, **changes) -> d.ExportInventory:
    inventory = d.ExportInventory(
        customs_code="5167", port_code="5167", ebp=PLATFORM, ebc=SELLER, logistics=CARRIER,
        agent=BROKER, owner=SELLER, order_no="YJ2025030100001", logistics_no="YJX1234567890",
        cop_no="INV2025030100001", ie_date=date(2025, 3, 2), statistics_flag="B",
        trade_mode=trade_mode, traf_mode="5", country="502", pod="5020", freight=Decimal("12"),
        f_currency="502", f_flag="3", insured_fee=Decimal("0"), i_currency="502", i_flag="3",
        wrap_type="2", pack_no=1, gross_weight=Decimal("2.4"), net_weight=Decimal("2.1"),
        lines=inventory_lines(lines))
    return replace(inventory, **changes)


def payment_receipt(**changes) -> d.PaymentReceipt:
    receipt = d.PaymentReceipt(
        ebp=PLATFORM, ebc=SELLER, order_no="YJ2025030100001", pay_name="跨境支付有限公司",
        pay_code="312226T001", pay_no="PAY20250301000001", charge=Decimal("146.50"),
        currency="502", accounting_date=datetime(2025, 3, 1, 12, 0, 0))
    return replace(receipt, **changes)


def export_waybill(**changes) -> d.ExportWaybill:
    waybill = d.ExportWaybill(
        logistics=CARRIER, logistics_no="YJX1234567890", freight=Decimal("12"),
        insured_fee=Decimal("0"), currency="502", gross_weight=Decimal("2.4"), pack_no=1,
        goods_info="厨师刀3把 切片刀2把 剪刀5把", ebc=SELLER, ebc_telephone="0662-3300000")
    return replace(waybill, **changes)


def summary_apply(**changes) -> d.SummaryApply:
    summary = d.SummaryApply(
        customs_code="5167", cop_no="SUM202503", agent=BROKER, ebc=SELLER, decl_agent=BROKER,
        summary_flag="1", item_name_flag="1",
        invt_nos=["51672025E000000001", "51672025E000000002"])
    return replace(summary, **changes)


FOODS = [
    ("SN-01", "海苔零食", "2008999000", Decimal("2"), Decimal("35.00")),
    ("SN-02", "鱿鱼丝", "1605540000", Decimal("1"), Decimal("58.00")),
]
BUYER_ID = "441702199001011233"


def import_order(**changes) -> d.ImportOrder:
    lines = [
        d.ImportOrderLine(gnum=i, item_name=name, gmodel=f"{name}|100g/袋", unit="136",
                          qty=qty, price=price, total_price=qty * price, country="133",
                          item_no=no)
        for i, (no, name, _hs, qty, price) in enumerate(FOODS, start=1)
    ]
    goods = sum((line.total_price for line in lines), Decimal(0))
    order = d.ImportOrder(
        order_no="IM2025030100001", ebp=PLATFORM, ebc=SELLER, goods_value=goods,
        freight=Decimal("10"), discount=Decimal("5"), tax_total=Decimal("11.81"),
        actural_paid=goods + Decimal("10") + Decimal("11.81") - Decimal("5"),
        buyer_reg_no="buyer-001", buyer_name="张三", buyer_telephone="13800000000",
        buyer_id_number=BUYER_ID, consignee="张三", consignee_telephone="13800000000",
        consignee_address="广东省阳江市江城区东风一路1号", lines=lines, pay=PAYER,
        pay_transaction_id="PAYTX0001", consignee_district="441702")
    return replace(order, **changes)


def import_payment(**changes) -> d.ImportPayment:
    order = import_order()
    payment = d.ImportPayment(
        pay=PAYER, pay_transaction_id="PAYTX0001", order_no=order.order_no, ebp=PLATFORM,
        payer_id_number=BUYER_ID, payer_name="张三", amount_paid=order.actural_paid,
        pay_time=datetime(2025, 3, 1, 9, 0, 0), telephone="13800000000")
    return replace(payment, **changes)


def import_waybill(**changes) -> d.ImportWaybill:
    waybill = d.ImportWaybill(
        logistics=CARRIER, logistics_no="IMX0000000001", order_no="IM2025030100001",
        weight=Decimal("0.5"), consignee="张三",
        consignee_address="广东省阳江市江城区东风一路1号", consignee_telephone="13800000000",
        freight=Decimal("10"), insured_fee=Decimal("0"), goods_info="海苔零食2袋 鱿鱼丝1袋")
    return replace(waybill, **changes)


def import_inventory(**changes) -> d.ImportInventory:
    lines = [
        d.ImportInventoryLine(gnum=i, gcode=hs, gname=name, gmodel=f"{name}|100g/袋",
                              country="133", qty=qty, unit="136", qty1=qty * Decimal("0.1"),
                              unit1="035", price=price, total_price=qty * price, item_no=no,
                              item_name=name)
        for i, (no, name, hs, qty, price) in enumerate(FOODS, start=1)
    ]
    inventory = d.ImportInventory(
        order_no="IM2025030100001", ebp=PLATFORM, ebc=SELLER, logistics=CARRIER,
        logistics_no="IMX0000000001", agent=BROKER, assure_code="4417980BRK",
        decl_time=date(2025, 3, 2), customs_code="5167", port_code="5167",
        buyer_id_number=BUYER_ID, buyer_name="张三", buyer_telephone="13800000000",
        consignee_address="广东省阳江市江城区东风一路1号", trade_mode="9610", traf_mode="5",
        country="133", freight=Decimal("10"), insured_fee=Decimal("0"),
        gross_weight=Decimal("0.5"), net_weight=Decimal("0.3"), lines=lines,
        cop_no="IMINV0001", traf_no="CZ3100", voyage_no="20250301", bill_no="784-12345678")
    return replace(inventory, **changes)
