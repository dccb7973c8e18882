"""Reads of returns and disputes: the commitment that applies, what may still be returned,
who a person is on a case, the queues, and the counts the seller rating reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_DOWN, Decimal

from babel.numbers import get_currency_precision
from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.declaration import modes
from marketplace.order_lifecycle import rules, statuses

from . import conf
from .models import (
    OPEN_STATUSES,
    RELEASED_STATUSES,
    Dispute,
    ReturnLine,
    ReturnPolicy,
    ReturnRequest,
)

OrderStatusChange = get_model("order", "OrderStatusChange")

BUYER, SELLER, STAFF, SYSTEM = "buyer", "seller", "staff", "system"
#: Customs modes of retail orders (DOMAIN.md §1): returns are for these only.
RETAIL_MODES = frozenset({modes.RETAIL, modes.BONDED})
#: The order statuses after which goods are with the buyer.
DELIVERED_STATUSES = (statuses.DELIVERED, statuses.COMPLETED)


@dataclass(frozen=True)
class StatedPolicy:
    """The commitment that applies to a seller: its own, or the platform's default."""

    days_after_delivery: int
    conditions: str
    return_shipping_paid_by: str
    stated: bool  # False: the seller stated nothing and the default applies

    @property
    def shipping_label(self):
        from .models import ShippingPaidBy

        return ShippingPaidBy(self.return_shipping_paid_by).label


def policy_of(enterprise) -> StatedPolicy:
    policy = ReturnPolicy.objects.filter(enterprise=enterprise).first() if enterprise is not None else None
    if policy is None:
        return StatedPolicy(conf.default_return_days(), conf.default_return_conditions(),
                            conf.default_return_shipping_paid_by(), stated=False)
    return StatedPolicy(policy.days_after_delivery, policy.conditions, policy.return_shipping_paid_by,
                        stated=True)


def seller_of(order):
    """(Partner, Enterprise or None) of the order's seller, or (None, None) for an order
    without a single seller."""
    partner = rules.order_seller(order)
    if partner is None:
        return None, None
    return partner, getattr(partner, "enterprise", None)


def is_retail(order) -> bool:
    """Whether the order is a retail sale (9610 or 1210): the customs mode rule decides
    (declaration.modes.customs_mode: a private buyer's parcel, or a retail import)."""
    return modes.customs_mode(order) in RETAIL_MODES


def delivered_at(order) -> datetime | None:
    """When the goods reached the buyer: the first move to Delivered or Completed."""
    change = (OrderStatusChange.objects.filter(order=order, new_status__in=DELIVERED_STATUSES)
              .order_by("date_created", "pk").first())
    return change.date_created if change is not None else None


@dataclass(frozen=True)
class Eligibility:
    allowed: bool
    message: str
    policy: StatedPolicy
    window_ends: datetime | None


def eligibility(order, *, now: datetime | None = None) -> Eligibility:
    """Whether the order's buyer may ask to return goods now, and if not, why (in words)."""
    now = now or timezone.now()
    _partner, enterprise = seller_of(order)
    policy = policy_of(enterprise)
    if not is_retail(order):
        return Eligibility(False, _("Returns through the platform are for retail orders. For this business "
                                    "order, agree any return with the seller under your contract."),
                           policy, None)
    if _partner is None:
        return Eligibility(False, _("This order has no single seller to return goods to."), policy, None)
    delivered = delivered_at(order)
    if delivered is None:
        return Eligibility(False, _("You can ask for a return once the goods have been delivered."),
                           policy, None)
    ends = delivered + timedelta(days=policy.days_after_delivery)
    if policy.days_after_delivery == 0 or now > ends:
        return Eligibility(False, _("The seller's return period for this order has ended."), policy, ends)
    if not any(left > 0 for left in returnable_quantities(order).values()):
        return Eligibility(False, _("Every item of this order has already been returned or asked back."),
                           policy, ends)
    return Eligibility(True, "", policy, ends)


def counted_lines(order, *, exclude_request_id: int | None = None) -> QuerySet[ReturnLine]:
    """Lines of the order's requests that still hold their quantities: all but refused ones
    not escalated and ones closed without refund."""
    lines = ReturnLine.objects.filter(request__order=order).exclude(
        Q(request__status__in=RELEASED_STATUSES)
        & (Q(request__dispute__isnull=True) | Q(request__dispute__decided_at__isnull=False)))
    if exclude_request_id is not None:
        lines = lines.exclude(request_id=exclude_request_id)
    return lines


def returnable_quantities(order, *, exclude_request_id: int | None = None) -> dict[int, int]:
    """Per order line id: what was bought less what is already returned or asked back."""
    taken = dict(counted_lines(order, exclude_request_id=exclude_request_id)
                 .values("line_id").annotate(total=Sum("quantity")).values_list("line_id", "total"))
    return {line.pk: max(line.quantity - (taken.get(line.pk) or 0), 0) for line in order.lines.all()}


