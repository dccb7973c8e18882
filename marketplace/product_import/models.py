"""An import of a seller's product file, from upload to the last row written.

The uploaded file is kept in private storage (it holds the seller's prices) until the
job ends, so a worker restart or a confirmation given later loses nothing; it is
deleted when the job is done or refused.
"""

import os
import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportFileStorage(FileSystemStorage):
    """Files outside MEDIA_ROOT, which is served to anyone with the URL.

    MARKETPLACE_IMPORT_FILES_ROOT if set, else VAR_DIR/private/product-imports; read on
    every use so tests never write into the real var/. A Celery worker must see the
    same folder as the web process.
    """

    def __init__(self):
        super().__init__(location=None, base_url=None)

    @property
    def base_location(self):
        configured = getattr(settings, "MARKETPLACE_IMPORT_FILES_ROOT", None)
        return str(configured or Path(settings.VAR_DIR) / "private" / "product-imports")

    @property
    def location(self):
        return os.path.abspath(self.base_location)


def import_file_storage():
    return ImportFileStorage()


def import_upload_to(job, filename):
    # The extension decides the reader; the rest of the seller's name is kept for display only.
    extension = os.path.splitext(filename)[1].lower()
    return f"partner-{job.partner_id}/{uuid.uuid4().hex}{extension}"


class ImportJob(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        CHECKING = "checking", _("Checking rows")
        CHECKED = "checked", _("Checked, waiting for confirmation")
        IMPORTING = "importing", _("Importing")
        DONE = "done", _("Imported")
        REFUSED = "refused", _("Refused: the file has errors, nothing was imported")
        FAILED = "failed", _("Failed: nothing was imported")

    #: The job is over; its file is gone.
    FINAL_STATUSES = (Status.DONE, Status.REFUSED, Status.FAILED)
    #: A worker has it or will take it; a seller has one such job at a time.
    ACTIVE_STATUSES = (Status.QUEUED, Status.CHECKING, Status.IMPORTING)
    #: A job whose worker died is taken up again, this many times in all.
    MAX_ATTEMPTS = 3

    partner = models.ForeignKey("partner.Partner", on_delete=models.CASCADE,
                                related_name="import_jobs", verbose_name=_("seller"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+",
                                   verbose_name=_("uploaded by"))
    file = models.FileField(_("file"), upload_to=import_upload_to, storage=import_file_storage,
                            max_length=255, blank=True)
    original_name = models.CharField(_("file name"), max_length=255)
    #: Only check and preview; the seller confirms before anything is written.
    dry_run = models.BooleanField(_("check first"), default=True)
    #: Messages written by the worker are in the uploader's language.
    language = models.CharField(_("language"), max_length=10, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices,
                              default=Status.QUEUED, db_index=True)
    total_rows = models.PositiveIntegerField(_("rows"), default=0)
    processed_rows = models.PositiveIntegerField(_("rows processed"), default=0)
    created_count = models.PositiveIntegerField(_("created"), default=0)
    updated_count = models.PositiveIntegerField(_("updated"), default=0)
    unchanged_count = models.PositiveIntegerField(_("unchanged"), default=0)
    #: [{"line": 3, "column": "price_cny", "message": "..."}, ...]
    errors = models.JSONField(_("errors"), default=list, blank=True)
    #: The first rows' planned actions: [{"line": 2, "sku": "...", "action": "create"}, ...]
    preview = models.JSONField(_("preview"), default=list, blank=True)
    message = models.TextField(_("message"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    #: Written with every status and progress change: a job that stops moving lost its worker.
    updated_at = models.DateTimeField(_("last progress"), auto_now=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("product import")
        verbose_name_plural = _("product imports")

    def __str__(self):
        return f"{self.original_name} ({self.get_status_display()})"

    @property
    def is_final(self):
        return self.status in self.FINAL_STATUSES

    @property
    def percent(self):
        if not self.total_rows:
            return 100 if self.is_final else 0
        return min(100, self.processed_rows * 100 // self.total_rows)
