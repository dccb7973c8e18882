"""The monthly export VAT rebate report: the right figures per line for known orders, in the
page, the CSV and the XLSX (read back), and a missing rate shown as an error, never a zero."""

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from oscar.core.loading import get_model

from marketplace.buyers.models import BuyerCompany
from marketplace.rebates import report
from marketplace.rebates.models import RebateRate
from tests.factories import rate

from .conftest import export_order, logged_in, seller

pytestmark = pytest.mark.django_db

Purchase = get_model("order", "Purchase")


@pytest.fixture
def november(db):
    rate("USD", "CNY", "7.1", on=date(2026, 11, 1), source="PBOC central parity")
    rate("USD", "CNY", "7.2", on=date(2026, 11, 25), source="PBOC central parity")  # after the ship date
    rate("CNY", "EUR", "0.13", on=date(2026, 11, 5), source="BOC")  # used inverted
    knives = seller()
    kitchen = seller("Hailing Kitchenware", "阳江海陵厨具有限公司", "91441702314946813L")
    company = BuyerCompany.objects.create(legal_name="Chicago Knife Supply LLC", country="US")
    n1 = export_order("EX-1", [("Chef knife 8in", "8211920000", "100.00", 10, "piece")], partner=knives,
                      shipped_on=date(2026, 11, 10))
    n1.purchase = Purchase.objects.create(reference="EX", currency="USD", total=Decimal("1000.00"),
                                          payment_method=Purchase.BANK_TRANSFER, company=company)
    n1.save()
    export_order("EX-2", [("Carbon-steel wok", "7323990000", "50.00", 4, "piece"),
                          ("Frozen shrimp", "0306171100", "25.00", 10, "kg")],
                 partner=kitchen, currency="EUR", country="DE", incoterm="CIF", shipped_on=date(2026, 11, 20))
    export_order("EX-3", [("Santoku", "8211920000", "10000", 2, "piece")], partner=knives, currency="JPY",
                 country="JP", shipped_on=date(2026, 11, 15))
    # Not in the report: an import to China, an order shipped in October, one not shipped.
    export_order("IM-1", [("Chef knife", "8211920000", "100.00", 1, "piece")], partner=knives, currency="CNY",
                 country="CN", shipped_on=date(2026, 11, 12))
    export_order("EX-0", [("Chef knife", "8211920000", "100.00", 1, "piece")], partner=knives,
                 shipped_on=date(2026, 10, 31))
    export_order("EX-9", [("Chef knife", "8211920000", "100.00", 1, "piece")], partner=knives)


def test_each_line_is_valued_at_the_rate_and_rebate_rate_of_its_ship_date(november):
    built = report.build_month(2026, 11)
    assert [line.order_number for line in built.lines] == ["EX-1", "EX-3", "EX-2", "EX-2"]
    knife = built.lines[0]
    # DOMAIN.md §5: FOB USD 1,000 × 7.1000 = 7,100.00 CNY × 13 % = 923.00 (a ceiling).
    assert (knife.ship_date, knife.customs_mode, knife.incoterm, knife.hs_code, knife.quantity, knife.unit) == (
        date(2026, 11, 10), "9710", "FOB", "8211920000", 10, "piece")
    assert (knife.seller_name, knife.seller_uscc) == ("阳江十八子刀具有限公司", "91441702314946805P")
    assert (knife.currency, knife.fob, knife.cny_rate, knife.rate_date, knife.rate_source) == (
        "USD", Decimal("1000.00"), Decimal("7.100000"), date(2026, 11, 1), "PBOC central parity")
    assert (knife.fob_cny, knife.vat_rate, knife.rebate_rate, knife.rebate_ceiling) == (
        Decimal("7100.00"), Decimal("0.1300"), Decimal("0.1300"), Decimal("923.00"))
    wok, shrimp = built.lines[2], built.lines[3]
    # EUR through the CNY→EUR row inverted: 1 / 0.13 = 7.692308; freight (CIF) is not in the lines.
    assert (wok.customs_mode, wok.fob, wok.cny_rate, wok.fob_cny, wok.rebate_ceiling) == (
        "9610", Decimal("200.00"), Decimal("7.692308"), Decimal("1538.46"), Decimal("200.00"))
    assert (shrimp.unit, shrimp.fob_cny, shrimp.vat_rate, shrimp.rebate_rate, shrimp.rebate_ceiling) == (
        "kilogram", Decimal("1923.08"), Decimal("0.0900"), Decimal("0.0900"), Decimal("173.08"))
    assert built.fob_cny_total == Decimal("10561.54")
    assert built.rebate_ceiling_total == Decimal("1296.08")


def test_a_missing_rate_is_an_error_line_never_a_zero(november):
    built = report.build_month(2026, 11)
    yen = built.lines[1]
    assert yen.order_number == "EX-3" and not yen.is_complete
    assert yen.fob_cny is None and yen.rebate_ceiling is None
    assert "no JPY→CNY exchange rate on or before 2026-11-15" in yen.as_row()["problems"]
    assert built.totals_row()["problems"] == "1 lines with errors are not in the total"


