"""Where risk signals come from: other apps' signals, and two models watched after commit.

- ip_complaints: complaint_filed (a complaint against listings), strike_recorded (upheld);
- traceability: inspection_failed (an inspection report of a batch with a failed result);
- returns: case_opened (a return request or a dispute);
- outbox: a customs message (kind customs; its subject is the order number) rejected by
  customs, for orders with goods on a watch list;
- inspection: an export batch declaration rejected by the inspection side.

Receivers of other apps' signals run after those apps' commits; a failure here is logged
and never breaks the sender's request. The two post_save receivers only queue a task
after the sender's commit.
"""

from __future__ import annotations

import logging
from functools import partial

from django.db import transaction
from django.db.models.signals import post_save
from oscar.core.loading import get_model

from . import selectors, services
from .models import SignalSource

logger = logging.getLogger(__name__)
Line = get_model("order", "Line")
Product = get_model("catalogue", "Product")


def _ref(case) -> str:
    return str(getattr(case, "reference", "") or getattr(case, "pk", "") or "")


def _guarded(receiver):
    def guarded(sender, **kwargs):
        try:
            receiver(sender, **kwargs)
        except Exception:  # risk monitoring must not break a complaint, a return or a receipt
            logger.exception("Risk signal %s could not be recorded", receiver.__name__)
    guarded.__name__ = receiver.__name__
    return guarded


def on_complaint_filed(sender, *, case, products=(), **kwargs):
    for product in products or ():
        services.record_signal(
            product, source=SignalSource.IP_COMPLAINT, reference=_ref(case),
            source_key=f"ip_complaint:{case.pk}:{product.pk}",
            summary=str(getattr(case, "get_ip_type_display", lambda: "")() or ""))


def on_strike_recorded(sender, *, case, enterprise=None, products=(), **kwargs):
    for product in products or ():
        services.record_signal(
            product, source=SignalSource.IP_STRIKE, reference=_ref(case),
            source_key=f"ip_strike:{case.pk}:{product.pk}",
            summary=str(getattr(enterprise, "name_en", "") or ""))


def on_inspection_failed(sender, *, batch, document=None, **kwargs):
    key = f"inspection_failed:doc:{document.pk}" if document is not None else (
        f"inspection_failed:batch:{batch.pk}:{batch.updated_at.isoformat()}")
    summary = ""
    reference = ""
    if document is not None:
        summary = " · ".join(part for part in (getattr(document, "title", ""),
                                               getattr(document, "issued_by", "")) if part)
        reference = getattr(document, "number", "") or ""
    services.record_signal(batch.product, batch=batch, source=SignalSource.INSPECTION_FAILED,
                           source_key=key, reference=reference or batch.lot_number,
                           summary=summary)


def on_case_opened(sender, *, case, order, enterprise=None, kind="return", **kwargs):
    lines = Line.objects.filter(order=order).select_related("product")
    if enterprise is not None and getattr(enterprise, "partner_id", None):
        lines = lines.filter(partner_id=enterprise.partner_id)
    products = {line.product_id: line.product for line in lines if line.product_id}
    weight = services.levels.DISPUTE_WEIGHT if kind == "dispute" else None
    for product in products.values():
        target = product.parent if product.parent_id else product
        services.record_signal(
            target, source=SignalSource.RETURN_OPENED, weight=weight,
            reference=_ref(case) or order.number,
            source_key=f"return:{kind}:{getattr(case, 'pk', order.pk)}:{target.pk}",
            summary=f"{kind}: {order.number}")


# --- models watched after commit ------------------------------------------------------------


def on_outbox_saved(sender, instance, **kwargs):
    from marketplace.outbox.models import OutboxKind, OutboxStatus

    if instance.kind == OutboxKind.CUSTOMS and instance.status == OutboxStatus.REJECTED:
        from . import tasks

        transaction.on_commit(partial(tasks.record_customs_rejection.delay, instance.pk),
                              robust=True)


def on_batch_declaration_saved(sender, instance, **kwargs):
    from marketplace.inspection.models import BatchStatus

    if instance.status == BatchStatus.REJECTED:
        from . import tasks

        transaction.on_commit(partial(tasks.record_inspection_rejection.delay, instance.pk),
                              robust=True)


def _order_products(orders) -> dict[int, object]:
    products = {}
    for line in Line.objects.filter(order__in=orders).select_related("product__parent"):
        if line.product_id:
            product = line.product.parent if line.product.parent_id else line.product
            products[product.pk] = product
    return products


def record_customs_rejection(message_id: int) -> int:
    """Signals for the watched goods of the order a rejected customs message declared;
    returns how many were recorded (0 when nothing of it is watched, or already counted)."""
    from marketplace.outbox.models import OutboxKind, OutboxMessage, OutboxStatus

    Order = get_model("order", "Order")
    message = OutboxMessage.objects.filter(pk=message_id, kind=OutboxKind.CUSTOMS,
                                           status=OutboxStatus.REJECTED).first()
    if message is None:
        return 0
    orders = Order.objects.filter(number=message.subject)
    products = _order_products(orders)
    watched = selectors.watched_products(products)
    recorded = 0
    for product_id in watched:
        signal = services.record_signal(
            products[product_id], source=SignalSource.CUSTOMS_REJECTED,
            source_key=f"customs:{message.pk}:{product_id}",
            reference=f"{message.message_type} {message.subject}"[:64],
            summary=message.receipt_reason, occurred_at=message.decided_at)
        recorded += signal is not None
    return recorded


def record_inspection_rejection(declaration_id: int) -> int:
    from marketplace.inspection.models import BatchDeclaration, BatchStatus

    declaration = BatchDeclaration.objects.filter(pk=declaration_id,
                                                  status=BatchStatus.REJECTED).first()
    if declaration is None:
        return 0
    recorded = 0
    for product in _order_products(declaration.orders.all()).values():
        signal = services.record_signal(
            product, source=SignalSource.INSPECTION_FAILED,
            source_key=f"inspection_declaration:{declaration.pk}:{product.pk}",
            reference=declaration.number[:64], summary=declaration.reason,
            occurred_at=declaration.decided_at)
        recorded += signal is not None
    return recorded


def connect() -> None:
    from marketplace.inspection.models import BatchDeclaration
    from marketplace.ip_complaints import signals as ip_signals
    from marketplace.outbox.models import OutboxMessage
    from marketplace.returns import signals as returns_signals
    from marketplace.traceability import signals as trace_signals

    for signal, receiver in ((ip_signals.complaint_filed, on_complaint_filed),
                             (ip_signals.strike_recorded, on_strike_recorded),
                             (trace_signals.inspection_failed, on_inspection_failed),
                             (returns_signals.case_opened, on_case_opened)):
        signal.connect(_guarded(receiver), dispatch_uid=f"risk.{receiver.__name__}", weak=False)
    post_save.connect(on_outbox_saved, sender=OutboxMessage, dispatch_uid="risk.on_outbox_saved")
    post_save.connect(on_batch_declaration_saved, sender=BatchDeclaration,
                      dispatch_uid="risk.on_batch_declaration_saved")
