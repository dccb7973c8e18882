"""Risk use cases: signals raise alerts; officers stop sales, recall batches and close alerts.

Guarantees common to every function here:
- each runs in one transaction, and writes an AlertAction (who, when, what) in it;
- the same fact delivered twice (a signal sent again, a task retried) is recorded once;
- e-mails leave through Celery tasks queued after commit, each idempotent;
- the caller's right is checked here (PermissionDenied), not only in the views.
"""

from __future__ import annotations

import logging
from datetime import date
from functools import partial

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.core import sanitize
from marketplace.listing_holds.models import ListingHold
from marketplace.listing_holds.services import lift_hold, place_hold
from marketplace.traceability.models import Batch

from . import levels, selectors
from .models import (
    TEXT_MAX,
    Alert,
    AlertAction,
    Recall,
    RecallDisposal,
    RecallLine,
    RiskSignal,
    SignalSource,
)

Product = get_model("catalogue", "Product")
logger = logging.getLogger(__name__)

MANAGE_PERMISSION = "risk.manage_alerts"
RECALL_PERMISSION = "risk.recall_batches"
WATCH_LIST_PERMISSION = "risk.manage_watch_lists"
ANY_PERMISSION = (MANAGE_PERMISSION, RECALL_PERMISSION, WATCH_LIST_PERMISSION)


