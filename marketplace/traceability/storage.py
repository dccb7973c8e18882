"""Where batch documents (inspection reports, certificates) are kept: outside MEDIA_ROOT.

Like the sellers' filing documents (marketplace/sellers/uploads.py, whose content check
this app reuses), a report may name customers or carry figures a seller keeps to itself,
so it is never served by nginx: views.document_file hands it out after a permission check.
The public trace page shows a document's title and result, never its file.
"""

import os
import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.urls import reverse


def document_upload_to(document, filename):
    # A random folder per upload: names never collide and cannot be guessed from another.
    return f"batch-{document.batch_id}/{uuid.uuid4().hex}/{os.path.basename(filename)}"


class BatchDocumentStorage(FileSystemStorage):
    """Local storage read from settings on every use, so tests never write into var/."""

    def __init__(self):
        super().__init__(location=None, base_url=None)

    @property
    def base_location(self):
        configured = getattr(settings, "MARKETPLACE_TRACE_DOCUMENTS_ROOT", None)
        return str(configured or Path(settings.VAR_DIR) / "private" / "batch-documents")

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        return reverse("traceability_dashboard:document-file", kwargs={"name": name})


def batch_document_storage():
    return BatchDocumentStorage()
