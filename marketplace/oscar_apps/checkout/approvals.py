"""Company approval of purchases: a buyer above the company's order limit places the
purchase, and it waits, unpaid and unshipped, until an approver of the company releases it
(it then waits for its payment like any other) or rejects it (its orders are cancelled)."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from marketplace.bank_transfer.services import create_plan
from marketplace.buyers import selectors as buyers
from marketplace.currency.services import Converter, RateUnavailable
from marketplace.order_lifecycle import statuses

Purchase = get_model("order", "Purchase")
REASON_MAX_LENGTH = 500


class ApprovalRefused(Exception):
    """The decision cannot be taken (already decided); the message says why."""


def company_needing_approval(user, total, currency):
    """The buyer's company when a purchase of `total` `currency` must wait for its approver;
    None otherwise. A total in another currency than the limit's is converted first."""
    membership = buyers.membership_of(user)
    if membership is None or membership.can_approve_orders:
        return None
    company = membership.company
    limit_currency = company.buyer_order_limit_currency
    amount = total
    if company.buyer_order_limit is not None and currency != limit_currency:
        try:
            amount, currency = Converter().convert(total, currency, limit_currency), limit_currency
        except RateUnavailable:
            return company  # unknown in the limit's currency: the approver decides
    return company if buyers.order_needs_approval(user, amount, currency) else None


def release(purchase) -> None:
    """What placing does for a purchase that needs no approval: card orders wait for the
    card, bank-transfer orders get their deposit and balance plan."""
    for order in purchase.orders.order_by("number"):
        if purchase.payment_method == Purchase.BANK_TRANSFER:
            create_plan(order, deposit_percent=purchase.deposit_percent, reference=order.number)
        elif order.status == statuses.PLACED:
            order.set_status(statuses.AWAITING_PAYMENT)


def can_decide(user, purchase) -> bool:
    return bool(purchase.company_id and buyers.can_approve_orders(user, purchase.company))


def _locked_pending(purchase, user):
    if not can_decide(user, purchase):
        raise PermissionDenied
    locked = Purchase.objects.select_for_update().get(pk=purchase.pk)
    if not locked.awaits_approval:
        raise ApprovalRefused(_("This purchase was already decided."))
    return locked


def approve(purchase, *, by):
    with transaction.atomic():
        locked = _locked_pending(purchase, by)
        locked.approval, locked.decided_by, locked.decided_at = (
            Purchase.Approval.APPROVED, by, timezone.now())
        locked.save(update_fields=["approval", "decided_by", "decided_at"])
        release(locked)
        _tell_buyer_on_commit(locked)
    return locked


def reject(purchase, *, by, reason: str):
    reason = " ".join((reason or "").split())[:REASON_MAX_LENGTH]
    with transaction.atomic():
        locked = _locked_pending(purchase, by)
        locked.approval, locked.decided_by, locked.decided_at = (
            Purchase.Approval.REJECTED, by, timezone.now())
        locked.rejection_reason = reason
        locked.save(update_fields=["approval", "decided_by", "decided_at", "rejection_reason"])
        for order in locked.orders.all():
            if statuses.CANCELLED in order.available_statuses():
                order.set_status(statuses.CANCELLED)
        _tell_buyer_on_commit(locked)
    return locked


def _tell_buyer_on_commit(purchase):
    from . import tasks

    purchase_id = purchase.pk
    transaction.on_commit(lambda: tasks.send_approval_decision.delay(purchase_id), robust=True)


def ask_approvers_on_commit(purchase):
    from . import tasks

    purchase_id = purchase.pk
    transaction.on_commit(lambda: tasks.ask_approvers.delay(purchase_id), robust=True)


def pending_for(user):
    """The purchases of the user's company waiting for the user's decision."""
    membership = buyers.membership_of(user)
    if membership is None or not membership.can_approve_orders:
        return Purchase.objects.none()
    return (Purchase.objects.filter(company=membership.company, approval=Purchase.Approval.PENDING)
            .select_related("user").order_by("created_at"))
