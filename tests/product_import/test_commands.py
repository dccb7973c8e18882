"""manage.py import_products and export_products: files, exit codes and messages."""

import pytest
from django.core.management import CommandError, call_command
from oscar.core.loading import get_model

from marketplace.product_import.files import read_rows

from .conftest import example_rows, sheet

Product = get_model("catalogue", "Product")

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_template_has_a_header_and_an_example_per_class_and_imports(
        seller, tmp_path, capsys, file_format):
    path = tmp_path / f"template.{file_format}"

    call_command("import_products", "--template", str(path))
    header, rows = read_rows(path.read_bytes(), file_format)
    call_command("import_products", str(path), "--seller", seller.code)

    assert header[:3] == ["sku", "product_class", "category"]
    assert "attr:blade_steel" in header
    assert sorted(row["product_class"] for _line, row in rows) == [
        "kitchenware", "knives", "processed-food", "scissors", "seafood", "textiles"]
    assert "6 row(s): 6 created, 0 updated, 0 unchanged." in capsys.readouterr().out
    assert Product.objects.count() == 6


def test_import_reports_progress_on_stderr(seller, tmp_path, capsys):
    path = tmp_path / "products.csv"
    path.write_bytes(sheet())

    call_command("import_products", str(path), "--seller", seller.code)

    assert "checked 6/6 rows (100%)" in capsys.readouterr().err


def test_a_bad_file_exits_with_an_error_and_lists_each_bad_row(seller, tmp_path, capsys):
    path = tmp_path / "products.csv"
    header, rows = example_rows(scissors={"price_cny": "abc"}, seafood={"gtin": "123"})
    path.write_bytes(sheet(rows, header))

    with pytest.raises(CommandError, match=r"2 error\(s\) in .*; nothing was imported"):
        call_command("import_products", str(path), "--seller", seller.code)

    err = capsys.readouterr().err
    assert f"{path}: line 3, price_cny: Enter a number." in err
    assert f"{path}: line 5, gtin: A GTIN has 8, 12, 13 or 14 digits" in err
    assert Product.objects.count() == 0


def test_a_dry_run_says_what_would_change_and_writes_nothing(seller, tmp_path, capsys):
    path = tmp_path / "products.xlsx"
    path.write_bytes(sheet(file_format="xlsx"))

    call_command("import_products", str(path), "--seller", seller.code, "--dry-run")

    assert "Dry run, nothing written: 6 row(s): 6 to create" in capsys.readouterr().out
    assert Product.objects.count() == 0


def test_an_unknown_or_unapproved_seller_is_refused(seller, tmp_path):
    path = tmp_path / "products.csv"
    path.write_bytes(sheet())
    seller.enterprise.status = "suspended"
    seller.enterprise.save()

    with pytest.raises(CommandError, match="No seller has the code"):
        call_command("import_products", str(path), "--seller", "nobody")
    with pytest.raises(CommandError, match="is not an approved seller"):
        call_command("import_products", str(path), "--seller", seller.code)


def test_a_file_of_another_kind_is_refused(seller, tmp_path):
    path = tmp_path / "products.txt"
    path.write_text("sku\n")

    with pytest.raises(CommandError, match="Use a .csv or .xlsx file"):
        call_command("import_products", str(path), "--seller", seller.code)


def test_without_a_file_or_template_the_command_says_what_it_needs(seller):
    with pytest.raises(CommandError, match="Give the FILE to import and --seller CODE"):
        call_command("import_products")


def test_export_writes_the_sellers_products(seller, tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_bytes(sheet())
    call_command("import_products", str(source), "--seller", seller.code)
    path = tmp_path / "out.xlsx"

    call_command("export_products", str(path), "--seller", seller.code)

    assert "6 product(s) written" in capsys.readouterr().out
    _header, rows = read_rows(path.read_bytes(), "xlsx")
    assert len(rows) == 6
