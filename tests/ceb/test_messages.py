"""Every message the library builds is valid against the official 202205 XSDs with good data,
and bad data is stopped by the platform's rules (or, with the rules bypassed, by the XSD)."""

from dataclasses import replace
from decimal import Decimal

import pytest
from lxml import etree

from marketplace.ceb import rules, schema
from marketplace.ceb.builders import build, guid_for, message_type_of, render
from marketplace.ceb.errors import CebInvalid
from tests.ceb import samples as s

GOOD_DOCUMENTS = {
    "CEB303-E": (s.export_order, {"order_type": "E"}),
    "CEB303-B": (s.export_order, {"order_type": "B"}),
    "CEB303-W": (s.export_order, {"order_type": "W"}),
    "CEB403": (s.payment_receipt, {}),
    "CEB505": (s.export_waybill, {}),
    "CEB603-9610": (s.export_inventory, {"trade_mode": "9610"}),
    "CEB603-9710": (s.export_inventory, {"trade_mode": "9710"}),
    "CEB603-9810": (s.export_inventory, {"trade_mode": "9810", "statistics_flag": "A"}),
    "CEB701": (s.summary_apply, {}),
    "CEB311": (s.import_order, {}),
    "CEB411": (s.import_payment, {}),
    "CEB511": (s.import_waybill, {}),
}


def make(case):
    factory, changes = GOOD_DOCUMENTS[case]
    return factory(**changes)


@pytest.mark.parametrize("case", GOOD_DOCUMENTS)
def test_message_with_good_data_is_valid_against_the_official_schema(ceb_xsd, case):
    message = build(make(case), base_transfer=s.TRANSFER, app_time=s.APP_TIME)

    schema.validate(message)
    schema.validate(render(message))  # the bytes as sent, too
    assert message_type_of(message) == case.split("-")[0]


def test_export_order_carries_its_type_lines_and_totals(ceb_xsd):
    xml = render(build(s.export_order("B"), base_transfer=s.TRANSFER, app_time=s.APP_TIME))
    root = etree.fromstring(xml)
    ns = {"ceb": "http://www.chinaport.gov.cn/ceb"}

    assert xml.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert root.tag == "{http://www.chinaport.gov.cn/ceb}CEB303Message"
    assert root.get("version") == "1.0"
    assert root.findtext("ceb:Order/ceb:OrderHead/ceb:orderType", namespaces=ns) == "B"
    assert root.findtext("ceb:Order/ceb:OrderHead/ceb:goodsValue", namespaces=ns) == "146.50"
    assert root.findtext("ceb:Order/ceb:OrderHead/ceb:appTime", namespaces=ns) == "20250301103000"
    assert [e.text for e in root.findall("ceb:Order/ceb:OrderList/ceb:gnum", ns)] == ["1", "2", "3"]
    assert root.findtext("ceb:BaseTransfer/ceb:dxpMode", namespaces=ns) == "DXP"


def test_inventory_names_the_trade_mode_and_export_flag(ceb_xsd):
    root = build(s.export_inventory("9810"), base_transfer=s.TRANSFER)
    ns = {"ceb": "http://www.chinaport.gov.cn/ceb"}

    assert root.findtext("ceb:Inventory/ceb:InventoryHead/ceb:tradeMode", namespaces=ns) == "9810"
    assert root.findtext("ceb:Inventory/ceb:InventoryHead/ceb:ieFlag", namespaces=ns) == "E"
    assert root.findtext("ceb:Inventory/ceb:InventoryHead/ceb:POD", namespaces=ns) == "5020"


def test_rebuilding_the_same_document_keeps_its_guid():
    first = build(s.export_inventory(), base_transfer=s.TRANSFER)
    again = build(s.export_inventory(), base_transfer=s.TRANSFER)
    other = build(s.export_inventory(cop_no="INV-OTHER"), base_transfer=s.TRANSFER)

    assert first.get("guid") == again.get("guid") != other.get("guid")
    assert len(first.get("guid")) == 36 and first.get("guid") == first.get("guid").upper()
    assert guid_for("x") == guid_for("x") != guid_for("y")


def test_explicit_guid_is_used_for_root_and_head():
    guid = guid_for("CEB603:INV2025030100001:attempt-2")
    root = build(s.export_inventory(), base_transfer=s.TRANSFER, guid=guid)

    assert root.get("guid") == guid
    assert root.findtext(".//{http://www.chinaport.gov.cn/ceb}guid") == guid


def errors_of(document, **kwargs):
    with pytest.raises(CebInvalid) as caught:
        build(document, base_transfer=kwargs.pop("base_transfer", s.TRANSFER), **kwargs)
    return {error.path: error.message for error in caught.value.errors}


def test_too_long_name_is_refused_by_the_rules():
    document = s.export_order(ebc=s.d.Party("91441702314946805P", "刀" * 101))

    assert errors_of(document) == {"ebc.name": "at most 100 characters (got 101)"}


def test_eight_digit_hs_code_is_refused():
    inventory = s.export_inventory()
    lines = list(inventory.lines)
    lines[1] = replace(lines[1], gcode="82119100")

    errors = errors_of(replace(inventory, lines=lines))

    assert errors == {"lines[1].gcode": "must be exactly 10 characters (got 8)"}


def test_missing_required_field_is_named():
    assert errors_of(s.export_waybill(goods_info="")) == {"goods_info": "is required"}
    assert "logistics_no" in errors_of(s.import_inventory(logistics_no=None))


