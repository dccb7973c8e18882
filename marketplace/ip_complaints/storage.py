"""Where evidence files are kept, and which files are accepted.

Evidence (registration certificates, letters of authority, photos of the goods) names
people and businesses, so it is kept outside MEDIA_ROOT, which is served to anyone
with the URL, and handed out only by the views that check who is asking. An upload is
judged by its content signature as well as its name and size (the checks of
marketplace.sellers.uploads, with this app's own limit).
"""

import os
import uuid
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from marketplace.sellers.uploads import ACCEPTED_TYPES, SIGNATURE_BYTES

from . import conf


def validate_evidence_file(upload):
    """Raise ValidationError unless `upload` is a PDF, JPEG or PNG within the size limit."""
    name = os.path.basename(upload.name or "")
    extension = os.path.splitext(name)[1].lower()
    if extension not in ACCEPTED_TYPES:
        raise ValidationError(
            _("Upload a PDF, JPEG or PNG file; “%(name)s” is none of these."),
            code="evidence_type", params={"name": name})
    limit = conf.evidence_max_bytes()
    if upload.size is None or upload.size > limit:
        raise ValidationError(
            _("“%(name)s” is %(size)s; files may be at most %(limit)s."), code="evidence_size",
            params={"name": name, "size": filesizeformat(upload.size or 0),
                    "limit": filesizeformat(limit)})
    type_name, signatures = ACCEPTED_TYPES[extension]
    upload.seek(0)
    head = upload.read(SIGNATURE_BYTES)
    upload.seek(0)
    if not any(head.startswith(signature) for signature in signatures):
        raise ValidationError(
            _("“%(name)s” is named like a %(type)s file but its content is not %(type)s."),
            code="evidence_content", params={"name": name, "type": type_name})


def evidence_upload_to(evidence, filename):
    # A random folder and name per file: nothing guessable, nothing the sender chose on disk.
    extension = os.path.splitext(filename)[1].lower()
    return f"{uuid.uuid4().hex[:2]}/{uuid.uuid4().hex}{extension}"


class EvidenceStorage(FileSystemStorage):
    """Local storage outside MEDIA_ROOT; the folder is read from settings on every use."""

    def __init__(self):
        super().__init__(location=None, base_url=None)

    @property
    def base_location(self):
        return str(conf.evidence_root() or Path(settings.VAR_DIR) / "private" / "ip-evidence")

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Evidence has no public URL; link to the views that check access.")


def evidence_storage():
    return EvidenceStorage()
