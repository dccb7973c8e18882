"""Bulk product import and export for sellers: the use cases the dashboard and commands call."""

import logging
import os
import tempfile
import threading
from contextlib import contextmanager
from datetime import timedelta
from functools import partial

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from marketplace.sellers.models import Enterprise

from . import rows as sheet
from .examples import EXAMPLES
from .files import format_of, write_rows
from .importer import export_rows, import_file
from .models import ImportJob

logger = logging.getLogger(__name__)
Partner = get_model("partner", "Partner")
Status = ImportJob.Status


# --- who may import for whom -----------------------------------------------------------


def selling_partners():
    """Partners of approved enterprises: the sellers whose products may be imported."""
    return Partner.objects.filter(enterprise__status=Enterprise.Status.APPROVED).order_by("name")


def partners_for(user):
    """The sellers `user` may import for: all of them for staff, else their own."""
    if not user.is_authenticated:
        return Partner.objects.none()
    partners = selling_partners()
    return partners if user.is_staff else partners.filter(users=user)


def seller_by_code(code):
    """The selling partner named by `code`; LookupError with the reason otherwise.

    `code` is the seller's partner code or its storefront slug (the enterprise's slug, the
    last part of /sellers/<slug>/): the two are usually equal, but a partner code taken
    already at approval gets a suffix, and a partner reused at approval keeps its own code.
    """
    code = (code or "").strip()[:140]
    partner = Partner.objects.filter(code=code).select_related("enterprise").first()
    if partner is None:
        enterprise = Enterprise.objects.filter(slug=code).select_related("partner").first()
        if enterprise is None:
            raise LookupError(_("No seller has the code or storefront address “%(code)s”.")
                              % {"code": code})
        if enterprise.partner is None or not enterprise.is_public:
            raise LookupError(
                _("%(name)s is not an approved seller (its filing is %(status)s).")
                % {"name": enterprise.name_en, "status": enterprise.get_status_display()})
        partner = enterprise.partner
    if not selling_partners().filter(pk=partner.pk).exists():
        enterprise = Enterprise.objects.filter(partner=partner).first()
        reason = (_("its filing is %(status)s") % {"status": enterprise.get_status_display()}
                  if enterprise else _("it has no approved enterprise filing"))
        raise LookupError(_("%(name)s is not an approved seller (%(reason)s).")
                          % {"name": partner.name, "reason": reason})
    return partner


# --- template and export -----------------------------------------------------------------


def template_rows(reference=None):
    """(header, rows): every column and one example row per cluster product class."""
    reference = reference or sheet.Reference()
    rows = [{sheet.PRODUCT_CLASS: slug, **example} for slug, example in EXAMPLES.items()
            if slug in reference.classes]
    return reference.columns(), rows


def write_template(target, file_format):
    reference = sheet.Reference()
    header, rows = template_rows(reference)
    write_rows(target, file_format, header, rows, numeric=reference.numeric_columns())


def write_export(target, file_format, partner):
    """The seller's products in the import format: re-importing the file changes nothing.

    Text a spreadsheet would take for a formula is neutralised (see files.neutralise).
    """
    reference = sheet.Reference()
    header, rows = export_rows(partner, reference)
    write_rows(target, file_format, header, rows, numeric=reference.numeric_columns())
    return len(rows)


def write_file(path, writer, *args):
    """Write `path` in the format its extension names (.csv or .xlsx), whole or not at all.

    The file is written beside `path` under a temporary name and renamed over it once
    complete, so a failure leaves what was there before (or nothing), never a truncated
    or empty file.
    """
    path = os.fspath(path)
    file_format = format_of(path)
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=f".{file_format}.part")
    try:
        with os.fdopen(handle, "wb") as target:
            result = writer(target, file_format, *args)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
    return result


# --- import jobs --------------------------------------------------------------------------


class ImportBusy(Exception):
    """The seller already has a file being checked or imported."""


def _refuse_if_busy(partner, *, besides=None):
    # Locks the seller's row first, so two uploads at once cannot both find it idle.
    list(Partner.objects.select_for_update().filter(pk=partner.pk).values_list("pk"))
    running = (ImportJob.objects.filter(partner=partner, status__in=ImportJob.ACTIVE_STATUSES)
               .exclude(pk=getattr(besides, "pk", None)).order_by("created_at").first())
    if running:
        raise ImportBusy(
            _("“%(name)s” is still being checked or imported for this seller; wait until it "
              "has finished, then send this file again.") % {"name": running.original_name})


@transaction.atomic
def start_import(*, partner, user, upload, dry_run):
    """Keep the upload and queue its check (dry run) or import; returns the ImportJob.

    Guarantees: `user` may import for `partner` (PermissionDenied otherwise); a seller
    has one job queued or running at a time (ImportBusy otherwise, nothing kept); the
    file is stored before the task is queued, so a worker finds it; the task runs after
    commit.
    """
    if not partners_for(user).filter(pk=partner.pk).exists():
        raise PermissionDenied
    _refuse_if_busy(partner)
    job = ImportJob(partner=partner, created_by=user, original_name=upload.name[:255],
                    dry_run=dry_run, language=translation.get_language() or "")
    job.file.save(upload.name, upload, save=False)
    job.save()
    _queue(job)
    return job


