"""Control characters are refused with their row and column, encodings are told apart,
and the exports still work for products stored before these checks."""

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse
from oscar.core.loading import get_model

from marketplace.product_import.files import control_character, read_rows
from marketplace.product_import.models import ImportJob

from .conftest import example_rows, run, sheet, typed_csv
from .test_dashboard import job_page, seller_user, upload

Product = get_model("catalogue", "Product")

pytestmark = pytest.mark.django_db


CONTROLS = [("\x7f", "U+007F"), ("\x85", "U+0085"), ("\t", "U+0009"), ("\n", "U+000A")]


# An XLSX cannot hold most C0 controls (XML forbids them); a CSV can hold them all.
@pytest.mark.parametrize(("file_format", "char", "name"), [
    *(("csv", char, name) for char, name in [("\x00", "U+0000"), ("\x1b", "U+001B"),
                                             ("\x0b", "U+000B"), *CONTROLS]),
    *(("xlsx", char, name) for char, name in CONTROLS)])
def test_a_control_character_in_a_title_is_refused_with_its_row_and_column(
        seller, char, name, file_format):
    header, rows = example_rows(scissors={"title_en": f"Tailor{char}shears"})

    # Written as a seller's program would: the exports here would replace a C0 control.
    data = typed_csv(header, rows) if file_format == "csv" else sheet(rows, header, "xlsx")

    result = run(seller, data, file_format)

    assert [(e["line"], e["column"]) for e in result.errors] == [(3, "title_en")]
    assert name in result.errors[0]["message"]
    assert Product.objects.count() == 0


def test_a_nul_uploaded_on_the_dashboard_is_refused_and_named(client, seller,
                                                              django_capture_on_commit_callbacks):
    client.force_login(seller_user(seller))
    header, rows = example_rows(scissors={"title_en": "Tailor\x00shears"})

    upload(client, django_capture_on_commit_callbacks, data=typed_csv(header, rows))

    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.REFUSED
    assert job.errors == [{"line": 3, "column": "title_en", "message": (
        "This cell holds the control character U+0000, which is not text; remove it.")}]
    assert "U+0000" in job_page(client, job).content.decode()
    assert Product.objects.count() == 0


def test_a_control_character_in_a_column_name_is_named_not_stored(seller):
    header, rows = example_rows()

    result = run(seller, typed_csv([*header, "bad\x00column"], rows))

    assert result.errors[0]["column"] == "badU+0000column"


def test_tabs_and_line_breaks_are_kept_in_free_text(seller):
    header, rows = example_rows(knives={"description_en": "Blade:\t200 mm\r\nHandle:\tpakkawood",
                                        "customisation_notes": "Logo\non the blade"})

    assert run(seller, sheet(rows, header)).errors == []

    product = Product.objects.get(title_en__startswith="8-inch")
    assert product.description_en == "Blade:\t200 mm\nHandle:\tpakkawood"


def test_a_lone_surrogate_is_a_control_character():
    assert control_character("a\ud800b", multiline=True) == "\ud800"
    assert control_character("Größe 20 cm, 牛刀 🔪", multiline=False) is None


def western_rows():
    """The template's rows with no Chinese (Windows-1252 cannot write it) and accents."""
    header, rows = example_rows(knives={"title_en": "Crème brûlée torch, Größe 20 cm",
                                        "description_en": "Für Köche: Spätzle-Messer"})
    for row in rows:
        for column, value in list(row.items()):
            try:
                value.encode("cp1252")
            except UnicodeEncodeError:
                row[column] = ""
    return header, rows


def test_a_windows_1252_csv_is_read_as_windows_1252(seller):
    header, rows = western_rows()
    data = sheet(rows, header).decode("utf-8-sig").encode("cp1252")
    data.decode("gb18030")  # it would decode as GB18030 too, to mojibake

    result = run(seller, data)

    assert result.errors == []
    product = Product.objects.get(title_en__startswith="Crème")
    assert product.title_en == "Crème brûlée torch, Größe 20 cm"
    assert product.description_en == "Für Köche: Spätzle-Messer"


def test_a_utf16_csv_is_refused_with_its_encoding_named(seller):
    data = sheet().decode("utf-8-sig").encode("utf-16")

    result = run(seller, data)

    assert result.errors[0]["message"] == (
        "The file is UTF-16 text; save it as “CSV UTF-8”.")
    assert Product.objects.count() == 0


@pytest.fixture
def stored_with_nul(seller):
    """A product saved with a NUL before the importer refused them."""
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL text cannot hold a NUL, so no stored row has one")
    run(seller, sheet())
    Product.objects.filter(title_en__startswith="8-inch").update(title_en="Chef\x00knife")
    return seller


def test_the_xlsx_export_of_a_title_with_a_nul_still_downloads(client, stored_with_nul):
    client.force_login(seller_user(stored_with_nul))

    response = client.get(reverse("product_import:import-export"), {"format": "xlsx"})

    assert response.status_code == 200
    _header, rows = read_rows(response.content, "xlsx")
    assert "Chef\ufffdknife" in [row["title_en"] for _line, row in rows]


def test_the_export_command_writes_a_title_with_a_nul(stored_with_nul, tmp_path):
    path = tmp_path / "products.xlsx"

    call_command("export_products", str(path), "--seller", stored_with_nul.code)

    assert len(read_rows(path.read_bytes(), "xlsx")[1]) == 6


def test_a_failed_export_leaves_no_empty_or_partial_file(seller, tmp_path, monkeypatch):
    run(seller, sheet())
    folder = tmp_path / "exports"
    folder.mkdir()
    earlier = folder / "products.xlsx"
    earlier.write_bytes(b"the previous export")

    def broken(*args, **kwargs):
        raise CommandError("the database went away")

    monkeypatch.setattr("marketplace.product_import.services.export_rows", broken)
    for name in ("products.xlsx", "new.csv"):
        with pytest.raises(CommandError):
            call_command("export_products", str(folder / name), "--seller", seller.code)

    assert earlier.read_bytes() == b"the previous export"
    assert [path.name for path in folder.iterdir()] == ["products.xlsx"]