class RiskError(Exception):
    """A use case was refused; `message` tells the officer why, in their language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def _allowed(user, permission) -> bool:
    return bool(user and user.is_active and user.is_authenticated
                and (user.is_staff or user.has_perm(permission)))


def can_view(user) -> bool:
    return any(_allowed(user, permission) for permission in ANY_PERMISSION)


def can_manage(user) -> bool:
    return _allowed(user, MANAGE_PERMISSION)


def can_recall(user) -> bool:
    return _allowed(user, RECALL_PERMISSION)


def can_edit_watch_lists(user) -> bool:
    return _allowed(user, WATCH_LIST_PERMISSION)


def _text(value) -> str:
    return sanitize.clean_text(value or "").strip()[:TEXT_MAX]


# --- signals into alerts -------------------------------------------------------------------


def record_signal(product, *, source: str, source_key: str, batch: Batch | None = None,
                  reference: str = "", summary: str = "", reported_by=None,
                  weight: int | None = None, occurred_at=None) -> RiskSignal | None:
    """Count one fact about `product` (or its `batch`) in the open alert for it.

    Guarantees: a fact already recorded under `source_key` changes nothing (returns None);
    otherwise the open alert of the listing (of the batch, when given) takes the signal, or
    a new alert is opened; its level is recomputed by levels.assess and any change logged.
    """
    source = SignalSource(source)
    with transaction.atomic():
        # Locked so two signals about one listing land in one alert.
        product = Product.objects.select_for_update(of=("self",)).get(pk=product.pk)
        if RiskSignal.objects.filter(source_key=source_key[:160]).exists():
            return None
        alert = Alert.objects.open().filter(product=product, batch=batch).first()
        now = timezone.now()
        if alert is None:
            alert = Alert.objects.create(product=product, batch=batch, opened_at=now,
                                         last_signal_at=now)
            AlertAction.objects.create(alert=alert, kind=AlertAction.Kind.OPENED, created_at=now)
        try:
            with transaction.atomic():
                signal = RiskSignal.objects.create(
                    alert=alert, source=source, product=product, batch=batch,
                    weight=levels.weight(source) if weight is None else weight,
                    reference=str(reference or "")[:64], summary=_text(summary),
                    source_key=source_key[:160], reported_by=reported_by,
                    occurred_at=occurred_at or now)
        except IntegrityError:  # the same fact recorded meanwhile by another process
            return None
        AlertAction.objects.create(
            alert=alert, kind=AlertAction.Kind.SIGNAL, created_at=now,
            note=f"{signal.get_source_display()}: {signal.reference}".strip(": "))
        alert.last_signal_at = max(alert.last_signal_at, signal.occurred_at)
        alert.save(update_fields=["last_signal_at"])
        _reassess(alert, product=product)
    return signal


def _reassess(alert: Alert, *, product=None, actor=None) -> bool:
    """Recompute the level of `alert` (in the caller's transaction); True when it changed."""
    product = product or alert.product
    watched = selectors.watch_lists_for(product)
    top = max(watched, key=lambda watch_list: watch_list.base_level, default=None)
    outcome = levels.assess(list(alert.signals.only("weight", "occurred_at")),
                            base_level=top.base_level if top else None)
    changed = outcome.level != alert.level
    if changed and alert.score:  # the first computation is the alert's start, not a change
        AlertAction.objects.create(
            alert=alert, kind=AlertAction.Kind.LEVEL, actor=actor,
            note=f"{alert.get_level_display()} → {Alert(level=outcome.level).get_level_display()}")
    if changed or outcome.score != alert.score or alert.watch_list_id != (top.pk if top else None):
        alert.level, alert.score, alert.watch_list = outcome.level, outcome.score, top
        alert.save(update_fields=["level", "score", "watch_list"])
    return changed


def reassess_open_alerts() -> int:
    """Recompute every open alert (signals age out of the window); returns how many moved."""
    moved = 0
    for pk in Alert.objects.open().values_list("pk", flat=True):
        with transaction.atomic():
            alert = Alert.objects.select_for_update().filter(pk=pk, status=Alert.Status.OPEN).first()
            if alert is not None and _reassess(alert):
                moved += 1
    return moved


def report_problem(product, *, reporter, description: str, lot_number: str = "") -> RiskSignal | None:
    """A signed-in buyer reports a safety problem with `product` (optionally one lot).

    Guarantees: one report per reporter, listing and day counts (later ones the same day
    are kept out); it weighs full only when the reporter has ordered the listing.
    """
    from oscar.core.loading import get_model as _get_model

    Line = _get_model("order", "Line")
    batch = None
    if lot_number:
        batch = Batch.objects.filter(product=product, lot_number=lot_number.strip()).first()
    bought = Line.objects.filter(order__user=reporter).filter(
        product__in=[product.pk, *Product.objects.filter(parent=product).values_list("pk", flat=True)]
    ).exists()
    weight = levels.weight(SignalSource.BUYER_REPORT) if bought else levels.UNVERIFIED_REPORT_WEIGHT
    today = timezone.localdate().isoformat()
    summary = _text(description)
    if lot_number and batch is None:
        summary = f"[{_text(lot_number)[:20]}] {summary}"
    return record_signal(
        product, source=SignalSource.BUYER_REPORT, batch=batch, reported_by=reporter,
        source_key=f"buyer_report:{reporter.pk}:{product.pk}:{today}", weight=weight,
        reference=str(reporter.pk), summary=summary)


# --- acting on an alert -------------------------------------------------------------------


def _lock_open(alert: Alert) -> Alert:
    alert = Alert.objects.select_for_update().get(pk=alert.pk)
    if not alert.is_open:
        raise RiskError(_("This alert is closed; reopen it before acting on it."))
    return alert


def _notify_sellers_after_commit(action: AlertAction) -> None:
    from . import tasks

    transaction.on_commit(partial(tasks.send_action_notice.delay, action.pk), robust=True)


def active_holds(alert: Alert):
    """The stop-sale holds this alert placed that are still active."""
    hold_ids = alert.actions.filter(kind=AlertAction.Kind.STOP_PRODUCT, hold__isnull=False
                                    ).values_list("hold_id", flat=True)
    return ListingHold.objects.active().filter(pk__in=list(hold_ids))


def stop_product_sale(alert: Alert, *, by, reason: str) -> AlertAction:
    """Take the alert's listing off sale everywhere (a STOP_SALE listing hold).

    Guarantees: one active stop per alert (a second request says so); the hold and its
    audit entry commit together; the sellers are e-mailed the reason after commit.
    """
    if not can_manage(by):
        raise PermissionDenied
    reason = _text(reason)
    if not reason:
        raise RiskError(_("Say why the sale is stopped: the seller reads it."))
    with transaction.atomic():
        alert = _lock_open(alert)
        if active_holds(alert).exists():
            raise RiskError(_("The sale of this listing is already stopped by this alert."))
        hold = place_hold(alert.product, kind=ListingHold.Kind.STOP_SALE, reason=reason,
                          placed_by=by, reference=alert.reference)
        action = AlertAction.objects.create(alert=alert, kind=AlertAction.Kind.STOP_PRODUCT,
                                            actor=by, note=reason, hold=hold)
        _notify_sellers_after_commit(action)
    return action


def resume_product_sale(alert: Alert, *, by, reason: str = "", _in_resolution=False) -> AlertAction | None:
    """Lift the stop-sale holds this alert placed; the listing returns to sale when no other
    hold (an IP takedown, another alert) remains. None when there was nothing to lift."""
    if not can_manage(by):
        raise PermissionDenied
    reason = _text(reason)
    with transaction.atomic():
        alert = Alert.objects.select_for_update().get(pk=alert.pk)
        holds = list(active_holds(alert))
        if not holds:
            if _in_resolution:
                return None
            raise RiskError(_("This alert has not stopped the sale of its listing."))
        for hold in holds:
            lift_hold(hold, lifted_by=by, reason=reason)
        action = AlertAction.objects.create(alert=alert, kind=AlertAction.Kind.LIFT_PRODUCT,
                                            actor=by, note=reason, hold=holds[-1])
        _notify_sellers_after_commit(action)
    return action


def _alert_batch(alert: Alert, batch: Batch) -> Batch:
    """`batch` locked, when it is a batch of the alert's listing (or its variants)."""
    batch = Batch.objects.select_for_update().select_related("product").get(pk=batch.pk)
    if batch.product_id != alert.product_id and batch.product.parent_id != alert.product_id:
        raise RiskError(_("This batch is not a batch of the alert's listing."))
    return batch


def stop_batch_sale(alert: Alert, batch: Batch, *, by, reason: str) -> AlertAction:
    """Stop the sale of one batch: the seller can no longer allocate it to orders.

    Guarantees: only a batch on sale is stopped; Batch.status becomes STOPPED with the
    audit entry; the seller is e-mailed after commit.
    """
    if not can_manage(by):
        raise PermissionDenied
    reason = _text(reason)
    if not reason:
        raise RiskError(_("Say why the sale is stopped: the seller reads it."))
    with transaction.atomic():
        alert = _lock_open(alert)
        batch = _alert_batch(alert, batch)
        if batch.status != Batch.Status.ON_SALE:
            raise RiskError(_("Lot %(lot)s is not on sale: it is “%(status)s”.")
                            % {"lot": batch.lot_number, "status": batch.get_status_display()})
        Batch.objects.filter(pk=batch.pk).update(status=Batch.Status.STOPPED,
                                                 updated_at=timezone.now())
        action = AlertAction.objects.create(alert=alert, kind=AlertAction.Kind.STOP_BATCH,
                                            actor=by, note=reason, batch=batch)
        _notify_sellers_after_commit(action)
    return action


def resume_batch_sale(alert: Alert, batch: Batch, *, by, reason: str = "") -> AlertAction:
    """Put a stopped (not recalled) batch back on sale."""
    if not can_manage(by):
        raise PermissionDenied
    with transaction.atomic():
        alert = Alert.objects.select_for_update().get(pk=alert.pk)
        batch = _alert_batch(alert, batch)
        if batch.status != Batch.Status.STOPPED:
            raise RiskError(_("Only a batch whose sale is stopped can go back on sale."))
        Batch.objects.filter(pk=batch.pk).update(status=Batch.Status.ON_SALE,
                                                 updated_at=timezone.now())
        action = AlertAction.objects.create(alert=alert, kind=AlertAction.Kind.RESUME_BATCH,
                                            actor=by, note=_text(reason), batch=batch)
        _notify_sellers_after_commit(action)
    return action


def recall_batch(alert: Alert, batch: Batch, *, by, hazard: str, remedy: str,
                 note: str = "") -> Recall:
    """Order the forced recall of `batch`.

    Guarantees, in one transaction: the batch becomes RECALLED (it can be neither sold nor
    allocated); the Recall keeps the hazard, what buyers must do and the officer's note;
    one RecallLine per allocation of the batch to an order line (the trace chain) holds
    the units to take back. After commit: the product pages forget their cached recall
    list, and a task e-mails every buyer whose order holds the batch once (and no one
    else) and the seller; running the task again sends nothing twice.
    """
    if not can_recall(by):
        raise PermissionDenied
    hazard, remedy = Recall.Hazard(hazard), Recall.Remedy(remedy)
    with transaction.atomic():
        alert = _lock_open(alert)
        batch = _alert_batch(alert, batch)
        if batch.status == Batch.Status.RECALLED or Recall.objects.filter(batch=batch).exists():
            raise RiskError(_("Lot %(lot)s is already recalled.") % {"lot": batch.lot_number})
        Batch.objects.filter(pk=batch.pk).update(status=Batch.Status.RECALLED,
                                                 updated_at=timezone.now())
        recall = Recall.objects.create(batch=batch, alert=alert, hazard=hazard, remedy=remedy,
                                       note=_text(note), recalled_by=by)
        RecallLine.objects.bulk_create(
            RecallLine(recall=recall, allocation=allocation, order_id=allocation.line.order_id,
                       quantity=allocation.quantity)
            for allocation in selectors.allocations_holding(batch))
        AlertAction.objects.create(alert=alert, kind=AlertAction.Kind.RECALL, actor=by,
                                   note=f"{recall.reference} · {batch.lot_number}", batch=batch,
                                   notified_at=timezone.now())  # the recall task tells sellers
        from . import tasks

        transaction.on_commit(selectors.forget_recalled_lots)
        transaction.on_commit(partial(tasks.send_recall_notices.delay, recall.pk), robust=True)
    return recall


def recall_progress(recall: Recall) -> dict:
    """Units recalled, returned, destroyed and still out, over all lines of `recall`."""
    recalled = recall.lines.aggregate(total=Sum("quantity"))["total"] or 0
    done = dict(RecallDisposal.objects.filter(line__recall=recall).values_list("kind")
                .annotate(total=Sum("quantity")).values_list("kind", "total"))
    returned = done.get(RecallDisposal.Kind.RETURNED, 0)
    destroyed = done.get(RecallDisposal.Kind.DESTROYED, 0)
    outstanding = max(0, recalled - returned - destroyed)
    percent = round(100 * (returned + destroyed) / recalled) if recalled else 100
    return {"recalled": recalled, "returned": returned, "destroyed": destroyed,
            "outstanding": outstanding, "percent": percent}


def record_disposal(line: RecallLine, *, by, kind: str, quantity: int, happened_on: date,
                    note: str = "", evidence=None) -> RecallDisposal:
    """Record units of a recall line returned or destroyed.

    Guarantees: never more units than the line still has out (RiskError otherwise); the
    line is locked so two officers recording at once cannot overshoot; logged on the alert;
    the recall is marked closed when nothing is left out.
    """
    if not can_recall(by):
        raise PermissionDenied
    kind = RecallDisposal.Kind(kind)
    if quantity is None or quantity < 1:
        raise RiskError(_("Give the number of units, at least 1."))
    with transaction.atomic():
        line = RecallLine.objects.select_for_update().select_related("recall").get(pk=line.pk)
        done = line.disposals.aggregate(total=Sum("quantity"))["total"] or 0
        left = line.quantity - done
        if quantity > left:
            raise RiskError(_("Only %(left)s units of this line are still out.") % {"left": left})
        disposal = RecallDisposal.objects.create(
            line=line, kind=kind, quantity=quantity, happened_on=happened_on, note=_text(note),
            evidence=evidence or "", recorded_by=by)
        recall = line.recall
        if recall.alert_id:
            AlertAction.objects.create(
                alert_id=recall.alert_id, kind=AlertAction.Kind.DISPOSAL, actor=by,
                batch_id=recall.batch_id,
                note=f"{recall.reference}: {disposal.get_kind_display()} × {quantity}")
        if recall.closed_at is None and recall_progress(recall)["outstanding"] == 0:
            Recall.objects.filter(pk=recall.pk).update(closed_at=timezone.now())
    return disposal


def add_note(alert: Alert, *, by, note: str) -> AlertAction:
    if not can_manage(by):
        raise PermissionDenied
    note = _text(note)
    if not note:
        raise RiskError(_("Write the note."))
    return AlertAction.objects.create(alert=alert, kind=AlertAction.Kind.NOTE, actor=by, note=note)


def close_alert(alert: Alert, *, by, resolution: str, dismiss: bool = False,
                resume_sale: bool = True) -> Alert:
    """Resolve (action taken, risk dealt with) or dismiss (no risk found) an open alert.

    Guarantees: the reason is required; with `resume_sale` the stop-sale holds this alert
    placed are lifted and its stopped (not recalled) batches go back on sale, each logged;
    a recall stays in force (its own progress closes it).
    """
    if not can_manage(by):
        raise PermissionDenied
    resolution = _text(resolution)
    if not resolution:
        raise RiskError(_("Say how the alert was resolved."))
    with transaction.atomic():
        alert = _lock_open(alert)
        if resume_sale:
            resume_product_sale(alert, by=by, reason=resolution, _in_resolution=True)
            stopped = alert.actions.filter(kind=AlertAction.Kind.STOP_BATCH,
                                           batch__status=Batch.Status.STOPPED)
            for batch_id in set(stopped.values_list("batch_id", flat=True)):
                resume_batch_sale(alert, Batch(pk=batch_id), by=by, reason=resolution)
        alert.status = Alert.Status.DISMISSED if dismiss else Alert.Status.RESOLVED
        alert.closed_at, alert.closed_by, alert.resolution = timezone.now(), by, resolution
        alert.save(update_fields=["status", "closed_at", "closed_by", "resolution"])
        AlertAction.objects.create(
            alert=alert, actor=by, note=resolution,
            kind=AlertAction.Kind.DISMISSED if dismiss else AlertAction.Kind.RESOLVED)
    return alert


def reopen_alert(alert: Alert, *, by, reason: str) -> Alert:
    """Reopen a closed alert, unless the listing (or batch) has another open alert."""
    if not can_manage(by):
        raise PermissionDenied
    reason = _text(reason)
    with transaction.atomic():
        Product.objects.select_for_update(of=("self",)).get(pk=alert.product_id)
        alert = Alert.objects.select_for_update().get(pk=alert.pk)
        if alert.is_open:
            return alert
        if Alert.objects.open().filter(product_id=alert.product_id, batch_id=alert.batch_id).exists():
            raise RiskError(_("Another alert is open for this listing: act on that one."))
        alert.status, alert.closed_at, alert.closed_by = Alert.Status.OPEN, None, None
        alert.save(update_fields=["status", "closed_at", "closed_by"])
        AlertAction.objects.create(alert=alert, kind=AlertAction.Kind.REOPENED, actor=by,
                                   note=reason)
        _reassess(alert, actor=by)
    return alert
