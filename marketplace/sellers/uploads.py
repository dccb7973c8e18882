"""Where filing documents are kept, and which files are accepted.

Business licences and customs certificates are confidential, so they are not kept
under MEDIA_ROOT, which nginx (and Django in the embedded profile) serves to anyone
with the URL. They live in their own folder and are handed out by
views.document_file after a permission check; a document's `.url` points there.

An upload is accepted by its content, not only by its name: a text file renamed
"licence.pdf" is refused because it does not start with the PDF signature.
"""

import os
import uuid
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# Extension -> (what the reader is told the file is, signatures its content may start with)
ACCEPTED_TYPES = {
    ".pdf": ("PDF", (b"%PDF-",)),
    ".jpg": ("JPEG", (b"\xff\xd8\xff",)),
    ".jpeg": ("JPEG", (b"\xff\xd8\xff",)),
    ".png": ("PNG", (b"\x89PNG\r\n\x1a\n",)),
}
SIGNATURE_BYTES = max(len(sig) for _name, sigs in ACCEPTED_TYPES.values() for sig in sigs)


def max_upload_bytes():
    return getattr(settings, "MARKETPLACE_SELLER_UPLOAD_MAX_BYTES", DEFAULT_MAX_BYTES)


def validate_document_file(upload):
    """Raise ValidationError unless `upload` is a PDF, JPEG or PNG within the size limit."""
    # A file already stored was checked when it came in; a lower limit set since then
    # must not block unrelated edits of the same document.
    if getattr(upload, "_committed", False):
        return
    extension = os.path.splitext(upload.name or "")[1].lower()
    if extension not in ACCEPTED_TYPES:
        raise ValidationError(
            _("Upload a PDF, JPEG or PNG file; “%(name)s” is none of these."),
            code="document_type",
            params={"name": os.path.basename(upload.name or "")},
        )
    limit = max_upload_bytes()
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("This file is %(size)s; files may be at most %(limit)s."),
            code="document_size",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    type_name, signatures = ACCEPTED_TYPES[extension]
    upload.seek(0)
    head = upload.read(SIGNATURE_BYTES)
    upload.seek(0)
    if not any(head.startswith(signature) for signature in signatures):
        raise ValidationError(
            _("This file is named like a %(type)s file but its content is not %(type)s. "
              "Please upload the original scan or export."),
            code="document_content",
            params={"type": type_name},
        )


def document_upload_to(document, filename):
    # A random folder per upload: names never collide and cannot be guessed from another.
    return f"enterprise-{document.enterprise_id}/{uuid.uuid4().hex}/{filename}"


class SellerDocumentStorage(FileSystemStorage):
    """Local storage outside MEDIA_ROOT; the folder is read from settings on every use.

    MARKETPLACE_SELLER_DOCUMENTS_ROOT if set, else VAR_DIR/private/seller-documents.
    Read lazily so tests (and a changed setting) never write into the real var/.
    """

    def __init__(self):
        super().__init__(location=None, base_url=None)

    @property
    def base_location(self):
        configured = getattr(settings, "MARKETPLACE_SELLER_DOCUMENTS_ROOT", None)
        return str(configured or Path(settings.VAR_DIR) / "private" / "seller-documents")

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        # The only way to a document is the view that checks who is asking.
        return reverse("sellers:document-file", kwargs={"name": name})


def seller_document_storage():
    return SellerDocumentStorage()
