"""Reading filings and batches: who may see which, and what the outbox did with them."""

from __future__ import annotations

from django.db.models import QuerySet

from marketplace.outbox.models import OutboxMessage
from marketplace.sellers.models import Enterprise

from .models import BatchDeclaration, CommodityFiling, EnterpriseFiling
from .services import current_message, products_of


def enterprises_of(user) -> QuerySet[Enterprise]:
    """The enterprises `user` files for: every one for staff, its own for a seller's user."""
    if not user.is_authenticated:
        return Enterprise.objects.none()
    if user.is_staff:
        return Enterprise.objects.all()
    return Enterprise.objects.for_user(user)


def works_for_an_enterprise(user) -> bool:
    return user.is_authenticated and Enterprise.objects.for_user(user).exists()


def enterprise_filings(user) -> QuerySet[EnterpriseFiling]:
    return EnterpriseFiling.objects.for_user(user).select_related("enterprise").distinct()


def commodity_filings(user) -> QuerySet[CommodityFiling]:
    return CommodityFiling.objects.for_user(user).select_related("enterprise", "product").distinct()


def batches(user) -> QuerySet[BatchDeclaration]:
    return BatchDeclaration.objects.for_user(user).select_related("enterprise").distinct()


def outbox_message(obj) -> OutboxMessage | None:
    """The outbox message standing for the filing's latest submission or the batch."""
    return current_message(getattr(obj, "outbox_key", ""))


def outbox_messages(objects) -> dict[str, OutboxMessage]:
    """Messages by the objects' outbox keys, in one query (corrections win over the
    messages they replace)."""
    keys = [obj.outbox_key for obj in objects if obj.outbox_key]
    if not keys:
        return {}
    found: dict[str, OutboxMessage] = {}
    for message in OutboxMessage.objects.filter(idempotency_key__in=keys).select_related("correction"):
        latest = message
        while True:  # a correction chain is short: one link per correction made in the admin
            try:
                latest = latest.correction
            except OutboxMessage.DoesNotExist:
                break
        found[message.idempotency_key] = latest
    return found


def unfiled_products(enterprises: QuerySet[Enterprise], *, limit: int = 50):
    """Products of `enterprises` with no commodity filing at all, for the seller's to-do list."""
    products = None
    for enterprise in enterprises.filter(status=Enterprise.Status.APPROVED, partner__isnull=False):
        mine = products_of(enterprise).exclude(inspection_filings__enterprise=enterprise)
        products = mine if products is None else products | mine
    if products is None:
        return []
    return list(products.order_by("title")[:limit])
