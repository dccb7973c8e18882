"""Files that would cost more than they are worth are refused, before or while they are
read, with the limit named; nothing is written and no file is parsed in the web request."""

import io
import struct
import time
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from oscar.core.loading import get_model

from marketplace.product_import import importer, views
from marketplace.product_import.models import ImportJob

from .conftest import example_rows, run, sheet
from .test_dashboard import job_page, seller_user, upload

Product = get_model("catalogue", "Product")

pytestmark = pytest.mark.django_db
SHEET = "xl/worksheets/sheet1.xml"
MILLION = 1_048_576


def with_sheet_xml(workbook, change):
    """The workbook `workbook` (bytes) with its sheet's XML passed through `change`."""
    source = zipfile.ZipFile(io.BytesIO(workbook))
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in source.infolist():
            data = source.read(member)
            archive.writestr(member, change(data.decode()).encode() if member.filename == SHEET
                             else data)
    return target.getvalue()


def declared_rows(rows):
    """A small workbook whose <dimension> says it holds `rows` rows."""
    def declare(xml):
        return xml.replace("<sheetData", f'<dimension ref="A1:CZ{rows}"/><sheetData', 1)
    return with_sheet_xml(sheet(file_format="xlsx"), declare)


def row_far_down(number):
    """A small workbook with one more row, numbered `number` and nothing in between."""
    def add(xml):
        row = f'<row r="{number}"><c r="A{number}" t="inlineStr"><is><t>X</t></is></c></row>'
        return xml.replace("</sheetData>", f"{row}</sheetData>", 1)
    return with_sheet_xml(sheet(file_format="xlsx"), add)


def declaring_member_size(workbook, size):
    """`workbook` with its zip directory claiming the sheet unpacks to `size` bytes."""
    data = bytearray(workbook)
    start = 0
    while (start := data.find(b"PK\x01\x02", start)) != -1:
        name_length = struct.unpack_from("<H", data, start + 28)[0]
        if data[start + 46:start + 46 + name_length].decode() == SHEET:
            struct.pack_into("<I", data, start + 24, size)  # uncompressed size
        start += 4
    return bytes(data)


def compressed_zeros(size):
    """A zip whose sheet is `size` zero bytes: a real bomb, packed a thousand times."""
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(SHEET, bytes(size))
    return target.getvalue()


def test_a_declared_million_row_sheet_is_refused_before_reading(seller):
    data = declared_rows(MILLION)
    assert len(data) < 20_000

    started = time.perf_counter()
    result = run(seller, data, "xlsx")

    assert time.perf_counter() - started < 1
    assert [error["message"] for error in result.errors] == [
        "The file has more than 10,000 rows; split it into files of at most 10,000 rows."]
    assert Product.objects.count() == 0


def test_a_row_a_million_rows_down_is_refused_without_reading_the_gap(seller):
    started = time.perf_counter()
    result = run(seller, row_far_down(MILLION), "xlsx")

    assert time.perf_counter() - started < 1
    assert "more than 10,000 rows" in result.errors[0]["message"]
    assert Product.objects.count() == 0


def test_a_declared_size_that_understates_the_sheet_loses_no_rows(seller):
    understated = with_sheet_xml(sheet(file_format="xlsx"), lambda xml: xml.replace(
        "<sheetData", '<dimension ref="A1:B2"/><sheetData', 1))

    result = run(seller, understated, "xlsx")

    assert result.errors == []
    assert result.created == 6


def test_the_million_row_sheet_uploaded_on_the_dashboard_is_refused_by_the_job(
        client, seller, django_capture_on_commit_callbacks):
    client.force_login(seller_user(seller))

    upload(client, django_capture_on_commit_callbacks, data=declared_rows(MILLION),
           name="products.xlsx")

    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.REFUSED
    assert "more than 10,000 rows" in job_page(client, job).content.decode()
    assert Product.objects.count() == 0


def test_a_zip_bomb_is_refused_by_the_upload_form_at_once(client, seller,
                                                         django_capture_on_commit_callbacks):
    client.force_login(seller_user(seller))
    bomb = declaring_member_size(sheet(file_format="xlsx"), 3_000_000_000)

    response = upload(client, django_capture_on_commit_callbacks, data=bomb,
                      name="products.xlsx")

    assert response.status_code == 200
    assert "The workbook unpacks to more than 200.0\xa0MB" in response.content.decode()
    assert ImportJob.objects.count() == 0


