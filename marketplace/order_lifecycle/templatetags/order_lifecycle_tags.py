"""What an order's pages show of its life: Oscar's customer app renders the buyer's order
page without knowing this app, so the template asks for it here."""

from dataclasses import dataclass

from django import template
from django.utils.translation import gettext_lazy as _

from .. import selectors, statuses
from ..models import Role

register = template.Library()

#: The buttons the buyer's order page offers, by the status each leads to.
BUYER_ACTIONS = {
    statuses.CANCELLED: _("Cancel the order"),
    statuses.COMPLETED: _("Confirm the goods arrived"),
}


@dataclass(frozen=True)
class BuyerAction:
    status: str
    label: str


@register.filter
def status_label(status):
    """An order status in the reader's language (the stored text stays English)."""
    return statuses.LABELS.get(status, status)


@register.simple_tag
def order_history(order):
    return selectors.order_history(order)


@register.simple_tag
def buyer_actions(order, user):
    """The moves the buyer may make now, each as a button."""
    return [BuyerAction(status=status, label=BUYER_ACTIONS.get(status, statuses.LABELS[status]))
            for status in selectors.offered_moves(order, user, role=Role.BUYER)]


@register.simple_tag
def order_conversation(order, user):
    return selectors.order_thread(order, user)
