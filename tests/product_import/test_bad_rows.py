"""Every bad row is reported with its line, column and reason, and nothing is imported."""

from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from oscar.core.loading import get_model

from .conftest import example_rows, run, sheet

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

pytestmark = pytest.mark.django_db

# (class of the row changed, {column: value}, column reported, part of the reason)
BAD_ROWS = [
    ("scissors", {"hs_code": "9999999999"}, "hs_code",
     "HS code 9999999999 is not in the HS table"),
    ("scissors", {"hs_code": "82130"}, "hs_code", "10"),
    ("scissors", {"gtin": "6901234567022"}, "gtin", "wrong check digit"),
    ("scissors", {"attr:use": "cooking"}, "attr:use", "Unknown value “cooking”"),
    ("scissors", {"price_cny": "cheap"}, "price_cny", "Enter a number."),
    ("scissors", {"price_cny": ""}, "price_cny", "must not be empty"),
    ("scissors", {"price_tiers": "1200:15.90|2400:17.00"}, "price_tiers",
     "2400 units cannot cost more per unit (17.00) than 1200 units (15.90)"),
    ("scissors", {"price_tiers": "100:15.00"}, "price_tiers",
     "must start above the minimum order of 240 units"),
    ("scissors", {"price_tiers": "lots"}, "price_tiers", "is not a quantity break"),
    ("scissors", {"incoterms": "FOB"}, "incoterms", "FOB is a sea term: name the port."),
    ("scissors", {"incoterms": "XYZ"}, "incoterms", "XYZ"),
    ("scissors", {"category": "Knives & Scissors > Swords"}, "category",
     "Unknown category “Knives & Scissors > Swords”"),
    ("scissors", {"product_class": "hardware"}, "product_class", "Unknown product class"),
    ("scissors", {"certifications": "UL-99"}, "certifications", "Unknown certification “UL-99”"),
    ("scissors", {"oem_available": "maybe"}, "oem_available", "Write yes or no"),
    ("scissors", {"attr:length_mm": "ten"}, "attr:length_mm", "not a whole number"),
    ("scissors", {"attr:species": "Shrimp"}, "attr:species", "have no attribute species"),
    ("scissors", {"title_en": "", "title_zh_hans": ""}, "title_en", "English or Chinese"),
    ("scissors", {"gross_weight_kg": "0.100"}, "gross_weight_kg",
     "cannot be less than the net weight"),
    ("scissors", {"sample_limit": "5"}, "sample_price_cny", "Give a sample price"),
    ("scissors", {"unit_of_measure": "bucket"}, "unit_of_measure", "Select a valid choice"),
    ("scissors", {"moq": "0"}, "moq", "greater than or equal to 1"),
    # Amounts and quantities a basket could not hold (the partner app's shared rules).
    ("scissors", {"price_cny": "-1"}, "price_cny", "A price must be more than zero."),
    ("scissors", {"price_cny": "0"}, "price_cny", "A price must be more than zero."),
    ("scissors", {"price_cny": "1000000.01"}, "price_cny", "A unit price may be at most"),
    ("knives", {"sample_price_cny": "0"}, "sample_price_cny", "A price must be more than zero."),
    ("knives", {"sample_price_cny": "-5"}, "sample_price_cny", "must be more than zero"),
    ("scissors", {"price_tiers": "1200:-1"}, "price_tiers", "1200:-1"),
    ("scissors", {"moq": "2000000", "price_tiers": ""}, "moq", "A quantity may be at most"),
    ("knives", {"sample_limit": "2000000"}, "sample_limit", "A quantity may be at most"),
    ("scissors", {"price_tiers": "2000000:15.00"}, "price_tiers",
     "2000000:15.00: A quantity may be at most"),
    ("knives", {"attr:blade_length_mm": ""}, "attr:blade_length_mm",
     "Knives products need this attribute."),
    ("scissors", {"sku": ""}, "sku", "The SKU is empty"),
    ("scissors", {"sku": "EX-KN-8IN-CHEF"}, "sku",
     "SKU EX-KN-8IN-CHEF appears again (first on line 2)"),
]


@pytest.fixture
def existing(seller):
    """The seller's stock before the bad file: the template's products, imported once."""
    assert run(seller, sheet()).errors == []
    return stock(seller)


def stock(partner):
    return dict(StockRecord.objects.filter(partner=partner).values_list(
        "partner_sku", "num_in_stock"))