def test_line_total_must_be_quantity_times_price():
    order = s.export_order()
    lines = list(order.lines)
    lines[0] = replace(lines[0], total_price=Decimal("80.00"))

    errors = errors_of(replace(order, lines=lines, goods_value=Decimal("150.00")))

    assert errors == {"lines[0].total_price": "must be qty × price = 76.5 (got 80.00)"}


def test_goods_value_must_be_the_sum_of_the_lines():
    errors = errors_of(s.export_order(goods_value=Decimal("100")))

    assert errors == {"goods_value": "must be the sum of the lines' total_price = 146.5 "
                                     "(got 100)"}


def test_import_order_paid_amount_must_add_up():
    errors = errors_of(s.import_order(actural_paid=Decimal("150")))

    assert list(errors) == ["actural_paid"]
    assert "goods_value + freight + tax_total − discount = 144.81" in errors["actural_paid"]


def test_import_messages_are_in_yuan_only():
    assert errors_of(s.import_payment(currency="502")) == {
        "currency": "must be one of 142 (got '502')"}


def test_more_than_one_hundred_export_lines_are_refused():
    many = [(f"A{i:03d}", "刀", "8211910000", Decimal("1"), Decimal("1")) for i in range(101)]

    errors = errors_of(s.export_order(lines=many))

    assert errors["lines"] == "at most 100 lines per message (got 101)"


def test_items_are_numbered_without_gaps():
    order = s.export_order()
    lines = [order.lines[0], replace(order.lines[1], gnum=3), replace(order.lines[2], gnum=2)]

    assert "lines[1].gnum" in errors_of(replace(order, lines=lines))


def test_amounts_with_more_than_five_decimals_are_refused():
    errors = errors_of(s.export_waybill(gross_weight=Decimal("2.1234567")))

    assert errors == {"gross_weight": "at most 5 decimal places (got 2.1234567)"}


def test_direct_purchase_import_list_needs_the_transport_details():
    errors = errors_of(s.import_inventory(bill_no=None, voyage_no=None))

    assert set(errors) == {"bill_no", "voyage_no"}


def test_bonded_export_needs_the_zone_warehouse_and_records():
    errors = errors_of(s.export_inventory(trade_mode="1210"))

    assert {"iac", "ems_no", "lines[0].item_record_no"} <= set(errors)


def test_summary_needs_lists_or_a_time_window():
    assert "invt_nos" in errors_of(s.summary_apply(invt_nos=[]))


def test_control_characters_typed_by_users_are_refused():
    assert errors_of(s.export_waybill(goods_info="刀\x00")) == {
        "goods_info": "contains control characters"}


def test_frame_is_checked_too():
    errors = errors_of(s.export_waybill(), guid="not-a-guid", app_type="9",
                       base_transfer=replace(s.TRANSFER, dxp_id="X" * 31))

    assert set(errors) == {"guid", "app_type", "base_transfer.dxp_id"}


def test_errors_read_as_one_list():
    with pytest.raises(CebInvalid) as caught:
        rules.validate(s.export_order(goods_value=Decimal("1"), order_type="X"))

    text = str(caught.value)
    assert text.startswith("2 errors in the CEB message:")
    assert "- order_type: must be one of E, B, W (got 'X')" in text


def test_schema_rejects_what_the_rules_would_have_stopped(ceb_xsd):
    """Bypassing the rules, the official XSD itself still refuses a bad message."""
    inventory = s.export_inventory()
    lines = [replace(inventory.lines[0], gcode="82119100")] + list(inventory.lines[1:])
    message = build(replace(inventory, lines=lines), base_transfer=s.TRANSFER, check=False)

    with pytest.raises(CebInvalid) as caught:
        schema.validate(message)

    (error,) = caught.value.errors
    assert error.path.startswith("line ") and error.path != "line 0"
    assert "gcode" in error.message and "length" in error.message


def test_schema_rejects_a_missing_element(ceb_xsd):
    message = build(s.export_waybill(goods_info=None), base_transfer=s.TRANSFER, check=False)

    with pytest.raises(CebInvalid, match="goodsInfo"):
        schema.validate(message)


def test_unsigned_import_list_is_refused_by_the_schema(ceb_xsd):
    message = build(s.import_inventory(), base_transfer=s.TRANSFER)

    with pytest.raises(CebInvalid, match="Signature"):
        schema.validate(message)


def test_schemas_are_optional(settings):
    settings.MARKETPLACE_CEB_XSD_DIR = None

    assert not schema.schemas_available()
    with pytest.raises(CebInvalid, match="schemas not found"):
        schema.validate(build(s.export_waybill(), base_transfer=s.TRANSFER))


def test_schema_is_compiled_once_per_process(ceb_xsd):
    assert schema.schema_for("export.xsd") is schema.schema_for("export.xsd")


def test_message_type_of_bytes_and_non_ceb_roots():
    assert message_type_of(render(build(s.import_order(), base_transfer=s.TRANSFER))) == "CEB311"
    with pytest.raises(CebInvalid):
        message_type_of(etree.Element("other"))


def test_iso_codes_where_customs_codes_belong_are_refused():
    errors = errors_of(s.export_inventory(country="US", f_currency="USD"))

    assert errors == {"country": "must be exactly 3 characters (got 2)",
                      "f_currency": "must be 3 digits (customs parameter code)"}


def test_lines_share_the_order_currency():
    order = s.export_order()
    lines = [replace(order.lines[0], currency="142")] + list(order.lines[1:])

    assert errors_of(replace(order, lines=lines)) == {
        "lines[0].currency": "must be the order's currency 502"}
