"""Files attached to RFQs and messages: which are accepted, and where they are kept.

Buyers send drawings and specifications, sellers price lists: they are private to the
two sides, so they are kept outside MEDIA_ROOT (which is served to anyone with the URL)
and handed out by views.attachment_file after checking who asks, as the sellers app does
with filing documents.

A file is accepted by its content: PDF, PNG and JPEG by their signatures, XLSX as a ZIP
archive holding a workbook. Its name must agree with what it is, so that the file opens
in the right program on the other side.
"""

import os
import uuid
import zipfile
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_FILES = 5

PDF, PNG, JPEG, XLSX = "PDF", "PNG", "JPEG", "XLSX"
SIGNATURES = {
    PDF: b"%PDF-",
    PNG: b"\x89PNG\r\n\x1a\n",
    JPEG: b"\xff\xd8\xff",
}
ZIP_SIGNATURE = b"PK\x03\x04"
EXTENSIONS = {
    ".pdf": PDF, ".png": PNG, ".jpg": JPEG, ".jpeg": JPEG, ".xlsx": XLSX,
}
CONTENT_TYPES = {
    PDF: "application/pdf",
    PNG: "image/png",
    JPEG: "image/jpeg",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def max_upload_bytes() -> int:
    return getattr(settings, "MARKETPLACE_RFQ_UPLOAD_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_files() -> int:
    return getattr(settings, "MARKETPLACE_RFQ_MAX_ATTACHMENTS", DEFAULT_MAX_FILES)


def detect_type(upload) -> str | None:
    """PDF, PNG, JPEG or XLSX from the file's content, or None for anything else."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    for kind, signature in SIGNATURES.items():
        if head.startswith(signature):
            return kind
    if head.startswith(ZIP_SIGNATURE):
        # Only the archive's directory is read, nothing is unpacked: a ZIP bomb costs nothing.
        try:
            with zipfile.ZipFile(upload) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        finally:
            upload.seek(0)
        if "[Content_Types].xml" in names and "xl/workbook.xml" in names:
            return XLSX
    return None


def validate_attachment_file(upload) -> None:
    """Raise ValidationError unless `upload` is a PDF, PNG, JPEG or XLSX file within the size limit."""
    if getattr(upload, "_committed", False):
        return  # stored already, checked when it came in
    name = os.path.basename(upload.name or "")
    limit = max_upload_bytes()
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("“%(name)s” is %(size)s; files may be at most %(limit)s."),
            code="attachment_size",
            params={"name": name, "size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    kind = detect_type(upload)
    if kind is None:
        raise ValidationError(
            _("“%(name)s” is not a PDF, PNG, JPEG or Excel (XLSX) file."),
            code="attachment_type", params={"name": name},
        )
    named_as = EXTENSIONS.get(os.path.splitext(name)[1].lower())
    if named_as != kind:
        raise ValidationError(
            _("“%(name)s” holds a %(type)s file but is not named like one; rename it and upload it again."),
            code="attachment_name", params={"name": name, "type": kind},
        )


def safe_file_name(name: str) -> str:
    """A file name fit for storage and for a download header: no path, no odd characters."""
    base = os.path.basename((name or "").replace("\\", "/"))
    stem, extension = os.path.splitext(base)
    try:
        stem = get_valid_filename(stem)[:80]
    except Exception:  # get_valid_filename refuses names left empty ("..", "")
        stem = ""
    return f"{stem or 'attachment'}{extension.lower()[:6]}"


def attachment_upload_to(attachment, filename: str) -> str:
    # A random folder per upload: names never collide and cannot be guessed from another.
    return f"{uuid.uuid4().hex}/{safe_file_name(filename)}"


class AttachmentStorage(FileSystemStorage):
    """Local storage outside MEDIA_ROOT, the folder read from settings on every use.

    MARKETPLACE_RFQ_ATTACHMENTS_ROOT if set, else VAR_DIR/private/rfq-attachments; read
    lazily so tests (which move VAR_DIR) never write into the real var/.
    """

    def __init__(self):
        super().__init__(location=None, base_url=None)

    @property
    def base_location(self):
        configured = getattr(settings, "MARKETPLACE_RFQ_ATTACHMENTS_ROOT", None)
        return str(configured or Path(settings.VAR_DIR) / "private" / "rfq-attachments")

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        # The only way to a file is the view that checks who is asking.
        return reverse("rfq:attachment", kwargs={"name": name})


def attachment_storage():
    return AttachmentStorage()
