from django import template

from marketplace.order_lifecycle import statuses

from .. import selectors

register = template.Library()


@register.simple_tag
def bank_transfer_statement(order):
    """`{% bank_transfer_statement order as statement %}`: the order's plan with what was
    received and what is due (one query), or None for an order not paid by bank transfer."""
    plan = selectors.plan_of(order)
    if plan is None:
        return None
    plan.order = order  # the caller's order: its status without another query
    return selectors.statement(plan)


@register.simple_tag
def bank_transfer_account():
    """`{% bank_transfer_account as bank_details %}`: the platform's account, (label, value) pairs."""
    return selectors.bank_details()


@register.filter
def order_status_label(status):
    """An order status in the reader's language (Oscar stores the English text)."""
    return statuses.LABELS.get(status, status)
