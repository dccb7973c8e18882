"""Use cases of the tax reports: submit a month's rebate report to the tax outbox, and take
the e-tax slips customs send back for retail imports."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.outbox import services as outbox
from marketplace.outbox.models import OutboxKind

from . import report, slips
from .models import RebateReportSubmission, SlipMatch, SlipStatus, TaxSlipRecord

logger = logging.getLogger(__name__)

MESSAGE_TYPE = "VAT_REBATE_MONTH"


class ReportIncomplete(ValueError):
    """The month has lines the report cannot value (no rate, no HS code...): nothing is sent."""

    def __init__(self, lines: list[report.RebateLine]):
        self.lines = lines
        super().__init__(f"{len(lines)} lines cannot be valued")


def idempotency_key(period: str, revision: int) -> str:
    return f"tax:{MESSAGE_TYPE}:{period}:v{revision}"


def submit_month(year: int, month: int, *, user=None) -> RebateReportSubmission:
    """Record the month's rebate report in the tax outbox, once per content.

    Guarantees: a month whose report has not changed since its last submission is not sent
    again (the last submission is returned); a changed report (a late shipment, a corrected
    rate) is sent as the next revision, with its own idempotency key
    ("tax:VAT_REBATE_MONTH:<yyyy-mm>:v<n>"). A report with error lines raises
    ReportIncomplete and records nothing.
    """
    built = report.build_month(year, month)
    if built.problems:
        raise ReportIncomplete(built.problems)
    digest = built.digest()
    first_day = date(year, month, 1)
    with transaction.atomic():
        last = RebateReportSubmission.objects.select_for_update().filter(month=first_day).first()
        if last is not None and last.digest == digest:
            return last
        revision = (last.revision + 1) if last else 1
        payload = {**built.payload(), "revision": revision}
        message = outbox.record(OutboxKind.TAX, MESSAGE_TYPE, f"vat-rebate:{built.period}", payload,
                                idempotency_key=idempotency_key(built.period, revision))
        try:
            with transaction.atomic():
                return RebateReportSubmission.objects.create(
                    month=first_day, revision=revision, digest=digest, line_count=len(built.lines),
                    fob_cny=built.fob_cny_total, rebate_ceiling_cny=built.rebate_ceiling_total,
                    outbox_message=message, submitted_by=user if getattr(user, "pk", None) else None)
        except IntegrityError:
            # Another submission of the same revision won the race; it recorded the same message.
            return RebateReportSubmission.objects.get(month=first_day, revision=revision)


def previous_month(today: date) -> tuple[int, int]:
    return (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)


# --- retail import tax slips (CEB816) ----------------------------------------------------

def _money(value) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _return_time(value) -> str:
    if isinstance(value, datetime):
        # Customs writes Beijing time, the site's zone: an aware time is shown in it.
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.strftime("%Y%m%d%H%M%S%f")[:17]
    return str(value or "")[:20]


def take_tax_slips(received: Iterable[slips.TaxSlip], *,
                   order_for_inventory: Callable[[str], str | None] | None = None) -> list[TaxSlipRecord]:
    """Store the slips and compare each with the platform's tax for its order, per tax to the fen.

    Idempotent per tax number and status: a slip received again returns the record already
    stored, unchanged. Void slips (status 3) are stored and shown as void, not compared.
    A slip for an order the platform does not know is kept as "unknown order".

    The 2022 slip names the inventory list (invtNo), not always the order: without an order
    number the order is `order_for_inventory(invt_no)` when the caller can tell (the
    declaration that received the list's number), else the order of an earlier slip of the
    same list.
    """
    records = []
    for slip in received:
        status = str(slip.status)
        if status not in SlipStatus.values:
            logger.warning("Tax slip %s has unknown status %r: skipped", slip.tax_no, slip.status)
            continue
        existing = TaxSlipRecord.objects.filter(tax_no=slip.tax_no, status=status).first()
        if existing is not None:
            records.append(existing)
            continue
        invt_no = str(slip.invt_no or "")[:18]
        order_no = str(slip.order_no or "") or _order_of_inventory(invt_no, order_for_inventory)
        record = TaxSlipRecord(
            guid=str(slip.guid)[:36], return_time=_return_time(slip.return_time), invt_no=invt_no,
            tax_no=str(slip.tax_no)[:18], order_no=order_no[:60], status=status,
            customs_tax=_money(slip.customs_tax), value_added_tax=_money(slip.value_added_tax),
            consumption_tax=_money(slip.consumption_tax), items=[slips.item_as_json(item) for item in slip.items])
        _compare(record)
        try:
            with transaction.atomic():
                record.save()
        except IntegrityError:  # the same slip taken at the same time by another worker
            record = TaxSlipRecord.objects.get(tax_no=record.tax_no, status=status)
        records.append(record)
    return records


def _order_of_inventory(invt_no: str, lookup: Callable[[str], str | None] | None) -> str:
    if not invt_no:
        return ""
    if lookup is not None:
        found = lookup(invt_no)
        if found:
            return str(found)
    earlier = TaxSlipRecord.objects.filter(invt_no=invt_no).exclude(order_no="").values_list("order_no", flat=True)
    return earlier.first() or ""


def _compare(record: TaxSlipRecord) -> None:
    if record.status == SlipStatus.VOID:
        record.match = SlipMatch.VOID
        return
    if not record.order_no:
        record.match = SlipMatch.UNKNOWN_ORDER
        record.note = _("The slip names no order and its inventory list %(invt_no)s is not known.") % {
            "invt_no": record.invt_no or "-"}
        return
    try:
        platform = slips.platform_tax(record.order_no)
    except slips.Order.DoesNotExist:
        record.match = SlipMatch.UNKNOWN_ORDER
        return
    except slips.NoPlatformTax as reason:
        record.match, record.note = SlipMatch.NO_PLATFORM_TAX, str(reason)[:500]
        return
    record.platform_customs_tax = platform.customs_tax
    record.platform_value_added_tax = platform.value_added_tax
    record.platform_consumption_tax = platform.consumption_tax
    same = (record.customs_tax, record.value_added_tax, record.consumption_tax) == (
        platform.customs_tax, platform.value_added_tax, platform.consumption_tax)
    record.match = SlipMatch.MATCHED if same else SlipMatch.DIFFERS
