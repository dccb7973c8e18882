"""Reading bank-transfer plans: what was received, what is still due and by when, who may see it."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import DecimalField, F, OuterRef, Q, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from oscar.core.loading import get_model

from marketplace.order_lifecycle import statuses

from .models import PaymentPlan, PaymentReminder, Receipt

Line = get_model("order", "Line")
Partner = get_model("partner", "Partner")

ZERO = Decimal("0.00")
_MONEY = DecimalField(max_digits=14, decimal_places=2)

#: Orders that owe nothing any more, whatever their receipts say (money is refunded instead).
CLOSED = frozenset({statuses.CANCELLED, statuses.REFUNDED})

DEPOSIT = PaymentReminder.Kind.DEPOSIT
BALANCE = PaymentReminder.Kind.BALANCE


@dataclass(frozen=True)
class Due:
    """The next payment a plan waits for."""

    kind: str  # DEPOSIT or BALANCE
    amount: Decimal  # what is still missing of it
    due_on: date | None
    overdue: bool

    @property
    def label(self) -> str:
        return str(PaymentReminder.Kind(self.kind).label)


@dataclass(frozen=True)
class Instalment:
    """One row of a plan's schedule, as the buyer and the dashboard show it."""

    kind: str
    amount: Decimal
    due_on: date | None
    received: bool

    @property
    def label(self) -> str:
        return str(PaymentReminder.Kind(self.kind).label)


def with_received(plans: QuerySet) -> QuerySet:
    """`plans` annotated with `received_total`, the sum of their receipts (one subquery, so
    that it composes with any join a caller adds)."""
    total = (Receipt.objects.filter(plan=OuterRef("pk")).order_by().values("plan")
             .annotate(total=Sum("amount")).values("total"))
    return plans.annotate(received_total=Coalesce(Subquery(total, output_field=_MONEY),
                                                  Value(ZERO), output_field=_MONEY))


def received(plan: PaymentPlan) -> Decimal:
    """The money received for the plan so far (from the annotation when the plan has one)."""
    annotated = getattr(plan, "received_total", None)
    if annotated is not None:
        return Decimal(annotated)
    return plan.receipts.aggregate(total=Sum("amount"))["total"] or ZERO


def outstanding(plan: PaymentPlan) -> Decimal:
    """What the buyer still owes of the plan's total (never below zero)."""
    return max(plan.total - received(plan), ZERO)


def overpaid(plan: PaymentPlan) -> Decimal:
    """What was received beyond the plan's total (to be refunded or settled with the buyer)."""
    return max(received(plan) - plan.total, ZERO)


def next_due(plan: PaymentPlan, *, today: date | None = None) -> Due | None:
    """The payment the plan waits for next: the rest of the deposit, else the rest of the
    balance; None when everything is paid or the order is cancelled or refunded."""
    if plan.order.status in CLOSED:
        return None
    today = today or timezone.localdate()
    paid = received(plan)
    if plan.has_deposit and paid < plan.deposit_amount:
        kind, amount, due_on = DEPOSIT, plan.deposit_amount - paid, plan.deposit_due_on
    elif paid < plan.total:
        kind, amount, due_on = BALANCE, plan.total - paid, plan.balance_due_on
    else:
        return None
    return Due(kind=kind, amount=amount, due_on=due_on, overdue=due_on is not None and due_on < today)


def schedule(plan: PaymentPlan) -> list[Instalment]:
    """The plan's instalments in order; an instalment is received once the receipts cover it
    (and those before it)."""
    paid = received(plan)
    rows = []
    if plan.has_deposit:
        rows.append(Instalment(DEPOSIT, plan.deposit_amount, plan.deposit_due_on,
                               paid >= plan.deposit_amount))
    if plan.balance_amount > 0:
        rows.append(Instalment(BALANCE, plan.balance_amount, plan.balance_due_on, paid >= plan.total))
    return rows


@dataclass(frozen=True)
class Statement:
    """Everything a page shows of a plan, computed once."""

    plan: PaymentPlan
    received: Decimal
    outstanding: Decimal
    overpaid: Decimal
    next_due: Due | None
    schedule: list[Instalment]
    closed: bool


def statement(plan: PaymentPlan, *, today: date | None = None) -> Statement:
    return Statement(plan=plan, received=received(plan), outstanding=outstanding(plan),
                     overpaid=overpaid(plan), next_due=next_due(plan, today=today),
                     schedule=schedule(plan), closed=plan.order.status in CLOSED)


def plan_of(order) -> PaymentPlan | None:
    """The order's plan with its received total, in one query; None for an order paid otherwise."""
    if order is None or getattr(order, "pk", None) is None:
        return None
    return with_received(PaymentPlan.objects.filter(order_id=order.pk)).first()


def bank_details() -> list[tuple[str, str]]:
    """The platform's account that buyers transfer to, as (label, value) pairs in print order
    (setting MARKETPLACE_BANK_DETAILS, read the way the proforma invoice reads it)."""
    # Imported here: the proforma invoice (trade_documents.content) reads plans from this module.
    from marketplace.trade_documents.content import bank_details_of

    return bank_details_of(None)


# --- the dashboard -------------------------------------------------------------------


def visible_plans(user: AbstractBaseUser) -> QuerySet:
    """The plans `user` may see: staff every one, a seller's users those of orders holding
    their partners' goods, anyone else none."""
    plans = with_received(PaymentPlan.objects.select_related("order", "order__user"))
    if not user.is_authenticated:
        return plans.none()
    if user.is_staff:
        return plans
    # A subquery, not a join through the lines: a join would repeat an order per line.
    own_orders = Line.objects.filter(partner__users=user).values("order_id")
    return plans.filter(order_id__in=own_orders)


def works_for_a_seller(user: AbstractBaseUser) -> bool:
    return user.is_authenticated and Partner.objects.filter(users=user).exists()


AWAITING_DEPOSIT = "deposit"
AWAITING_BALANCE = "balance"


def awaiting_money(plans: QuerySet, *, awaiting: str = "", overdue: bool = False,
                   today: date | None = None) -> QuerySet:
    """Of `plans` (annotated by with_received), those of open orders still short of their
    total; `awaiting` narrows to those short of their deposit or of their balance only,
    `overdue` to those whose next payment is past its date."""
    today = today or timezone.localdate()
    short_of_deposit = Q(deposit_amount__gt=0, received_total__lt=F("deposit_amount"))
    plans = plans.exclude(order__status__in=CLOSED).filter(received_total__lt=F("total"))
    if awaiting == AWAITING_DEPOSIT:
        plans = plans.filter(short_of_deposit)
    elif awaiting == AWAITING_BALANCE:
        plans = plans.exclude(short_of_deposit)
    if overdue:
        # The same rule as next_due: the payment waited for next is past its date.
        plans = plans.filter((short_of_deposit & Q(deposit_due_on__lt=today))
                             | (~short_of_deposit & Q(balance_due_on__lt=today)))
    return plans.order_by("deposit_due_on", "balance_due_on", "pk")

