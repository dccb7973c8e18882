"""Who may move an order where.

An order's lines are all one seller's (one checkout makes an order per seller). The
seller runs production and shipment, the buyer cancels while nothing is paid and confirms
delivery, the marketplace's staff make any move of the pipeline (statuses.ORDER_PIPELINE)
and the system (a payment, a refund) moves it on as money moves.
"""

from oscar.core.loading import get_model

from . import statuses
from .models import Role

Partner = get_model("partner", "Partner")

#: The moves each party may make, from a status to the statuses it may choose.
SELLER_MOVES = {
    statuses.DEPOSIT_PAID: (statuses.IN_PRODUCTION,),
    # Goods in stock go out without production.
    statuses.PAID: (statuses.IN_PRODUCTION, statuses.SHIPPED),
    statuses.IN_PRODUCTION: (statuses.SHIPPED,),
    statuses.SHIPPED: (statuses.DELIVERED,),
}
BUYER_MOVES = {
    statuses.PLACED: (statuses.CANCELLED,),
    statuses.AWAITING_PAYMENT: (statuses.CANCELLED,),
    statuses.SHIPPED: (statuses.COMPLETED,),
    statuses.DELIVERED: (statuses.COMPLETED,),
}


def order_seller(order) -> Partner | None:
    """The seller (Partner) whose lines the order holds, or None when the order holds
    several sellers' lines (made before orders were split per seller) or none."""
    partner_ids = set(order.lines.values_list("partner_id", flat=True))
    if len(partner_ids) != 1 or None in partner_ids:
        return None
    return Partner.objects.get(pk=partner_ids.pop())


def roles_on(order, user, *, seller: Partner | None = None) -> list[str]:
    """The roles `user` holds on `order`, in the order moves are granted: buyer, seller,
    staff. No user is the system."""
    if user is None:
        return [Role.SYSTEM]
    if not user.is_authenticated:
        return []
    roles = []
    if order.user_id is not None and order.user_id == user.pk:
        roles.append(Role.BUYER)
    seller = seller if seller is not None else order_seller(order)
    if seller is not None and seller.users.filter(pk=user.pk).exists():
        roles.append(Role.SELLER)
    if user.is_staff:
        roles.append(Role.STAFF)
    return roles


def moves_for(order, user, *, seller: Partner | None = None) -> dict[str, str]:
    """The statuses `user` may move `order` to now, each with the role that allows it.

    Only moves of the pipeline; a move is granted by the first role that allows it, so a
    staff user who bought the order cancels it as its buyer.
    """
    available = order.available_statuses()
    moves = {}
    for role in roles_on(order, user, seller=seller):
        if role in (Role.STAFF, Role.SYSTEM):
            allowed = available
        else:
            table = SELLER_MOVES if role == Role.SELLER else BUYER_MOVES
            allowed = table.get(order.status, ())
        for status in allowed:
            if status in available:
                moves.setdefault(status, role)
    # In the pipeline's order, which is the order a person reads them in.
    return {status: moves[status] for status in available if status in moves}
