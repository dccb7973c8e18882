"""What the declaration pages read: the orders a user may ship and declare, and their messages."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from oscar.core.loading import get_model

from marketplace.order_lifecycle import statuses
from marketplace.outbox.models import OutboxMessage

from .models import DeclarationMessage

Order = get_model("order", "Order")
Partner = get_model("partner", "Partner")

#: Orders paid in full and not yet shipped: what may be shipped and declared.
READY_STATUSES = (statuses.PAID, statuses.IN_PRODUCTION)


def works_for_a_seller(user) -> bool:
    return user.is_authenticated and Partner.objects.filter(users=user).exists()


def visible_orders(user) -> QuerySet:
    """Every order for staff; a seller's users the orders holding its goods."""
    if user.is_staff:
        return Order.objects.all()
    return Order.objects.filter(lines__partner__users=user).distinct()


def ready_to_ship(user) -> QuerySet:
    return (visible_orders(user).filter(status__in=READY_STATUSES, declaration__isnull=True)
            .select_related("shipping_address").order_by("date_placed", "pk"))


def declared(user) -> QuerySet:
    messages = DeclarationMessage.objects.select_related("outbox_message").order_by("position", "pk")
    return (visible_orders(user).filter(declaration__isnull=False)
            .select_related("declaration")
            .prefetch_related(Prefetch("declaration__messages", queryset=messages))
            .order_by("-declaration__declared_at", "-pk"))


@dataclass(frozen=True)
class MessageStatus:
    """One message as a page shows it: the outbox's status of its current row (after any
    correction), customs' last status code and reason."""

    message: DeclarationMessage
    outbox: OutboxMessage

    @property
    def status(self) -> str:
        return self.outbox.status

    @property
    def reason(self) -> str:
        return self.outbox.receipt_reason or self.message.return_info or self.outbox.last_error


def message_statuses(declaration) -> list[MessageStatus]:
    return [MessageStatus(message=item, outbox=item.current_outbox_message())
            for item in declaration.messages.all()]
