"""Photos and evidence of return cases: checked by content, kept outside MEDIA_ROOT.

Photos of goods show buyers' homes and addresses on parcels: they are not served by the
web server to anyone with a URL but by views.case_file after checking that the reader is
a party of the case or staff. An upload is accepted by what it is, not by its name: its
first bytes must be a JPEG or PNG signature (or PDF for evidence) and Pillow must read it
as an image of that format; the stored name is random, with the extension of the type
found, so a hostile file name never reaches the disk.
"""

import os
import uuid

from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from . import conf

IMAGE_TYPES = {
    # detected type -> (extension, signature, Pillow's format name)
    "image/jpeg": (".jpg", b"\xff\xd8\xff", "JPEG"),
    "image/png": (".png", b"\x89PNG\r\n\x1a\n", "PNG"),
}
PDF = ("application/pdf", ".pdf", b"%PDF-")
NAME_MAX = 120


def detect_type(upload, *, allow_pdf: bool = False) -> str:
    """The checked content type of `upload` ("image/jpeg", "image/png", "application/pdf"),
    or ValidationError for anything else or a file over the size limit."""
    limit = conf.photo_max_bytes()
    name = os.path.basename(upload.name or "")[:NAME_MAX]
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("“%(name)s” is %(size)s; files may be at most %(limit)s."), code="file_size",
            params={"name": name, "size": filesizeformat(upload.size), "limit": filesizeformat(limit)})
    if not upload.size:
        raise ValidationError(_("“%(name)s” is empty."), code="file_empty", params={"name": name})
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if allow_pdf and head.startswith(PDF[2]):
        return PDF[0]
    for content_type, (_extension, signature, pillow_format) in IMAGE_TYPES.items():
        if head.startswith(signature) and _is_image(upload, pillow_format):
            return content_type
    if allow_pdf:
        message = _("“%(name)s” is not a JPEG, PNG or PDF file (judged by its content, not its name).")
    else:
        message = _("“%(name)s” is not a JPEG or PNG photo (judged by its content, not its name).")
    raise ValidationError(message, code="file_type", params={"name": name})


def _is_image(upload, pillow_format: str) -> bool:
    from PIL import Image

    try:
        with Image.open(upload) as image:
            ok = image.format == pillow_format
            image.verify()
    except Exception:  # Pillow raises many kinds for a broken or hostile file
        ok = False
    upload.seek(0)
    return ok


def extension_for(content_type: str) -> str:
    if content_type == PDF[0]:
        return PDF[1]
    return IMAGE_TYPES[content_type][0]


def case_file_upload_to(instance, filename):
    # A random name: never the buyer's, never guessable from another file's.
    extension = os.path.splitext(filename)[1].lower()
    return f"request-{instance.request_id}/{uuid.uuid4().hex}{extension}"


class CaseFileStorage(FileSystemStorage):
    """Local storage outside MEDIA_ROOT, its folder read from settings on every use."""

    def __init__(self):
        super().__init__(location=None, base_url=None)

    @property
    def base_location(self):
        return conf.files_root()

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Case files are served by returns views only, after a permission check")


def case_file_storage():
    return CaseFileStorage()
