"""Bank transfer use cases: a plan made at checkout, a receipt recorded, reminders of late payments."""

import logging
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import get_currency_precision
from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.order_lifecycle import statuses
from marketplace.payments.money import InvalidAmount, currency_code, to_minor_units

from . import selectors, tasks
from .models import (
    BANK_REFERENCE_MAX_LENGTH,
    NOTE_MAX_LENGTH,
    REFERENCE_MAX_LENGTH,
    PaymentPlan,
    PaymentReminder,
    Receipt,
)
from .signals import transfer_received

logger = logging.getLogger(__name__)

Order = get_model("order", "Order")
Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")

#: The Oscar payment source type of money received by bank transfer (one Source per order).
BANK_TRANSFER_SOURCE = "Bank transfer"


class PlanError(ValueError):
    """A plan or receipt that cannot be made as asked (a programming or input error)."""


def split_deposit(total: Decimal, currency: str, deposit_percent: int) -> tuple[Decimal, Decimal]:
    """(deposit, balance) of `total`: the deposit rounded half up to the currency's minor unit
    (cents, whole yen), the balance the rest, so the two always add up to the total."""
    code = currency_code(currency)
    if isinstance(deposit_percent, bool) or not isinstance(deposit_percent, int) \
            or not 0 <= deposit_percent <= 100:
        raise PlanError(f"A deposit is 0 to 100 percent, not {deposit_percent!r}")
    unit = Decimal(1).scaleb(-get_currency_precision(code))
    deposit = (total * deposit_percent / 100).quantize(unit, rounding=ROUND_HALF_UP)
    return deposit, total - deposit


def normalise_bank_reference(value: str) -> str:
    """A bank reference as stored: inner spaces dropped, capitals, so "ft 123" and "FT123" are one."""
    return "".join(str(value).split()).upper()


def create_plan(order, *, deposit_percent: int = 30, deposit_due_days: int = 7,
                balance_due_days: int = 30, reference: str = "") -> PaymentPlan:
    """Makes the order a bank-transfer order: its deposit and balance, their due dates (days
    after the order was placed) and the reference the buyer quotes (the order number unless
    given), and moves a placed order to Awaiting payment.

    Guarantees: deposit + balance is the order's total, each in the currency's minor unit;
    with 0 % (or 100 %) the whole amount is one payment, due after `deposit_due_days`. Call
    it in the checkout's transaction: a rolled back checkout leaves no plan. A second call
    for the same order returns the plan it has and changes nothing. Raises PlanError for
    figures that make no plan.
    """
    for name, days in (("deposit_due_days", deposit_due_days), ("balance_due_days", balance_due_days)):
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 3650:
            raise PlanError(f"{name} must be a number of days from 0 to 3650, not {days!r}")
    if balance_due_days < deposit_due_days:
        raise PlanError("The balance cannot fall due before the deposit")
    reference = " ".join(str(reference or "").split()) or order.number
    if len(reference) > REFERENCE_MAX_LENGTH:
        raise PlanError(f"A payment reference has at most {REFERENCE_MAX_LENGTH} characters")
    total = Decimal(order.total_incl_tax)
    if total <= 0:
        raise PlanError("An order with nothing to pay needs no bank transfer")
    deposit, balance = split_deposit(total, order.currency, deposit_percent)
    placed_on = timezone.localdate(order.date_placed) if order.date_placed else timezone.localdate()
    deposit_due_on = placed_on + timedelta(days=deposit_due_days)
    balance_due_on = placed_on + timedelta(days=balance_due_days)
    if deposit == 0 or balance == 0:
        # One payment: the whole amount, due when a deposit would be (payment in advance).
        deposit_due_on, balance_due_on = ((None, deposit_due_on) if deposit == 0
                                          else (deposit_due_on, None))
    with transaction.atomic():
        locked = Order.objects.select_for_update().get(pk=order.pk)
        plan, created = PaymentPlan.objects.get_or_create(order=locked, defaults={
            "currency": currency_code(order.currency), "total": total,
            "deposit_percent": deposit_percent, "deposit_amount": deposit, "balance_amount": balance,
            "deposit_due_on": deposit_due_on, "balance_due_on": balance_due_on,
            "reference": reference,
        })
        if created and statuses.AWAITING_PAYMENT in locked.available_statuses():
            locked.set_status(statuses.AWAITING_PAYMENT)
            order.status = locked.status
    return plan


