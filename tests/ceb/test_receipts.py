"""Receipts built the way customs sends them (each validated against the XSD first), parsed
into decisions; the format-error message CEB900; tax slips CEB816; hostile XML refused."""

from datetime import datetime
from decimal import Decimal

import pytest
from lxml import etree
from lxml.builder import ElementMaker

from marketplace.ceb import schema
from marketplace.ceb.builders import guid_for
from marketplace.ceb.envelope import wrap
from marketplace.ceb.errors import CebReceiptError
from marketplace.ceb.receipts import BEIJING, parse_receipt, parse_receipts, parse_tax_slips

E = ElementMaker(namespace="http://www.chinaport.gov.cn/ceb",
                 nsmap={"ceb": "http://www.chinaport.gov.cn/ceb"})
GUID = guid_for("CEB603:INV2025030100001:1")
WHEN = "20250302093015123"

KEYS = {
    "CEB304": [("ebpCode", "4417960ABC"), ("ebcCode", "91441702314946805P"),
               ("orderNo", "YJ2025030100001")],
    "CEB404": [("ebcCode", "91441702314946805P"), ("orderNo", "YJ2025030100001"),
               ("payNo", "PAY20250301000001")],
    "CEB506": [("logisticsCode", "4417980XYZ"), ("logisticsNo", "YJX1234567890")],
    "CEB604": [("agentCode", "4417980BRK"), ("copNo", "INV2025030100001"),
               ("preNo", "B20250302000000001"), ("invtNo", "51672025E000000001"),
               ("ebcCode", "91441702314946805P"), ("ebpCode", "4417960ABC"),
               ("orderNo", "YJ2025030100001"), ("statisticsFlag", "B")],
    "CEB702": [("agentCode", "4417980BRK"), ("ebcCode", "91441702314946805P"),
               ("copNo", "SUM202503"), ("preNo", "B20250302000000002"),
               ("sumNo", "516720250000000001"), ("msgSeqNo", "1")],
    "CEB312": [("ebpCode", "4417960ABC"), ("ebcCode", "91441702314946805P"),
               ("orderNo", "IM2025030100001")],
    "CEB412": [("payCode", "312226T001"), ("payTransactionId", "PAYTX0001")],
    "CEB512": [("logisticsCode", "4417980XYZ"), ("logisticsNo", "IMX0000000001")],
    "CEB622": [("customsCode", "5167"), ("copNo", "IMINV0001"),
               ("preNo", "B20250302000000003"), ("invtNo", "516720251000000001")],
}
NODES = {"CEB304": "OrderReturn", "CEB404": "ReceiptsReturn", "CEB506": "LogisticsReturn",
         "CEB604": "InventoryReturn", "CEB702": "SummaryReturn", "CEB312": "OrderReturn",
         "CEB412": "PaymentReturn", "CEB512": "LogisticsReturn", "CEB622": "InventoryReturn"}


def receipt_xml(message_type, status="120", info="入库成功", count=1) -> bytes:
    def node():
        children = [E.guid(GUID)] + [getattr(E, k)(v) for k, v in KEYS[message_type]]
        children += [E.returnStatus(status), E.returnTime(WHEN), E.returnInfo(info)]
        return getattr(E, NODES[message_type])(*children)

    root = getattr(E, f"{message_type}Message")(*[node() for _ in range(count)],
                                                guid=guid_for(f"receipt:{message_type}"),
                                                version="1.0")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


@pytest.mark.parametrize("message_type", list(KEYS))
def test_each_receipt_type_is_read(ceb_xsd, message_type):
    xml = receipt_xml(message_type, status="100", info="订单号重复")
    schema.validate(xml)  # the sample is what customs would send

    receipt = parse_receipt(xml)

    assert receipt.message_type == message_type
    assert receipt.receipt_of == {"304": "CEB303", "404": "CEB403", "506": "CEB505",
                                  "604": "CEB603", "702": "CEB701", "312": "CEB311",
                                  "412": "CEB411", "512": "CEB511",
                                  "622": "CEB621"}[message_type[3:]]
    assert receipt.guid == GUID
    assert receipt.keys == dict(KEYS[message_type])
    assert receipt.return_status == "100"
    assert receipt.return_info == "订单号重复"
    assert receipt.return_time == datetime(2025, 3, 2, 9, 30, 15, 123000, tzinfo=BEIJING)
    assert receipt.decision == "rejected"


@pytest.mark.parametrize(("message_type", "status", "decision"), [
    ("CEB304", "120", "accepted"),  # orders are only stored: final
    ("CEB412", "120", "accepted"),
    ("CEB506", "2", None),
    ("CEB604", "120", None),  # lists go on to review
    ("CEB604", "300", None),
    ("CEB604", "399", "accepted"),
    ("CEB604", "800", "accepted"),
    ("CEB622", "500", None),
    ("CEB622", "501", None),  # detained is not final
    ("CEB622", "700", "rejected"),
    ("CEB622", "899", "accepted"),
    ("CEB622", "-621005", "rejected"),
    ("CEB702", "399", "accepted"),
    ("CEB604", "4", "rejected"),
    ("CEB604", "1", None),
])
def test_status_codes_become_decisions(message_type, status, decision):
    assert parse_receipt(receipt_xml(message_type, status)).decision == decision