def test_no_hs_code_or_no_rebate_rate_is_named(db):
    rate("USD", "CNY", "7.1", on=date(2026, 11, 1))
    RebateRate.objects.filter(hs_prefix="3924").delete()  # plastics: no rate in the table
    knives = seller()
    export_order("EX-5", [("Cutting board", "3924100000", "10.00", 1, "piece")], partner=knives,
                 shipped_on=date(2026, 11, 3))
    order = export_order("EX-6", [("Mystery", "8211920000", "10.00", 1, "piece")], partner=knives,
                         shipped_on=date(2026, 11, 4))
    order.lines.get().product.__class__.objects.filter(pk=order.lines.get().product_id).update(hs_code=None)
    problems = [line.as_row()["problems"] for line in report.build_month(2026, 11).lines]
    assert problems == ["no rebate rate for HS 3924100000 on 2026-11-03", "the product has no HS code"]


def test_the_page_shows_the_figures_the_errors_and_the_ceiling_note(november, staff):
    page = logged_in(staff).get("/dashboard/tax/rebates/2026-11/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "923.00" in html and "7,100.00" in html and "1,296.08" in html and "10,561.54" in html
    assert "no JPY→CNY exchange rate on or before 2026-11-15" in html
    assert "It is a ceiling, not the cash refund" in html
    assert "IM-1" not in html and "EX-0" not in html and "EX-9" not in html


def test_the_month_picker_opens_the_month_and_refuses_a_bad_one(november, staff):
    client = logged_in(staff)
    response = client.get("/dashboard/tax/rebates/", {"month": "2026-11"})
    assert response.status_code == 302 and response["Location"] == "/dashboard/tax/rebates/2026-11/"
    assert client.get("/dashboard/tax/rebates/", {"month": "2026-13"}).status_code == 400
    bad = client.get("/dashboard/tax/rebates/2026-13.csv")
    assert bad.status_code == 400 and "There is no month 2026-13" in bad.content.decode()
    assert client.get("/dashboard/tax/rebates/").status_code == 302  # to last month


def test_the_csv_is_utf8_with_bom_and_reads_back_with_the_figures(november, staff):
    response = logged_in(staff).get("/dashboard/tax/rebates/2026-11.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="vat-rebate-2026-11.csv"' in response["Content-Disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    knife = rows[0]
    assert knife["Order number"] == "EX-1" and knife["Seller"] == "阳江十八子刀具有限公司"
    assert knife["Export (ship) date"] == "2026-11-10" and knife["Seller USCC"] == "91441702314946805P"
    assert (knife["FOB value"], knife["CNY per unit"], knife["Rate date"], knife["Rate source"]) == (
        "1000.00", "7.100000", "2026-11-01", "PBOC central parity")
    assert (knife["FOB value (CNY)"], knife["VAT rate"], knife["Rebate rate"], knife["Rebate ceiling (CNY)"]) == (
        "7100.00", "0.1300", "0.1300", "923.00")
    assert rows[1]["Errors"].startswith("no JPY→CNY exchange rate") and rows[1]["FOB value (CNY)"] == ""
    total = rows[-1]
    assert total["Order number"] == "Total (3 lines)"
    assert (total["FOB value (CNY)"], total["Rebate ceiling (CNY)"]) == ("10561.54", "1296.08")


def test_the_xlsx_keeps_numbers_as_numbers_with_a_bold_header_and_totals(november, staff):
    response = logged_in(staff).get("/dashboard/tax/rebates/2026-11.xlsx")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    assert all(cell.font.bold for cell in sheet[1])
    knife = dict(zip(header, [cell.value for cell in sheet[2]], strict=True))
    assert knife["Order number"] == "EX-1" and knife["Seller"] == "阳江十八子刀具有限公司"
    assert knife["Quantity"] == 10 and knife["FOB value"] == 1000
    assert knife["FOB value (CNY)"] == 7100 and knife["Rebate ceiling (CNY)"] == 923
    assert knife["VAT rate"] == pytest.approx(0.13) and knife["Export (ship) date"].date() == date(2026, 11, 10)
    assert isinstance(knife["Rebate ceiling (CNY)"], int | float)
    last = sheet.max_row
    total = dict(zip(header, [cell.value for cell in sheet[last]], strict=True))
    assert total["Order number"] == "Total (3 lines)" and total["Rebate ceiling (CNY)"] == pytest.approx(1296.08)
    assert sheet.cell(row=last, column=1).font.bold
    assert "ceiling" in load_workbook(io.BytesIO(response.content))["Notes"]["A3"].value


def test_a_product_title_that_looks_like_a_formula_stays_text(db, staff):
    rate("USD", "CNY", "7.1", on=date(2026, 11, 1))
    export_order("EX-7", [("=HYPERLINK(\"http://evil\")", "8211920000", "10.00", 1, "piece")],
                 partner=seller(), shipped_on=date(2026, 11, 3))
    client = logged_in(staff)
    text = client.get("/dashboard/tax/rebates/2026-11.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    sheet = load_workbook(io.BytesIO(client.get("/dashboard/tax/rebates/2026-11.xlsx").content)).worksheets[0]
    cell = sheet.cell(row=2, column=8)
    assert cell.value == '=HYPERLINK("http://evil")' and cell.data_type == "s"
