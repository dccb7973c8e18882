"""Use case of the forex reports: submit a day's settlement report to the forex outbox."""

from __future__ import annotations

from datetime import date, timedelta

from django.db import IntegrityError, transaction

from marketplace.outbox import services as outbox
from marketplace.outbox.models import OutboxKind

from . import report
from .models import SettlementReportSubmission

MESSAGE_TYPE = "FX_SETTLEMENT_DAY"


class ReportIncomplete(ValueError):
    """The day has payments the report cannot value (no rate...): nothing is sent."""

    def __init__(self, lines: list[report.SettlementLine]):
        self.lines = lines
        super().__init__(f"{len(lines)} payments cannot be valued")


def idempotency_key(day: date, revision: int) -> str:
    return f"forex:{MESSAGE_TYPE}:{day.isoformat()}:v{revision}"


def submit_day(day: date, *, user=None) -> SettlementReportSubmission:
    """Record the day's settlement report in the forex outbox, once per content.

    Guarantees: an unchanged report is not sent again (the last submission is returned);
    a changed one (a receipt recorded late) is the next revision, with its own key
    ("forex:FX_SETTLEMENT_DAY:<yyyy-mm-dd>:v<n>"); a report with error rows raises
    ReportIncomplete and records nothing. A day without payments is reported too (empty):
    the authority then knows there was nothing, rather than nothing arriving.
    """
    built = report.build(day, day)
    if built.problems:
        raise ReportIncomplete(built.problems)
    digest = built.digest()
    with transaction.atomic():
        last = SettlementReportSubmission.objects.select_for_update().filter(day=day).first()
        if last is not None and last.digest == digest:
            return last
        revision = (last.revision + 1) if last else 1
        message = outbox.record(OutboxKind.FOREX, MESSAGE_TYPE, f"fx-settlement:{day.isoformat()}",
                                {**built.payload(), "revision": revision},
                                idempotency_key=idempotency_key(day, revision))
        try:
            with transaction.atomic():
                return SettlementReportSubmission.objects.create(
                    day=day, revision=revision, digest=digest, payment_count=len(built.lines),
                    fx_total_cny=built.fx_total_cny, outbox_message=message,
                    submitted_by=user if getattr(user, "pk", None) else None)
        except IntegrityError:
            return SettlementReportSubmission.objects.get(day=day, revision=revision)


def yesterday(today: date) -> date:
    return today - timedelta(days=1)
