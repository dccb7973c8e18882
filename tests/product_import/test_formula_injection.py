"""Exports never hand a spreadsheet a formula, and still import back unchanged."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from oscar.core.loading import get_model

from marketplace.product_import.files import neutralise, unneutralise
from marketplace.product_import.services import write_export

from .conftest import example_rows, run, sheet, typed_csv
from .test_dashboard import seller_user

StockRecord = get_model("partner", "StockRecord")

pytestmark = pytest.mark.django_db

HOSTILE = {
    "sku": "=HYPERLINK(\"http://evil.example\",\"KN\")",
    "title_en": "=1+2",
    "title_fr": "+33 1 23 45 67 89 couteau",
    "title_de": "-2+3+cmd|' /C calc'!A0",
    "title_es": "-1",
    "title_ru": "'=already quoted by hand",
    "title_ja": "牛刀 🔪 «Ёжик» ١٢٣",
    "description_en": "@SUM(1+1)*cmd|' /C calc'!A0\nsecond line " + "long text " * 2000,
    "customisation_notes": "'plain quote stays",
}


def export(partner, file_format):
    target = io.BytesIO()
    write_export(target, file_format, partner)
    return target.getvalue()


def knife(seller):
    return StockRecord.objects.get(partner=seller, partner_sku=HOSTILE["sku"]).product


@pytest.fixture
def hostile(seller):
    _header, rows = example_rows(knives=HOSTILE)
    result = run(seller, sheet(rows))
    assert result.errors == []
    return seller


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_hostile_text_survives_an_export_and_reimport_unchanged(hostile, file_format):
    exported = export(hostile, file_format)

    result = run(hostile, exported, file_format)

    assert result.errors == []
    assert (result.created, result.updated, result.unchanged) == (0, 0, 6)
    product = knife(hostile)
    for column in ("title_en", "title_fr", "title_de", "title_es", "title_ru", "title_ja"):
        assert getattr(product, column) == HOSTILE[column]
    assert product.description_en == HOSTILE["description_en"].strip()
    assert product.customisation_notes == HOSTILE["customisation_notes"]


def test_the_csv_export_quotes_every_formula_like_text(hostile):
    rows = list(csv.DictReader(io.StringIO(export(hostile, "csv").decode("utf-8-sig"))))
    row = next(row for row in rows if row["product_class"] == "knives")

    assert row["sku"] == "'" + HOSTILE["sku"]
    assert row["title_en"] == "'=1+2"
    assert row["title_fr"].startswith("'+")
    assert row["title_de"].startswith("'-")
    assert row["title_es"] == "'-1"  # a title, not a number
    assert row["title_ru"] == "''=already quoted by hand"
    assert row["description_en"].startswith("'@SUM")
    assert row["customisation_notes"] == "'plain quote stays"
    assert row["title_ja"] == HOSTILE["title_ja"]


def test_numbers_in_numeric_columns_are_written_as_they_are(hostile):
    rows = list(csv.DictReader(io.StringIO(export(hostile, "csv").decode("utf-8-sig"))))
    shrimp = next(row for row in rows if row["product_class"] == "seafood")

    assert shrimp["attr:storage_temperature_c"] == "-18"
    assert shrimp["price_cny"] == "46.00"


def test_the_xlsx_export_holds_strings_never_formulas(hostile):
    workbook = load_workbook(io.BytesIO(export(hostile, "xlsx")))
    cells = [cell for row in workbook.active.iter_rows() for cell in row]

    assert not [cell for cell in cells if cell.data_type == "f"]
    values = {cell.value for cell in cells}
    assert "'=1+2" in values and "'" + HOSTILE["sku"] in values
    assert "-18" in values


def test_the_dashboard_export_is_neutralised(client, hostile):
    client.force_login(seller_user(hostile))

    response = client.get(reverse("product_import:import-export"), {"format": "csv"})

    assert b"'=1+2" in response.content
    assert b",=1+2" not in response.content


def test_a_quote_typed_before_a_formula_like_text_is_taken_off_on_import(seller):
    header, rows = example_rows(knives={"title_en": "'=2*3 knife", "title_fr": "'Le couteau"})

    assert run(seller, typed_csv(header, rows)).errors == []

    product = StockRecord.objects.get(partner_sku="EX-KN-8IN-CHEF").product
    assert product.title_en == "=2*3 knife"
    assert product.title_fr == "'Le couteau"  # no formula behind it: the quote is text


@pytest.mark.parametrize("text", ["=A1", "+1", "-x", "@x", "\tx", "\rx", "'=A1", "''+1", "'",
                                  "'x", "x", "", "-1", "'-"])
def test_neutralising_is_undone_exactly(text):
    assert unneutralise(neutralise(text)) == text
    assert unneutralise(neutralise(text, numeric=True)) == text
