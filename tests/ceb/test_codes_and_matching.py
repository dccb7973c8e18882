"""Customs code tables and the import three-document match."""

from dataclasses import replace
from decimal import Decimal

import pytest

from marketplace.buyers.countries import shipping_country_codes
from marketplace.ceb import codes
from marketplace.ceb.errors import CebDataError
from marketplace.ceb.matching import match_import_documents
from tests.ceb import samples as s


@pytest.mark.parametrize(("iso", "customs"), [
    ("CN", "142"), ("US", "502"), ("GB", "303"), ("DE", "304"), ("JP", "116"), ("HK", "110"),
    ("KR", "133"), ("RU", "344"), ("AE", "138"), ("VN", "141"), ("KZ", "145"), ("RS", "358"),
    ("AU", "601"), ("CA", "501"), ("FR", "305"), ("SG", "132"), ("gb", "303"),
])
def test_country_codes(iso, customs):
    assert codes.country_code(iso) == customs


def test_every_country_the_platform_ships_to_has_a_customs_code():
    assert all(len(codes.country_code(code)) == 3 for code in shipping_country_codes())


def test_unknown_country_is_a_clear_error():
    with pytest.raises(CebDataError, match="No customs country code for 'XX'"):
        codes.country_code("XX")


def test_every_currency_the_platform_shows_has_a_customs_code(settings):
    expected = {"CNY": "142", "USD": "502", "EUR": "300", "GBP": "303", "JPY": "116",
                "HKD": "110", "KRW": "133"}
    for iso, customs in expected.items():
        assert codes.currency_code(iso) == customs
    for iso in settings.MARKETPLACE_DISPLAY_CURRENCIES:
        assert len(codes.currency_code(iso)) == 3
    with pytest.raises(CebDataError, match="'XYZ'"):
        codes.currency_code("XYZ")


@pytest.mark.parametrize(("unit", "customs"), [
    ("007", "007"), ("件", "011"), ("千克", "035"), ("kg", "035"), ("pcs", "011"),
    ("set", "006"), ("pair", "025"), ("把", "016"),
])
def test_units(unit, customs):
    assert codes.unit_code(unit) == customs


def test_transport_and_packing_codes():
    assert codes.transport_mode_code("air") == "5"
    assert codes.transport_mode_code("2") == "2"
    assert codes.wrap_type_code("carton") == "2"
    assert codes.wrap_type_code("纸箱") == "2"
    for call, value in ((codes.unit_code, "furlong"), (codes.transport_mode_code, "teleport"),
                        (codes.wrap_type_code, "sack of holding")):
        with pytest.raises(CebDataError, match=repr(value)):
            call(value)


def test_order_payment_and_waybill_that_agree_have_no_mismatch():
    assert match_import_documents(s.import_order(), s.import_payment(), s.import_waybill()) == []


def test_every_disagreement_is_reported():
    payment = s.import_payment(amount_paid=Decimal("1.00"), payer_name="李四",
                               payer_id_number="441702199001011241")
    waybill = s.import_waybill(order_no="OTHER", consignee_address="北京市")

    mismatches = match_import_documents(s.import_order(), payment, waybill)

    assert [m.field for m in mismatches] == [
        "orderNo", "acturalPaid/amountPaid", "buyerIdNumber/payerIdNumber",
        "buyerName/payerName", "consigneeAddress"]
    assert str(mismatches[1]) == "The order says 144.81 was paid, the payment 1.00."
    assert mismatches[0].documents == ("CEB311", "CEB511")


def test_amounts_compare_by_value_not_by_spelling():
    order = s.import_order()
    payment = replace(s.import_payment(), amount_paid=order.actural_paid.quantize(
        Decimal("0.00001")))

    assert match_import_documents(order, payment, s.import_waybill()) == []
