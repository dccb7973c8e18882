"""The life of an order on the marketplace: its statuses and the moves between them.

Oscar keeps an order's status as text and reads the moves from settings
(OSCAR_ORDER_STATUS_PIPELINE, OSCAR_LINE_STATUS_PIPELINE); these are the values the
settings take. A line's status is its seller's part of the work (production, shipping);
the order's own status also covers payment, which is the platform's.
"""

from django.utils.translation import gettext_lazy as _

PLACED = "Placed"
AWAITING_PAYMENT = "Awaiting payment"
#: A bank-transfer (T/T) order whose deposit has arrived; the balance is still due.
DEPOSIT_PAID = "Deposit received"
PAID = "Paid"
IN_PRODUCTION = "In production"
SHIPPED = "Shipped"
DELIVERED = "Delivered"
COMPLETED = "Completed"
CANCELLED = "Cancelled"
REFUNDED = "Refunded"

#: The words shown for each status (the stored text stays English, as Oscar stores it).
LABELS = {
    PLACED: _("Placed"),
    AWAITING_PAYMENT: _("Awaiting payment"),
    DEPOSIT_PAID: _("Deposit received"),
    PAID: _("Paid"),
    IN_PRODUCTION: _("In production"),
    SHIPPED: _("Shipped"),
    DELIVERED: _("Delivered"),
    COMPLETED: _("Completed"),
    CANCELLED: _("Cancelled"),
    REFUNDED: _("Refunded"),
}

ORDER_PIPELINE = {
    PLACED: (AWAITING_PAYMENT, PAID, CANCELLED),
    AWAITING_PAYMENT: (DEPOSIT_PAID, PAID, CANCELLED),
    # Production starts on the deposit; the balance moves the order to Paid, or arrives
    # while it is in production (the bank_transfer app keeps what is still due).
    DEPOSIT_PAID: (PAID, IN_PRODUCTION, CANCELLED, REFUNDED),
    PAID: (IN_PRODUCTION, SHIPPED, REFUNDED),
    IN_PRODUCTION: (SHIPPED, REFUNDED),
    # The buyer confirming receipt of a shipment completes the order in one step.
    SHIPPED: (DELIVERED, COMPLETED, REFUNDED),
    DELIVERED: (COMPLETED, REFUNDED),
    COMPLETED: (REFUNDED,),
    CANCELLED: (),
    REFUNDED: (),
}

# Refunded is reached through the order's refund (CASCADE), at any stage.
LINE_PIPELINE = {
    PLACED: (IN_PRODUCTION, SHIPPED, CANCELLED, REFUNDED),
    IN_PRODUCTION: (SHIPPED, CANCELLED, REFUNDED),
    SHIPPED: (DELIVERED, REFUNDED),
    DELIVERED: (REFUNDED,),
    CANCELLED: (),
    REFUNDED: (),
}

#: An order cancelled or refunded takes its lines with it.
#: So do its production, shipment and delivery: an order's lines are all one seller's (a
#: line that cannot make the move, e.g. one delivered already, keeps its status).
CASCADE = {CANCELLED: CANCELLED, REFUNDED: REFUNDED, IN_PRODUCTION: IN_PRODUCTION,
           SHIPPED: SHIPPED, DELIVERED: DELIVERED, COMPLETED: DELIVERED}

#: Statuses in which the order still waits for its money.
UNPAID = frozenset({PLACED, AWAITING_PAYMENT})
