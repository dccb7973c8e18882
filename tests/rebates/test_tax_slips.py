"""E-tax slips (CEB816) for retail imports, compared with the tax the platform charged:
matched, differing (both amounts shown), unknown order, void; taken once per tax number and status."""

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

import pytest

from marketplace.cbec_tax.models import CbecPurchase
from marketplace.rebates import services
from marketplace.rebates.models import SlipMatch, TaxSlipRecord

from .conftest import export_order, logged_in, seller

pytestmark = pytest.mark.django_db

D = Decimal


@dataclass
class Item:
    gnum: int
    gcode: str
    tax_price: Decimal
    customs_tax: Decimal
    value_added_tax: Decimal
    consumption_tax: Decimal


@dataclass
class Slip:
    """A test double of marketplace.ceb.receipts.TaxSlip."""

    tax_no: str
    order_no: str | None
    status: str = "1"
    customs_tax: Decimal = D("0.00")
    value_added_tax: Decimal = D("72.80")
    consumption_tax: Decimal = D("0.00")
    guid: str = "4CDE1CFD-EDED-46B1-946C-B8022E42FC94"
    return_time: datetime = datetime(2026, 11, 6, 9, 30, 15, 123000)
    invt_no: str = "51712026I000000001"
    items: list = field(default_factory=lambda: [
        Item(1, "8211100000", D("800.00"), D("0.00"), D("72.80"), D("0.00"))])


@pytest.fixture
def knife_set_import(db):
    """DOMAIN.md §4 example A: knife set 780.00 + freight 20.00 → VAT 104.00 × 70 % = 72.80."""
    order = export_order("IM-1", [("Knife set", "8211100000", "780.00", 1, "set")], partner=seller(),
                         currency="CNY", country="CN", freight_cny="20.00")
    order.lines.update(line_price_cny=D("780.00"), unit_price_cny=D("780.00"))
    CbecPurchase.objects.create(buyer_key="k" * 64, order_number="IM-1", year=2026, customs_value=D("800.00"),
                                ordered_on=date(2026, 11, 5))
    return order


def test_a_slip_with_the_platforms_figures_matches(knife_set_import):
    [record] = services.take_tax_slips([Slip("T1", "IM-1")])
    assert record.match == SlipMatch.MATCHED
    assert (record.platform_customs_tax, record.platform_value_added_tax, record.platform_consumption_tax) == (
        D("0.00"), D("72.80"), D("0.00"))
    assert record.return_time == "20261106093015123"
    assert record.items == [{"gnum": 1, "gcode": "8211100000", "tax_price": "800.00", "customs_tax": "0.00",
                             "value_added_tax": "72.80", "consumption_tax": "0.00"}]


def test_a_slip_one_fen_off_differs_and_keeps_both_amounts(knife_set_import):
    [record] = services.take_tax_slips([Slip("T2", "IM-1", value_added_tax=D("72.81"))])
    assert record.match == SlipMatch.DIFFERS
    assert [(str(label), slip, platform, differs) for label, slip, platform, differs in record.comparisons()][1] == (
        "Import VAT", D("72.81"), D("72.80"), True)


def test_unknown_orders_void_slips_and_orders_without_cbec_record(knife_set_import):
    export_order("EX-1", [("Chef knife", "8211920000", "100.00", 1, "piece")], partner=seller(
        "Other", "阳江其他刀具有限公司", "91441702314946813L"))
    records = services.take_tax_slips([
        Slip("T3", "NO-SUCH-ORDER"), Slip("T4", "IM-1", status="3"), Slip("T5", "EX-1")])
    assert [record.match for record in records] == [
        SlipMatch.UNKNOWN_ORDER, SlipMatch.VOID, SlipMatch.NO_PLATFORM_TAX]
    assert "not recorded as a cross-border retail import" in records[2].note


def test_a_slip_taken_twice_is_stored_once_per_status(knife_set_import):
    services.take_tax_slips([Slip("T1", "IM-1")])
    services.take_tax_slips([Slip("T1", "IM-1"), Slip("T1", "IM-1", status="2")])
    assert sorted(TaxSlipRecord.objects.values_list("tax_no", "status")) == [("T1", "1"), ("T1", "2")]


def test_a_slip_without_order_number_is_found_by_its_inventory_list(knife_set_import):
    services.take_tax_slips([Slip("T1", "IM-1")])
    [summarised] = services.take_tax_slips([Slip("T1", None, status="2")])
    assert (summarised.order_no, summarised.match) == ("IM-1", SlipMatch.MATCHED)
    [other] = services.take_tax_slips([Slip("T9", None, invt_no="51712026I000000099")],
                                      order_for_inventory={"51712026I000000099": "IM-1"}.get)
    assert other.order_no == "IM-1"
    [lost] = services.take_tax_slips([Slip("T8", None, invt_no="51712026I000000098")])
    assert lost.match == SlipMatch.UNKNOWN_ORDER


def test_the_slips_page_shows_each_comparison(knife_set_import, staff):
    services.take_tax_slips([Slip("T1", "IM-1"), Slip("T2", "IM-1", value_added_tax=D("72.81")),
                             Slip("T3", "NO-SUCH-ORDER"), Slip("T4", "IM-1", status="3")])
    client = logged_in(staff)
    html = client.get("/dashboard/tax/slips/").content.decode()
    for text in ("Matches the platform", "Differs from the platform", "Unknown order", "Void", "72.81", "72.80"):
        assert text in html
    differs = client.get("/dashboard/tax/slips/", {"match": "differs"}).content.decode()
    # Slip numbers as the table cell writes them: a bare "T3" can occur in a random nonce.
    assert '">T2<br>' in differs and '">T1<br>' not in differs and '">T3<br>' not in differs


def test_the_ceb_parsers_slip_objects_are_taken_as_they_are(knife_set_import):
    from marketplace.ceb.receipts import TaxSlip, TaxSlipItem

    slip = TaxSlip(guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC94", return_time=datetime(2026, 11, 6, 9, 30),
                   invt_no="51712026I000000001", tax_no="T7", order_no="IM-1", status="1",
                   customs_tax=D("0.00"), value_added_tax=D("72.80"), consumption_tax=D("0.00"),
                   items=[TaxSlipItem(gnum=1, gcode="8211100000", tax_price=D("800.00"), customs_tax=D("0.00"),
                                      value_added_tax=D("72.80"), consumption_tax=D("0.00"))])
    [record] = services.take_tax_slips([slip])
    assert record.match == SlipMatch.MATCHED and record.return_time == "20261106093000000"
