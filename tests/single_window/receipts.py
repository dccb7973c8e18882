"""Receipts as customs send them, for a guid of ours."""

from lxml import etree
from lxml.builder import ElementMaker

from marketplace.ceb.envelope import wrap

E = ElementMaker(namespace="http://www.chinaport.gov.cn/ceb", nsmap={"ceb": "http://www.chinaport.gov.cn/ceb"})
NODES = {"CEB304": "OrderReturn", "CEB404": "ReceiptsReturn", "CEB506": "LogisticsReturn",
         "CEB604": "InventoryReturn", "CEB702": "SummaryReturn"}
KEYS = {
    "CEB304": [("ebpCode", "4417960AAA"), ("ebcCode", "4417961234"), ("orderNo", "X")],
    "CEB404": [("ebcCode", "4417961234"), ("orderNo", "X"), ("payNo", "P1")],
    "CEB506": [("logisticsCode", "4417960CCC"), ("logisticsNo", "1234567890")],
    "CEB604": [("agentCode", "4417961234"), ("copNo", "X"), ("preNo", "B20250302000000001"),
               ("invtNo", "INVTNO"), ("ebcCode", "4417961234"), ("ebpCode", "4417960AAA"),
               ("orderNo", "X"), ("statisticsFlag", "B")],
    "CEB702": [("agentCode", "4417961234"), ("ebcCode", "4417961234"), ("copNo", "SUM"),
               ("preNo", "B20250302000000002"), ("sumNo", "516720250000000001"), ("msgSeqNo", "1")],
}


def receipt(message_type: str, guid: str, status: str = "120", info: str = "入库成功", *,
            invt_no: str = "67112026E000000001", enveloped: bool = False) -> bytes:
    keys = [(name, invt_no if name == "invtNo" else value) for name, value in KEYS[message_type]]
    node = getattr(E, NODES[message_type])(
        E.guid(guid), *[getattr(E, name)(value) for name, value in keys],
        E.returnStatus(status), E.returnTime("20260302093015123"), E.returnInfo(info))
    root = getattr(E, f"{message_type}Message")(node, guid=f"{guid[:-4]}FFFF", version="1.0")
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    if enveloped:
        return wrap(data, message_type=message_type, cop_msg_id=f"R{guid}"[:36])
    return data