def line_amount(line, quantity: int, currency: str) -> Decimal:
    """What `quantity` of `line` was paid (after discounts, tax included), rounded down to
    the currency's minor unit, so parts of a line never add up to more than the line."""
    unit = Decimal(1).scaleb(-get_currency_precision(currency.upper()))
    return (Decimal(line.line_price_incl_tax) * quantity / line.quantity).quantize(unit, rounding=ROUND_DOWN)


def role_on(request: ReturnRequest, user) -> str | None:
    """The capacity in which `user` sees the case: buyer, seller, staff, or None (a stranger)."""
    if user is None or not user.is_authenticated:
        return None
    if request.buyer_id == user.pk:
        return BUYER
    if request.partner.users.filter(pk=user.pk).exists():
        return SELLER
    if is_admin(user):
        return STAFF
    return None


def is_admin(user) -> bool:
    """Platform staff who see and decide escalated disputes."""
    return bool(user and user.is_authenticated and (user.is_staff or user.has_perm("returns.decide_dispute")))


def case_for(user, pk: int) -> tuple[ReturnRequest, str] | None:
    """The case `pk` with `user`'s role on it, or None when `user` is no party of it."""
    request = (ReturnRequest.objects.select_related("order", "partner", "enterprise", "buyer")
               .filter(pk=pk).first())
    if request is None:
        return None
    role = role_on(request, user)
    return (request, role) if role else None


def requests_of_order(order) -> QuerySet[ReturnRequest]:
    return (ReturnRequest.objects.filter(order=order).select_related("dispute", "refund")
            .prefetch_related("lines__line"))


def seller_requests(user) -> QuerySet[ReturnRequest]:
    """The return requests of the orders of every seller `user` works for (all for staff)."""
    requests = ReturnRequest.objects.select_related("order", "dispute", "refund", "partner")
    if is_admin(user):
        return requests
    return requests.filter(partner__users=user)


def escalated_disputes(*, decided: bool = False) -> QuerySet[Dispute]:
    """The disputes waiting for an admin (oldest first), or the decided ones (newest first)."""
    disputes = Dispute.objects.select_related("request__order", "request__partner", "opened_by")
    if decided:
        return disputes.filter(decided_at__isnull=False).order_by("-decided_at", "-pk")
    return disputes.filter(decided_at__isnull=True).order_by("opened_at", "pk")


def has_stalled(request: ReturnRequest, *, now: datetime | None = None) -> bool:
    now = now or timezone.now()
    return (request.status in OPEN_STATUSES
            and now - request.last_step_at >= timedelta(days=conf.stalled_after_days()))


def may_escalate(request: ReturnRequest, role: str | None, *, now: datetime | None = None) -> bool:
    """A buyer or the seller escalates a refused request, or one that has stalled."""
    if role not in (BUYER, SELLER) or hasattr_dispute(request):
        return False
    from .models import ReturnStatus

    return request.status == ReturnStatus.REFUSED or has_stalled(request, now=now)


def hasattr_dispute(request: ReturnRequest) -> bool:
    try:
        return request.dispute is not None
    except Dispute.DoesNotExist:
        return False


def dispute_counts(enterprise_ids=None, since=None) -> dict[int, dict]:
    """Per seller enterprise id: {"opened": disputes opened, "decided_for_buyer": disputes
    decided in the buyer's favour}, counting disputes opened (resp. decided) at or after
    `since` when given. Enterprises without any are left out. For the seller rating."""
    disputes = Dispute.objects.filter(request__enterprise__isnull=False)
    if enterprise_ids is not None:
        disputes = disputes.filter(request__enterprise_id__in=list(enterprise_ids))
    opened = disputes if since is None else disputes.filter(opened_at__gte=since)
    decided = disputes.filter(in_favour_of=Dispute.InFavourOf.BUYER, decided_at__isnull=False)
    if since is not None:
        decided = decided.filter(decided_at__gte=since)
    counts: dict[int, dict] = {}
    for enterprise_id, total in (opened.values("request__enterprise_id").annotate(n=Count("pk"))
                                 .values_list("request__enterprise_id", "n")):
        counts.setdefault(enterprise_id, {"opened": 0, "decided_for_buyer": 0})["opened"] = total
    for enterprise_id, total in (decided.values("request__enterprise_id").annotate(n=Count("pk"))
                                 .values_list("request__enterprise_id", "n")):
        counts.setdefault(enterprise_id, {"opened": 0, "decided_for_buyer": 0})["decided_for_buyer"] = total
    return counts
