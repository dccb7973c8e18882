"""The operations that change batches, their documents, allocations and scan counts."""

from __future__ import annotations

import re
from functools import partial

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from . import conf, gs1, selectors
from .models import Batch, BatchAllocation, BatchDocument, FailedScanCount, ScanCount
from .signals import inspection_failed

Line = get_model("order", "Line")

COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
#: Cloudflare's codes for "unknown" and "Tor"; ISO's user-assigned "no country".
NO_COUNTRY = frozenset({"XX", "T1", "ZZ"})
BOT_USER_AGENT = re.compile(r"bot|crawl|spider|slurp|preview|facebookexternalhit|curl|wget|"
                            r"python-requests|httpclient|headless", re.IGNORECASE)


class AllocationRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


@transaction.atomic
def save_batch(batch: Batch) -> Batch:
    """Create or change a batch (validated by forms.BatchForm).

    Guarantees: the batch's enterprise is the seller of its product (kept for isolation,
    never taken from the form).
    """
    if batch.enterprise_id is None:
        enterprise = selectors.enterprise_of_product(batch.product)
        if enterprise is None:
            raise ValidationError(_("This product has no seller: it cannot have batches."))
        batch.enterprise = enterprise
    batch.save()
    return batch


@transaction.atomic
def add_document(document: BatchDocument) -> BatchDocument:
    """Record an inspection report or certificate of a batch.

    Guarantees: the file was checked by content (PDF, JPEG or PNG within the size limit,
    forms.BatchDocumentForm) and is stored privately; a failed inspection sends
    signals.inspection_failed(batch=, document=) once the record is committed (the risk
    app raises an alert from it), and never for a record that was rolled back.
    """
    document.save()
    if document.is_failed_inspection:
        transaction.on_commit(partial(inspection_failed.send, sender=BatchDocument,
                                      batch=document.batch, document=document), robust=True)
    return document


@transaction.atomic
def allocate(line, batch: Batch, quantity: int, *, by: AbstractBaseUser) -> BatchAllocation:
    """Record that `quantity` units of order line `line` came from `batch`.

    Guarantees: the batch is of the line's product and seller and on sale; the units
    allocated to the line never exceed its quantity, even when two people allocate at once
    (the line row is locked); one allocation per line and batch, raised by later calls.
    Raises AllocationRefused with a message for the user.
    """
    line = Line.objects.select_for_update(of=("self",)).get(pk=line.pk)
    if quantity < 1:
        raise AllocationRefused(_("Enter a quantity of at least 1."))
    if not selectors.allocatable_batches(line).filter(pk=batch.pk).exists():
        raise AllocationRefused(_("Lot %(lot)s cannot fill this line: only your own batches of "
                                  "this product that are on sale can.") % {"lot": batch.lot_number})
    already = selectors.allocated_quantity(line)
    if already + quantity > line.quantity:
        raise AllocationRefused(_(
            "The line has %(total)s units and %(already)s are allocated already: at most "
            "%(left)s more can be.") % {"total": line.quantity, "already": already,
                                        "left": line.quantity - already})
    allocation, created = BatchAllocation.objects.get_or_create(
        line=line, batch=batch, defaults={"quantity": quantity, "allocated_by": by})
    if not created:
        BatchAllocation.objects.filter(pk=allocation.pk).update(quantity=F("quantity") + quantity,
                                                                allocated_by=by)
        allocation.refresh_from_db()
    return allocation


@transaction.atomic
def remove_allocation(allocation: BatchAllocation) -> None:
    allocation.delete()


# --- scans -----------------------------------------------------------------------------------

def scan_country(request) -> str:
    """The scanner's country from the configured header (two letters), "" if unknown."""
    value = str(request.META.get(conf.country_header(), "")).strip().upper()[:8]
    if not COUNTRY_CODE.match(value) or value in NO_COUNTRY:
        return ""
    return value


def is_bot(request) -> bool:
    if conf.count_bots():
        return False
    agent = request.META.get("HTTP_USER_AGENT", "")
    return bool(BOT_USER_AGENT.search(agent[:500]))


def _increment(model, **key) -> None:
    """count + 1 on the row `key`, created at 1 if missing; safe under concurrent scans."""
    if model.objects.filter(**key).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            model.objects.create(count=1, **key)
    except IntegrityError:
        # Another scan created the row between our UPDATE and INSERT.
        model.objects.filter(**key).update(count=F("count") + 1)


def record_scan(batch: Batch, request) -> bool:
    """Count one opening of `batch`'s trace page (by day and country; bots are left out).

    Returns whether it was counted."""
    if is_bot(request):
        return False
    _increment(ScanCount, batch=batch, day=timezone.localdate(), country=scan_country(request))
    return True


def record_failed_scan(error: gs1.InvalidTraceCode, request, *, gtin: str = "") -> bool:
    """Count one URI that named no genuine batch, by day, country and reason."""
    if is_bot(request):
        return False
    _increment(FailedScanCount, day=timezone.localdate(), country=scan_country(request),
               reason=error.reason,
               gtin=gtin if error.reason == gs1.InvalidTraceCode.UNKNOWN_LOT else "")
    return True
