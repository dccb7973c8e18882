"""An export imports back as "unchanged", and exporting again gives the same file."""

import io

import pytest

from marketplace.product_import.files import read_rows
from marketplace.product_import.services import write_export

from .conftest import example_rows, run, sheet

pytestmark = pytest.mark.django_db


def export(partner, file_format):
    target = io.BytesIO()
    write_export(target, file_format, partner)
    return target.getvalue()


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_an_export_imports_back_unchanged(seller, file_format):
    _header, rows = example_rows(knives={"title_fr": "Couteau de chef", "customisation_notes":
                                         "Logo laser\nsur la lame"})
    assert run(seller, sheet(rows)).errors == []
    exported = export(seller, file_format)

    result = run(seller, exported, file_format)

    assert result.errors == []
    assert (result.created, result.updated, result.unchanged) == (0, 0, 6)
    assert read_rows(export(seller, file_format), file_format) == read_rows(exported, file_format)


def test_the_export_holds_what_was_imported(seller):
    run(seller, sheet())

    header, rows = read_rows(export(seller, "csv"), "csv")

    knife = next(row for line, row in rows if row["sku"] == "EX-KN-8IN-CHEF")
    assert knife["price_tiers"] == "500:36.00|2000:33.50"
    assert knife["incoterms"] == "EXW|FOB Yangjiang Port"
    assert knife["attr:blade_steel"] == "5cr15mov"
    assert knife["category"] == "Knives & Scissors > Kitchen knives"
    assert header == example_rows()[0]


def test_an_export_holds_only_the_sellers_own_products(seller, other_seller):
    run(seller, sheet())

    _header, rows = read_rows(export(other_seller, "csv"), "csv")

    assert rows == []