def record_receipt(order, *, amount: Decimal, received_on: date, bank_reference: str,
                   by: AbstractBaseUser | None, note: str = "") -> Receipt:
    """Records a transfer received for the order and moves the order on.

    Guarantees: a transfer is recorded once per bank reference (a second call returns the
    first receipt and changes nothing); the order's "Bank transfer" payment source holds the
    sum of its receipts; an unpaid order whose receipts reach the deposit moves to Deposit
    received, and one whose receipts reach the total (unpaid or deposit received) to Paid;
    an order in production or later keeps its status (only what is due changes); a
    cancelled or refunded order keeps its status and the money is logged for a refund. The
    buyer is e-mailed after commit. Raises PlanError for an order without a plan or an
    amount that is no payment in the plan's currency.
    """
    bank_reference = normalise_bank_reference(bank_reference)
    if not bank_reference or len(bank_reference) > BANK_REFERENCE_MAX_LENGTH:
        raise PlanError("A receipt needs the bank's reference (at most "
                        f"{BANK_REFERENCE_MAX_LENGTH} characters)")
    note = str(note or "").strip()[:NOTE_MAX_LENGTH]
    with transaction.atomic():
        # The plan's row is the lock: two receipts of one order are added up one after the other.
        plan = (PaymentPlan.objects.select_for_update().select_related("order")
                .filter(order_id=order.pk).first())
        if plan is None:
            raise PlanError(f"Order {order.number} is not paid by bank transfer")
        try:
            to_minor_units(amount, plan.currency)
        except InvalidAmount as error:
            raise PlanError(str(error)) from error
        existing = plan.receipts.filter(bank_reference=bank_reference).first()
        if existing is not None:
            return existing
        try:
            with transaction.atomic():
                receipt = Receipt.objects.create(
                    plan=plan, amount=amount, received_on=received_on, bank_reference=bank_reference,
                    recorded_by=by if by is not None and by.is_authenticated else None, note=note)
        except IntegrityError:
            # Recorded meanwhile by a request that did not wait for the lock (SQLite).
            return plan.receipts.get(bank_reference=bank_reference)
        received = plan.receipts.aggregate(total=Sum("amount"))["total"]
        _keep_source_in_step(plan, received)
        _move_order(plan, received, receipt)
        transfer_received.send(sender=Receipt, receipt=receipt)
        receipt_id = receipt.pk
        transaction.on_commit(lambda: tasks.send_receipt_notice.delay(receipt_id), robust=True)
    order.status = plan.order.status
    return receipt


def _keep_source_in_step(plan: PaymentPlan, received: Decimal) -> None:
    source_type, _created = SourceType.objects.get_or_create(name=BANK_TRANSFER_SOURCE)
    source, created = Source.objects.select_for_update().get_or_create(
        order=plan.order, source_type=source_type,
        defaults={"currency": plan.currency, "amount_allocated": received,
                  "amount_debited": received, "reference": plan.reference})
    if not created:
        source.amount_allocated = source.amount_debited = received
        source.save(update_fields=["amount_allocated", "amount_debited"])


def _move_order(plan: PaymentPlan, received: Decimal, receipt: Receipt) -> None:
    order = plan.order
    if order.status in selectors.CLOSED:
        logger.error("Order %s received %s %s by bank transfer (%s) while %s: refund it",
                     order.number, receipt.amount, plan.currency, receipt.bank_reference, order.status)
        return
    if order.status in statuses.UNPAID or order.status == statuses.DEPOSIT_PAID:
        if received >= plan.total:
            _move(order, statuses.PAID)
        elif plan.has_deposit and received >= plan.deposit_amount and order.status in statuses.UNPAID:
            _move(order, statuses.DEPOSIT_PAID)


def _move(order, status: str) -> None:
    # A plan made outside the checkout may find the order still Placed, from which the
    # pipeline reaches Deposit received only through Awaiting payment.
    if status not in order.available_statuses() and statuses.AWAITING_PAYMENT in order.available_statuses():
        order.set_status(statuses.AWAITING_PAYMENT)
    if status in order.available_statuses():
        order.set_status(status)


def remind_overdue(*, today: date | None = None) -> int:
    """E-mails each buyer whose next payment is past its due date. Guarantees: one reminder per
    plan and due date, however often it runs; returns how many were sent now."""
    today = today or timezone.localdate()
    plans = selectors.awaiting_money(selectors.with_received(PaymentPlan.objects.all()),
                                     overdue=True, today=today)
    sent = 0
    for plan_id in plans.values_list("pk", flat=True).iterator():
        if _remind(plan_id, today):
            sent += 1
    return sent


def _remind(plan_id: int, today: date) -> bool:
    from . import notices

    with transaction.atomic():
        plan = (selectors.with_received(PaymentPlan.objects.select_related("order", "order__user"))
                .filter(pk=plan_id).first())
        if plan is None:
            return False
        due = selectors.next_due(plan, today=today)
        if due is None or not due.overdue:
            return False
        reminder, _created = PaymentReminder.objects.get_or_create(
            plan=plan, due_on=due.due_on, defaults={"kind": due.kind})
        reminder = PaymentReminder.objects.select_for_update().get(pk=reminder.pk)
        if reminder.sent_at is not None:
            return False
        notices.send_reminder(plan, due)
        reminder.sent_at = timezone.now()
        reminder.save(update_fields=["sent_at"])
    return True