def test_a_workbook_packed_a_thousand_times_is_refused_as_a_bomb(client, seller,
                                                                django_capture_on_commit_callbacks):
    client.force_login(seller_user(seller))
    bomb = compressed_zeros(20 * 1024 * 1024)
    assert len(bomb) < 50_000

    response = upload(client, django_capture_on_commit_callbacks, data=bomb,
                      name="products.xlsx")

    assert "compressed more than 100 times" in response.content.decode()
    assert ImportJob.objects.count() == 0


def test_a_bomb_given_to_the_command_is_refused_too(seller, tmp_path):
    path = tmp_path / "products.xlsx"
    path.write_bytes(declaring_member_size(sheet(file_format="xlsx"), 3_000_000_000))

    with pytest.raises(CommandError, match="1 error"):
        call_command("import_products", str(path), "--seller", seller.code)

    assert Product.objects.count() == 0


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_a_row_with_too_many_columns_is_refused(seller, settings, file_format):
    settings.MARKETPLACE_IMPORT_MAX_COLUMNS = 80
    header, rows = example_rows()
    wide = [*header, *(f"extra{number}" for number in range(100))]

    result = run(seller, sheet(rows, wide, file_format), file_format)

    assert [error["message"] for error in result.errors] == [
        "Row 1 has more than 80 columns; a product sheet has at most 80."]
    assert Product.objects.count() == 0


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_a_cell_longer_than_the_limit_is_refused_with_its_row_and_column(seller, settings,
                                                                        file_format):
    settings.MARKETPLACE_IMPORT_MAX_CELL_CHARS = 1000
    header, rows = example_rows(seafood={"description_en": "Frozen. " * 200})

    result = run(seller, sheet(rows, header, file_format), file_format)

    assert [error["message"] for error in result.errors] == [
        "Row 5, column description_en holds more than 1,000 characters, the most a cell "
        "may hold."]
    assert Product.objects.count() == 0


def test_a_csv_cell_longer_than_the_csv_reader_takes_is_refused(seller):
    header, rows = example_rows(seafood={"description_en": "x" * 200_000})

    result = run(seller, sheet(rows, header))

    assert "more than 32,767 characters" in result.errors[0]["message"]
    assert Product.objects.count() == 0


def test_a_csv_with_too_many_rows_is_refused_by_the_command(seller, settings, tmp_path):
    settings.MARKETPLACE_IMPORT_MAX_ROWS = 3
    path = tmp_path / "products.csv"
    path.write_bytes(sheet())

    with pytest.raises(CommandError):
        call_command("import_products", str(path), "--seller", seller.code)

    assert Product.objects.count() == 0


def test_the_command_refuses_a_file_too_large_before_reading_it(seller, settings, tmp_path):
    settings.MARKETPLACE_IMPORT_MAX_BYTES = 1000
    path = tmp_path / "products.csv"
    path.write_bytes(sheet())

    with pytest.raises(CommandError, match="files may be at most 1000\xa0bytes"):
        call_command("import_products", str(path), "--seller", seller.code)


def test_the_upload_is_answered_before_the_file_is_read(client, seller, monkeypatch):
    """Celery runs in process here (CELERY_TASK_ALWAYS_EAGER, as in the embedded
    profile); the job must still run after the response, not inside the request."""
    events = []
    read_rows = importer.read_rows
    post = views.ImportUploadView.post

    def reading(*args, **kwargs):
        events.append("file read")
        return read_rows(*args, **kwargs)

    def answering(self, *args, **kwargs):
        response = post(self, *args, **kwargs)
        events.append("response ready")
        return response

    monkeypatch.setattr(importer, "read_rows", reading)
    monkeypatch.setattr(views.ImportUploadView, "post", answering)
    client.force_login(seller_user(seller))
    response = client.post(reverse("product_import:import-upload"),
                           {"file": SimpleUploadedFile("products.csv", sheet())})

    assert response.status_code == 302
    assert events == ["response ready", "file read"]
    assert ImportJob.objects.get().status == ImportJob.Status.DONE
