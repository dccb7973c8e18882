"""Staff load the rebate-rate table from CSV or XLSX: good files add rows, a bad row is named
by its line and nothing is saved, overlapping dates are refused."""

import io
from datetime import date
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from marketplace.rebates.models import RebateRate
from marketplace.rebates.selectors import rebate_rate_for

from .conftest import logged_in

pytestmark = pytest.mark.django_db

URL = "/dashboard/tax/"
HEADER = "hs_prefix,description,vat_rate,rebate_rate,valid_from,valid_to,source\n"


def csv_file(body, name="rates.csv"):
    return SimpleUploadedFile(name, (HEADER + body).encode("utf-8"), content_type="text/csv")


def xlsx_file(rows, name="rates.xlsx"):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER.strip().split(","))
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def upload(staff, upload_file):
    return logged_in(staff).post(URL, {"file": upload_file}, follow=True)


def test_the_demo_rates_of_the_domain_notes_are_in_the_table_marked_demo():
    knife = rebate_rate_for("8211920000", date(2026, 11, 5))
    assert (knife.hs_prefix, knife.vat_rate, knife.rebate_rate) == ("8211", Decimal("0.1300"), Decimal("0.1300"))
    assert "DEMO" in knife.source
    shrimp = rebate_rate_for("0306171100", date(2026, 11, 5))
    assert (shrimp.hs_prefix, shrimp.vat_rate, shrimp.rebate_rate) == ("0306", Decimal("0.0900"), Decimal("0.0900"))
    assert rebate_rate_for("8211920000", date(2019, 3, 31)) is None  # before the 2019 VAT rates


def test_a_good_csv_adds_its_rows_and_the_longest_prefix_wins(staff):
    page = upload(staff, csv_file(
        "821192,Chef knives,13%,9%,2026-01-01,,STA library 2026-01\n"
        "961000,Slates and boards,0.13,0.13,2026-01-01,2026-12-31,STA library 2026-01\n"))
    assert page.status_code == 200
    assert "2 rates added, 0 already in the table." in page.content.decode()
    chef = rebate_rate_for("8211920000", date(2026, 11, 5))
    assert (chef.hs_prefix, chef.rebate_rate, chef.source) == ("821192", Decimal("0.0900"), "STA library 2026-01")
    assert rebate_rate_for("8211910000", date(2026, 11, 5)).hs_prefix == "8211"  # a sibling keeps the heading
    assert rebate_rate_for("9610000000", date(2027, 1, 1)) is None  # ended


def test_the_same_file_twice_changes_nothing(staff):
    body = "821192,Chef knives,13%,9%,2026-01-01,,STA\n"
    upload(staff, csv_file(body))
    page = upload(staff, csv_file(body))
    assert "0 rates added, 1 already in the table." in page.content.decode()
    assert RebateRate.objects.filter(hs_prefix="821192").count() == 1


def test_a_newer_rate_closes_the_open_one_the_day_before(staff):
    page = upload(staff, csv_file("8211,Knives,13%,10%,2026-07-01,,STA notice 2026/7\n"))
    html = page.content.decode()
    assert "HS 8211 from 2019-04-01 now ends on 2026-06-30" in html
    assert rebate_rate_for("8211920000", date(2026, 6, 30)).rebate_rate == Decimal("0.1300")
    assert rebate_rate_for("8211920000", date(2026, 7, 1)).rebate_rate == Decimal("0.1000")


def test_a_bad_row_is_named_by_its_line_and_nothing_is_saved(staff):
    before = RebateRate.objects.count()
    page = upload(staff, csv_file(
        "821192,Chef knives,13%,9%,2026-01-01,,STA\n"
        "821193,Folding knives,abc,9%,2026-01-01,,STA\n"
        "302,Fish,9%,9%,2026-01-01,,STA\n"
        "821194,Other,9%,13%,2026-02-30,,\n"))
    assert page.status_code == 400
    html = page.content.decode()
    assert "Nothing was saved" in html
    assert "Row 3" in html and "vat_rate “abc” is not a rate" in html
    assert "Row 4" in html and "must be 2, 4, 6, 8 or 10 digits" in html
    assert "Row 5" in html and "source is missing" in html and "above the VAT rate" in html
    assert "is not a date" in html
    assert "Row 2" not in html
    assert RebateRate.objects.count() == before