def changed_sheet(product_class, changes, file_format="csv"):
    """The template with one class's row made bad and every row's stock changed."""
    header, rows = example_rows(**{product_class: changes})
    for row in rows:
        row["num_in_stock"] = "7"
    return sheet(rows, header, file_format)


@pytest.mark.parametrize(("product_class", "changes", "column", "reason"), BAD_ROWS)
def test_a_bad_row_is_reported_and_nothing_is_imported(seller, existing, product_class,
                                                      changes, column, reason):
    line = {"knives": 2, "scissors": 3}[product_class]

    result = run(seller, changed_sheet(product_class, changes))

    assert result.written is False
    assert any(error["line"] == line and error["column"] == column
               and reason in error["message"] for error in result.errors), result.errors
    # Every row changed its stock; none of that was written.
    assert stock(seller) == existing


def test_errors_in_several_rows_are_all_reported(seller):
    _header, rows = example_rows(scissors={"price_cny": "x"}, seafood={"hs_code": "1"},
                                 textiles={"attr:colours": "navy|purple"})

    result = run(seller, sheet(rows))

    assert [(e["line"], e["column"]) for e in result.errors] == [
        (3, "price_cny"), (5, "hs_code"), (7, "attr:colours")]
    assert Product.objects.count() == 0


def test_a_prohibited_hs_code_is_refused(seller):
    _header, rows = example_rows(knives={"hs_code": "9307000000"})

    result = run(seller, sheet(rows))

    assert result.errors and all(e["line"] == 2 for e in result.errors)
    assert Product.objects.count() == 0


def test_bad_rows_in_an_xlsx_file_are_reported_by_spreadsheet_row(seller):
    _header, rows = example_rows(kitchenware={"attr:capacity_litres": "big"})

    result = run(seller, sheet(rows, file_format="xlsx"), "xlsx")

    assert [(e["line"], e["column"]) for e in result.errors] == [(4, "attr:capacity_litres")]


def test_an_unknown_column_is_reported_on_the_header_line(seller):
    header, rows = example_rows()

    result = run(seller, sheet(rows, [*header, "colour"]))

    assert result.errors[0]["line"] == 1
    assert result.errors[0]["column"] == "colour"
    assert Product.objects.count() == 0


def test_a_file_without_the_sku_column_is_refused(seller):
    result = run(seller, sheet([{"title_en": "Knife"}], header=["title_en"]))

    assert [(e["line"], e["column"]) for e in result.errors] == [(1, "sku")]


def test_a_file_that_is_not_a_spreadsheet_is_refused(seller):
    result = run(seller, b"PK\x03\x04 not really a workbook", "xlsx")

    assert "Excel" in result.errors[0]["message"]
    assert Product.objects.count() == 0


def test_a_quoted_cell_over_several_lines_keeps_the_line_numbers_right(seller):
    header, rows = example_rows(knives={"customisation_notes": "Logo\non the blade"},
                                scissors={"price_cny": "x"})

    result = run(seller, sheet(rows, header))

    assert [(e["line"], e["column"]) for e in result.errors] == [(4, "price_cny")]


def test_a_csv_saved_by_chinese_excel_is_read(seller):
    data = sheet().decode("utf-8-sig").encode("gb18030")

    result = run(seller, data)

    assert result.errors == []
    assert Product.objects.get(title_zh_hans="10寸裁缝剪")


def test_a_file_has_too_many_rows(seller, settings):
    settings.MARKETPLACE_IMPORT_MAX_ROWS = 5

    result = run(seller, sheet())

    assert "at most 5" in result.errors[0]["message"]
    assert Product.objects.count() == 0


def test_a_negative_price_given_to_the_command_names_its_row(seller, tmp_path, capsys):
    path = tmp_path / "products.csv"
    header, rows = example_rows(scissors={"price_cny": "-1"})
    path.write_bytes(sheet(rows, header))

    with pytest.raises(CommandError):
        call_command("import_products", str(path), "--seller", seller.code)

    assert "line 3, price_cny: A price must be more than zero." in capsys.readouterr().err
    assert Product.objects.count() == 0


def test_a_refused_file_leaves_the_products_as_they_were(seller, existing):
    result = run(seller, changed_sheet("scissors", {"price_cny": "x"}))

    assert result.errors
    assert StockRecord.objects.get(partner_sku="EX-KN-8IN-CHEF").price == Decimal("38.50")
    assert stock(seller) == existing
