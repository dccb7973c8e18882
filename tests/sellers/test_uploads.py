"""Filing documents are accepted by content and size, and kept out of public media."""

from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from marketplace.sellers.uploads import validate_document_file

from .factories import (
    JPEG_BYTES,
    PDF_BYTES,
    PNG_BYTES,
    DocumentFactory,
    UserFactory,
    pdf,
    reviewer,
)

pytestmark = pytest.mark.django_db


def refusal(upload):
    with pytest.raises(ValidationError) as caught:
        validate_document_file(upload)
    return caught.value


@pytest.mark.parametrize("name, content", [
    ("licence.pdf", PDF_BYTES),
    ("licence.PDF", PDF_BYTES),
    ("scan.jpg", JPEG_BYTES),
    ("scan.jpeg", JPEG_BYTES),
    ("scan.png", PNG_BYTES),
])
def test_pdf_jpeg_and_png_files_are_accepted(name, content):
    validate_document_file(SimpleUploadedFile(name, content))


def test_a_text_file_named_pdf_is_refused_for_its_content():
    error = refusal(SimpleUploadedFile("licence.pdf", b"just some text, not a PDF at all"))
    assert error.code == "document_content"
    assert "named like a PDF file but its content is not PDF" in error.messages[0]


def test_a_png_named_pdf_is_refused():
    assert refusal(SimpleUploadedFile("licence.pdf", PNG_BYTES)).code == "document_content"


@pytest.mark.parametrize("name", ["licence.docx", "licence.exe", "licence", "licence.pdf.html"])
def test_other_file_types_are_refused_by_name(name):
    error = refusal(SimpleUploadedFile(name, PDF_BYTES))
    assert error.code == "document_type"
    assert "Upload a PDF, JPEG or PNG file" in error.messages[0]


def test_a_file_over_the_limit_is_refused_with_both_sizes(settings):
    settings.MARKETPLACE_SELLER_UPLOAD_MAX_BYTES = 1024
    error = refusal(SimpleUploadedFile("licence.pdf", PDF_BYTES + b"0" * 2000))
    assert error.code == "document_size"
    assert "2.0\xa0KB" in error.messages[0] and "1.0\xa0KB" in error.messages[0]


def test_the_default_limit_is_ten_megabytes():
    validate_document_file(SimpleUploadedFile("big.pdf", PDF_BYTES + b"0" * (10 * 2**20 - 100)))
    assert refusal(SimpleUploadedFile("big.pdf", PDF_BYTES + b"0" * 10 * 2**20)).code == (
        "document_size")


def test_documents_are_stored_outside_media_root(settings):
    document = DocumentFactory()
    stored = Path(document.file.path)
    assert stored.is_file()
    assert Path(settings.VAR_DIR) / "private" in stored.parents
    assert Path(settings.MEDIA_ROOT) not in stored.parents


def test_a_document_is_served_to_the_enterprise_users_and_to_nobody_else(client):
    document = DocumentFactory()
    url = document.file.url
    assert url.startswith("/en/sellers/documents/")

    assert client.get(url).status_code == 404  # anonymous
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404  # another user: same answer as no document

    client.force_login(document.enterprise.applicant)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Disposition"].startswith("attachment")


def test_a_document_is_served_to_reviewers(client):
    document = DocumentFactory(file=pdf("export.pdf"))
    client.force_login(reviewer())
    assert client.get(document.file.url).status_code == 200