def test_overlapping_dates_in_the_file_are_refused(staff):
    page = upload(staff, csv_file(
        "821192,Chef knives,13%,9%,2026-01-01,2026-06-30,STA\n"
        "821192,Chef knives,13%,13%,2026-06-01,,STA\n"))
    assert page.status_code == 400
    assert "Row 3" in page.content.decode() and "overlaps line 2" in page.content.decode()
    assert not RebateRate.objects.filter(hs_prefix="821192").exists()


def test_overlapping_a_row_already_in_the_table_is_refused(staff):
    # The DEMO 8211 row runs from 2019-04-01 with no end; a row starting earlier overlaps it.
    page = upload(staff, csv_file("8211,Knives,13%,13%,2019-01-01,2019-12-31,old table\n"))
    assert page.status_code == 400
    assert "overlaps the rate already in the table for 2019-04-01 – …" in page.content.decode()
    assert RebateRate.objects.filter(hs_prefix="8211").count() == 1


def test_an_xlsx_with_date_cells_and_percentages_loads(staff):
    page = upload(staff, xlsx_file([
        ["821192", "Chef knives", "13%", 0.09, date(2026, 1, 1), None, "STA xlsx"],
        ["0306", "Crustaceans", 0.09, 0.06, date(2026, 3, 1), None, "STA xlsx"],
    ]))
    assert page.status_code == 200, page.content.decode()
    assert rebate_rate_for("8211920000", date(2026, 2, 1)).rebate_rate == Decimal("0.0900")
    assert rebate_rate_for("0306171100", date(2026, 3, 1)).rebate_rate == Decimal("0.0600")
    assert rebate_rate_for("0306171100", date(2026, 2, 28)).rebate_rate == Decimal("0.0900")  # DEMO, now closed


def test_an_xlsx_bad_row_is_named_by_its_spreadsheet_row(staff):
    page = upload(staff, xlsx_file([
        ["821192", "Chef knives", 0.13, 0.09, date(2026, 1, 1), None, "STA"],
        [302, "Fish typed as a number", 0.09, 0.09, date(2026, 1, 1), None, "STA"],
    ]))
    assert page.status_code == 400
    assert "Row 3" in page.content.decode() and "format it as text" in page.content.decode()
    assert not RebateRate.objects.filter(hs_prefix="821192").exists()


def test_files_that_are_not_rate_tables_are_refused_with_a_reason(staff, settings):
    page = upload(staff, SimpleUploadedFile("rates.pdf", b"%PDF-1.4"))
    assert page.status_code == 400 and "Use a .csv or .xlsx file" in page.content.decode()
    page = upload(staff, SimpleUploadedFile("rates.csv", b"code,rate\n8211,0.13\n"))
    assert page.status_code == 400 and "missing: hs_prefix" in page.content.decode()
    settings.MARKETPLACE_REBATE_RATES_MAX_BYTES = 100
    page = upload(staff, csv_file("821192,Chef knives,13%,9%,2026-01-01,,STA\n" * 3))
    assert page.status_code == 400 and "files may be at most 100" in page.content.decode()
    settings.MARKETPLACE_REBATE_RATES_MAX_BYTES = 10_000
    settings.MARKETPLACE_REBATE_RATES_MAX_ROWS = 2
    page = upload(staff, csv_file("".join(f"8211{n:02d},K,13%,9%,2026-01-01,,STA\n" for n in range(3))))
    assert page.status_code == 400 and "more than 2 rows" in page.content.decode()