def test_receipt_inside_a_dxp_envelope_is_read():
    envelope = wrap(receipt_xml("CEB604", "399", "审结"), message_type="CEB604",
                    cop_msg_id="R1", receiver_id="DXPENT0000012345")

    receipt = parse_receipt(envelope)

    assert (receipt.message_type, receipt.decision) == ("CEB604", "accepted")
    assert receipt.keys["invtNo"] == "51672025E000000001"


def test_several_receipts_in_one_message():
    xml = receipt_xml("CEB506", count=3)

    assert len(parse_receipts(xml)) == 3
    with pytest.raises(CebReceiptError, match="use parse_receipts"):
        parse_receipt(xml)


def test_format_error_is_always_a_rejection_with_its_text(ceb_xsd):
    xml = etree.tostring(E.CEB900Message(
        E.MessageReturn(
            E.guid(GUID), E.returnStatus("-1"),
            E.returnInfo("报文格式错误: Element 'gcode' length"),
            E.returnTime(WHEN), E.oriCopMsgId("X1"), E.oriMessageType("CEB621Message"),
            E.oriBizMessage("PENFQjYyMU1lc3NhZ2U+")),
        guid=guid_for("900"), version="1.0"), xml_declaration=True, encoding="UTF-8")
    schema.validate(xml)

    receipt = parse_receipt(xml)

    assert receipt.message_type == "CEB900"
    assert receipt.receipt_of == "CEB621"
    assert receipt.decision == "rejected"
    assert receipt.return_info == "报文格式错误: Element 'gcode' length"
    assert receipt.keys == {"oriCopMsgId": "X1"}


def tax_slip_xml() -> bytes:
    def item(gnum, gcode, price, duty, vat, consumption):
        return E.TaxListRd(E.gnum(str(gnum)), E.gcode(gcode), E.taxPrice(price),
                           E.customsTax(duty), E.valueAddedTax(vat),
                           E.consumptionTax(consumption))

    head = E.TaxHeadRd(
        E.guid(GUID), E.returnTime(WHEN), E.invtNo("516720251000000001"),
        E.taxNo("5167202510000000010001"), E.customsTax("0"), E.valueAddedTax("11.81"),
        E.consumptionTax("0"), E.status("1"), E.assureCode("4417980BRK"))
    root = E.CEB816Message(
        E.Tax(head, item(1, "2008999000", "73.50", "0", "6.69", "0"),
              item(2, "1605540000", "56.20", "0", "5.12", "0")),
        guid=guid_for("816"), version="1.0")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def test_tax_slip_with_two_items(ceb_xsd):
    xml = tax_slip_xml()
    schema.validate(xml)

    (slip,) = parse_tax_slips(xml)

    assert slip.invt_no == "516720251000000001"
    assert slip.tax_no == "5167202510000000010001"
    assert slip.order_no is None  # the 2022 TaxHeadRd carries none
    assert slip.status == "1"
    assert slip.value_added_tax == Decimal("11.81")
    assert slip.return_time.tzinfo is BEIJING
    assert [(i.gnum, i.gcode, i.tax_price, i.value_added_tax) for i in slip.items] == [
        (1, "2008999000", Decimal("73.50"), Decimal("6.69")),
        (2, "1605540000", Decimal("56.20"), Decimal("5.12")),
    ]


def test_tax_slips_refuse_other_messages():
    with pytest.raises(CebReceiptError, match="not a tax slip"):
        parse_tax_slips(receipt_xml("CEB622"))


@pytest.mark.parametrize(("xml", "reason"), [
    (b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>
<ceb:CEB604Message xmlns:ceb="http://www.chinaport.gov.cn/ceb">&lol2;</ceb:CEB604Message>""",
     "DOCTYPE"),
    (b"""<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://example.com/x.dtd"><x/>""", "DOCTYPE"),
    (b"""<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>""", "DOCTYPE"),
    ("<?xml version='1.0' encoding='UTF-16'?><!DOCTYPE x []><x/>".encode("utf-16"),
     "DOCTYPE"),
    (b"not xml at all", "not well-formed"),
    (b"<a>" + b"x" * (2 * 1024 * 1024) + b"</a>", "larger than"),
    (b"<ceb:CEB999Message xmlns:ceb='http://www.chinaport.gov.cn/ceb'/>", "not a receipt"),
    (b"<other/>", "not a CEB message"),
])
def test_hostile_or_unknown_xml_is_refused(xml, reason):
    with pytest.raises(CebReceiptError, match=reason):
        parse_receipt(xml)


def test_receipt_without_status_or_with_a_bad_time_is_refused():
    with pytest.raises(CebReceiptError, match="returnStatus"):
        parse_receipt(receipt_xml("CEB604").replace(b"<ceb:returnStatus>120</ceb:returnStatus>",
                                                    b""))
    with pytest.raises(CebReceiptError, match="returnTime"):
        parse_receipt(receipt_xml("CEB604").replace(WHEN.encode(), b"2025-03-02"))