@transaction.atomic
def confirm_import(job, *, user):
    """Import a checked job's file; refused unless the job waits for confirmation.

    ImportBusy while another of the seller's files is queued or running.
    """
    if not partners_for(user).filter(pk=job.partner_id).exists():
        raise PermissionDenied
    _refuse_if_busy(job.partner, besides=job)
    claimed = ImportJob.objects.filter(pk=job.pk, status=Status.CHECKED).update(
        status=Status.QUEUED, dry_run=False, processed_rows=0)
    if claimed:
        job.refresh_from_db()
        _queue(job)
    return bool(claimed)


# --- sending jobs to the worker -----------------------------------------------------------

_held = threading.local()


def _runs_in_process():
    from . import tasks

    return bool(tasks.run_import_job.app.conf.task_always_eager)


@contextmanager
def jobs_held_until_response():
    """Jobs queued inside are held (given in the list yielded) when Celery runs tasks in
    process; the dashboard views run them once their response has been sent.

    With a broker, a job goes to a worker after commit and the request never parses a
    file. The embedded profile has no broker (CELERY_TASK_ALWAYS_EAGER): `delay` would
    read the whole file inside the upload request, holding it and a server thread for
    as long as the file takes. Running it when the server closes the response instead
    lets the seller's browser follow the redirect to the job page at once and watch the
    progress there, as with a worker; only the server thread stays busy, which is the
    cost of having no worker. A thread of our own was the alternative, but it would
    outlive test transactions and need its own connection handling for nothing a
    production deployment (which has a broker) gains.
    """
    _held.jobs = held = []
    try:
        yield held
    finally:
        _held.jobs = None


def run_held_jobs(job_ids):
    from . import tasks

    for job_id in job_ids:
        tasks.run_import_job.delay(job_id)


def _queue(job):
    from . import tasks

    held = getattr(_held, "jobs", None)
    if held is not None and _runs_in_process():
        held.append(job.pk)
    else:
        transaction.on_commit(partial(tasks.run_import_job.delay, job.pk), robust=True)


def run_job(job_id):
    """Check or import one queued job; a job not queued (already run) is left alone.

    The job's counts, errors, preview and status are saved as it goes, so a page can
    show its progress. Its file is deleted once the job is over.
    """
    claimed = ImportJob.objects.filter(pk=job_id, status=Status.QUEUED).update(
        status=Status.CHECKING, attempts=F("attempts") + 1, updated_at=timezone.now())
    if not claimed:
        return None
    job = ImportJob.objects.select_related("partner", "created_by").get(pk=job_id)
    with translation.override(job.language or None):
        try:
            result = _run(job)
        except Exception:
            logger.exception("Product import %s for partner %s failed", job.pk, job.partner_id)
            job.status = Status.FAILED
            job.message = _("The import stopped on an unexpected problem and nothing was "
                            "imported. The team has been told; try again later.")
            _finish(job)
            return job
    job.total_rows = result.total
    job.processed_rows = result.total
    job.created_count, job.updated_count = result.created, result.updated
    job.unchanged_count = result.unchanged
    job.errors, job.preview = result.errors, result.preview
    if result.errors:
        job.status = Status.REFUSED
        _finish(job)
    elif job.dry_run:
        job.status = Status.CHECKED
        job.save()
    else:
        job.status = Status.DONE
        _finish(job)
    return job


def _run(job):
    def progress(done, total):
        # A plain UPDATE outside the import's transaction, so the progress page sees it.
        ImportJob.objects.filter(pk=job.pk).update(processed_rows=done, total_rows=total,
                                                   updated_at=timezone.now())

    with job.file.open("rb") as handle:
        data = handle.read()
    if not job.dry_run:
        ImportJob.objects.filter(pk=job.pk).update(status=Status.IMPORTING,
                                                   updated_at=timezone.now())
    return import_file(data, format_of(job.file.name), job.partner, user=job.created_by,
                       dry_run=job.dry_run, progress=progress)


#: A job that has not moved for this long lost its worker (progress is written every few
#: hundred rows; writing 10,000 rows takes well under a minute).
STALLED_AFTER = timedelta(minutes=15)


def recover_stalled_jobs(*, now=None):
    """Queue again the jobs whose worker died or whose task was lost; give up after
    MAX_ATTEMPTS. Run by Celery beat. An import writes in one transaction, so a job that
    died mid-way wrote nothing and running it again is safe. Returns (requeued, failed).
    """
    now = now or timezone.now()
    requeued = failed = 0
    stalled = ImportJob.objects.filter(status__in=ImportJob.ACTIVE_STATUSES,
                                       updated_at__lt=now - STALLED_AFTER)
    for job in stalled:
        # Claimed by its status and last progress: a job that moved on meanwhile is left alone.
        still = ImportJob.objects.filter(pk=job.pk, status=job.status, updated_at=job.updated_at)
        if job.attempts >= ImportJob.MAX_ATTEMPTS:
            if still.update(status=Status.FAILED, updated_at=now):
                job.refresh_from_db()
                with translation.override(job.language or None):
                    job.message = _("The import stopped %(count)d times before it finished, and "
                                    "nothing was imported. The team has been told; try again "
                                    "later or send a smaller file.") % {"count": job.attempts}
                logger.error("Product import %s for partner %s gave up after %s attempts",
                             job.pk, job.partner_id, job.attempts)
                _finish(job)
                failed += 1
        elif still.update(status=Status.QUEUED, updated_at=now):
            logger.warning("Product import %s for partner %s stalled (%s); queued again",
                           job.pk, job.partner_id, job.status)
            _queue(job)
            requeued += 1
    return requeued, failed


def _finish(job):
    if job.file:
        job.file.delete(save=False)
    job.finished_at = timezone.now()
    job.save()
