"""Reads of an order's life: its history, the moves open to a person, its message thread."""

from dataclasses import dataclass

from django.db.models import QuerySet
from oscar.core.loading import get_model

from marketplace.rfq import selectors as rfq_selectors
from marketplace.rfq.models import Thread

from . import rules, services, statuses

OrderStatusChange = get_model("order", "OrderStatusChange")


def order_history(order) -> QuerySet:
    """The order's status changes, oldest first, each with its detail (who, role, shipment)."""
    return (OrderStatusChange.objects.filter(order=order).select_related("detail")
            .order_by("date_created", "pk"))


def offered_moves(order, user, *, role: str | None = None) -> list[str]:
    """The statuses to offer `user` on a page: what rules.moves_for allows (only those its
    `role` grants, when given), less shipping while the order is not fully paid, which
    services.move_order would refuse."""
    moves = rules.moves_for(order, user)
    offered = [status for status, granted in moves.items() if role is None or granted == role]
    if statuses.SHIPPED in offered and not services.is_fully_paid(order):
        offered.remove(statuses.SHIPPED)
    return offered


@dataclass(frozen=True)
class OrderThread:
    """An order's conversation as one side sees it: the thread (None before the first
    message) and how many of its messages that person has not read."""

    seller: object
    thread: Thread | None
    unread: int


def order_thread(order, user, *, seller=None) -> OrderThread | None:
    """The thread between the order's buyer and its seller, or None when the order has no
    single seller or no registered buyer (nobody to talk to)."""
    seller = seller if seller is not None else rules.order_seller(order)
    if seller is None or order.user_id is None:
        return None
    thread = Thread.objects.filter(order_number=order.number, partner=seller).first()
    unread = rfq_selectors.unread_count(user, [thread]) if thread is not None else 0
    return OrderThread(seller=seller, thread=thread, unread=unread)
