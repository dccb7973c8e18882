"""The forex settlement report: card, T/T and cross-border RMB payments, per day and per month,
on the page and in CSV and XLSX, with FX totals per currency that leave CNY out."""

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from marketplace.forex_reports import report

from .conftest import card_purchase, logged_in

pytestmark = pytest.mark.django_db

D = Decimal


def test_the_days_payments_with_their_cny_equivalents_channels_and_codes(payments):
    built = report.build(date(2026, 11, 20), date(2026, 11, 20))
    rows = {line.reference: line for line in built.lines}
    assert sorted(rows) == ["BT-1 / FT1", "P100", "P200"]  # the failed card payment is not money received
    card = rows["P100"]
    assert (card.received_on, card.orders, card.payer_name, card.payer_country) == (
        date(2026, 11, 20), "P100-1", "Ann Buyer", "US")
    assert (card.currency, card.amount, card.cny_rate, card.rate_date, card.rate_source, card.amount_cny) == (
        "USD", D("1000.00"), D("7.100000"), date(2026, 11, 1), "PBOC central parity", D("7100.00"))
    assert (card.trade_mode, card.channel, card.bop_code, card.category) == ("9610", "card", "122030", "fx")
    tt = rows["BT-1 / FT1"]
    assert (tt.payer_name, tt.payer_country, tt.trade_mode, tt.bop_code) == (
        "Cocina Bonita S.L.", "ES", "9710", "121010")
    assert (tt.cny_rate, tt.amount_cny) == (D("7.692308"), D("2307.69"))  # 1 / 0.13, the BOC row inverted
    rmb = rows["P200"]
    assert (rmb.currency, rmb.payer_country, rmb.category, rmb.amount_cny) == (
        "CNY", "HK", "cross_border_rmb", D("500.00"))
    assert [(total.currency, total.count, total.amount, total.amount_cny) for total in built.fx_totals] == [
        ("EUR", 1, D("300.00"), D("2307.69")), ("USD", 1, D("1000.00"), D("7100.00"))]
    assert built.fx_total_cny == D("9407.69")  # the yuan payment is not in it
    assert (built.cross_border_rmb_total.count, built.cross_border_rmb_total.amount) == (1, D("500.00"))


def test_the_month_adds_the_other_days(payments):
    built = report.build(date(2026, 11, 1), date(2026, 11, 30))
    assert [line.reference for line in built.lines][-1] == "BT-2 / FT2"
    assert [(total.currency, total.count, total.amount) for total in built.fx_totals] == [
        ("EUR", 1, D("300.00")), ("USD", 2, D("1200.00"))]
    assert built.fx_total_cny == D("10827.69")


def test_a_missing_rate_is_an_error_row_left_out_of_the_totals(payments):
    card_purchase("P400", currency="JPY", amount="15000", country="JP", paid_on=date(2026, 11, 22),
                  partner=payments)
    built = report.build(date(2026, 11, 22), date(2026, 11, 22))
    [yen] = built.lines
    assert yen.amount_cny is None and "no JPY→CNY exchange rate on or before 2026-11-22" in yen.as_row()["problems"]
    assert built.fx_totals == [] and built.fx_total_cny == D("0.00")
    assert built.totals_rows()[-1]["reference"] == "1 payments with errors are not in the totals"


def test_a_yuan_payment_from_china_is_domestic_not_cross_border(payments):
    card_purchase("P500", currency="CNY", amount="100.00", country="CN", paid_on=date(2026, 11, 23),
                  partner=payments)
    built = report.build(date(2026, 11, 23), date(2026, 11, 23))
    assert built.lines[0].category == "domestic_cny"
    assert built.cross_border_rmb_total.count == 0 and built.domestic_cny_total.amount == D("100.00")


def test_the_day_page_flags_cross_border_rmb_and_shows_the_totals(payments, staff):
    page = logged_in(staff).get("/dashboard/forex/2026-11-20/")
    assert page.status_code == 200
    html = page.content.decode()
    for text in ("Cross-border RMB", "Card via payment gateway", "Bank transfer (T/T)", "122030", "121010",
                 "7,100.00", "2,307.69", "9,407.69", "FX total USD (1 payments)",
                 "Cross-border RMB, not FX (1 payments)"):
        assert text in html, text
    assert "P300" not in html and "BT-2" not in html


def test_the_month_page_and_the_picker(payments, staff):
    client = logged_in(staff)
    assert "BT-2" in client.get("/dashboard/forex/2026-11/").content.decode()
    assert client.get("/dashboard/forex/", {"day": "2026-11-20"})["Location"] == "/dashboard/forex/2026-11-20/"
    assert client.get("/dashboard/forex/", {"month": "2026-11"})["Location"] == "/dashboard/forex/2026-11/"
    assert client.get("/dashboard/forex/", {"day": "20/11/2026"}).status_code == 400
    bad = client.get("/dashboard/forex/2026-02-30.csv")
    assert bad.status_code == 400 and "There is no day or month 2026-02-30" in bad.content.decode()
    assert client.get("/dashboard/forex/2026-13/").status_code == 400


def test_the_day_csv_reads_back_with_bom_rows_and_totals(payments, staff):
    response = logged_in(staff).get("/dashboard/forex/2026-11-20.csv")
    assert response.status_code == 200 and response.content.startswith(b"\xef\xbb\xbf")
    assert 'filename="fx-settlement-2026-11-20.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    by_reference = {row["Payment reference"]: row for row in rows}
    assert by_reference["P100"]["CNY equivalent"] == "7100.00"
    assert by_reference["P100"]["BOP code [P]"] == "122030"
    assert by_reference["P200"]["Settlement type"] == "Cross-border RMB"
    assert by_reference["FX total in CNY"]["CNY equivalent"] == "9407.69"
    assert by_reference["Cross-border RMB, not FX (1 payments)"]["Amount"] == "500.00"


def test_the_month_xlsx_has_numbers_and_bold_totals(payments, staff):
    response = logged_in(staff).get("/dashboard/forex/2026-11.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    assert sheet["A1"].font.bold
    rows = [dict(zip(header, [cell.value for cell in row], strict=True)) for row in sheet.iter_rows(min_row=2)]
    card = next(row for row in rows if row["Payment reference"] == "P100")
    assert card["Amount"] == 1000 and card["CNY equivalent"] == 7100 and card["Date received"].date() == date(
        2026, 11, 20)
    total = next(row for row in rows if row["Payment reference"] == "FX total in CNY")
    assert total["CNY equivalent"] == pytest.approx(10827.69)
    assert sheet.cell(row=sheet.max_row, column=1).font.bold


def test_the_day_xlsx_download(payments, staff):
    response = logged_in(staff).get("/dashboard/forex/2026-11-20.xlsx")
    assert response.status_code == 200
    assert 'filename="fx-settlement-2026-11-20.xlsx"' in response["Content-Disposition"]
