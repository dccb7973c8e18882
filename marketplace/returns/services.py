"""Use cases of returns and disputes: one function per step, each in its own transaction,
with the request's row as the lock. Every step is recorded as a CaseEvent (who, in which
role, when, what) and e-mailed to the parties after commit.

A step somebody may not take, or that does not fit the case's state, raises `CaseRefused`
with the reason in the reader's language; bad input raises ValidationError by field.
"""

from __future__ import annotations

import logging
import os
from datetime import date, timedelta
from decimal import Decimal
from functools import partial

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.bank_transfer.services import BANK_TRANSFER_SOURCE, normalise_bank_reference
from marketplace.order_lifecycle import services as lifecycle
from marketplace.payments.backends.base import GatewayError, PaymentGateway
from marketplace.payments.models import CardPayment, CardPaymentStatus
from marketplace.payments.money import InvalidAmount
from marketplace.payments.services import RefundRefused, refund_card_payment
from marketplace.rfq.text import plain_text

from . import conf, selectors, signals, storage, tasks
from .models import (
    BANK_REFERENCE_MAX,
    DETAILS_MAX,
    INSTRUCTIONS_MAX,
    MAX_RETURN_DAYS,
    MESSAGE_MAX,
    NOTE_MAX,
    REASON_MAX,
    CaseEvent,
    CaseFile,
    CaseMessage,
    Dispute,
    RefundMethod,
    RefundStatus,
    ReturnLine,
    ReturnPolicy,
    ReturnReason,
    ReturnRefund,
    ReturnRequest,
    ReturnStatus,
    ShippingPaidBy,
)
from .selectors import BUYER, SELLER, STAFF

logger = logging.getLogger(__name__)

Order = get_model("order", "Order")
Source = get_model("payment", "Source")

A = CaseEvent.Action


class CaseRefused(Exception):
    """A step of a return case that cannot be taken; `message` says why, for the person."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


# --- the seller's commitment --------------------------------------------------------------


def save_policy(enterprise, *, days_after_delivery: int, conditions: str, return_shipping_paid_by: str,
                by) -> ReturnPolicy:
    """The seller's stated return commitment, made or changed. Guarantees: days within 0 to
    MAX_RETURN_DAYS, conditions plain text within CONDITIONS_MAX (ValidationError by field);
    requests already made keep the commitment they were made under."""
    conditions = plain_text(conditions)
    errors = {}
    if isinstance(days_after_delivery, bool) or not isinstance(days_after_delivery, int) \
            or not 0 <= days_after_delivery <= MAX_RETURN_DAYS:
        errors["days_after_delivery"] = [_("Enter a number of days from 0 to %(max)s.") % {"max": MAX_RETURN_DAYS}]
    if return_shipping_paid_by not in ShippingPaidBy.values:
        errors["return_shipping_paid_by"] = [_("Choose who pays the return shipping.")]
    policy = ReturnPolicy.objects.filter(enterprise=enterprise).first() or ReturnPolicy(enterprise=enterprise)
    policy.days_after_delivery = days_after_delivery if "days_after_delivery" not in errors else 0
    policy.conditions = conditions
    policy.return_shipping_paid_by = return_shipping_paid_by
    policy.updated_by = by if by is not None and by.is_authenticated else None
    try:
        policy.full_clean(exclude=["enterprise", "updated_by", *errors])
    except ValidationError as error:
        for field, messages in error.message_dict.items():
            errors.setdefault(field, []).extend(messages)
    if errors:
        raise ValidationError(errors)
    policy.save()
    return policy


# --- the buyer asks ---------------------------------------------------------------------


def request_return(order, *, buyer, quantities: dict[int, int], reason: str, details: str = "",
                   photos=()) -> ReturnRequest:
    """The buyer of a delivered retail order asks to return `quantities` (order line id ->
    quantity) of it.

    Guarantees, with the order's row locked (two requests at once are counted one after
    the other): only the order's own buyer (CaseRefused, as for a B2B order, an order not
    delivered, or one past the seller's return period); each quantity from 1 to what was
    bought less what is already returned or asked back, lines of this order only, at least
    one (ValidationError on "lines"); a reason of the list, details plain text within
    DETAILS_MAX; photos JPEG or PNG by content, within size and count (ValidationError on
    "photos"). The request keeps the commitment it was made under and the amount its lines
    were paid. The seller is e-mailed, and `case_opened` sent, after commit.
    """
    if order.user_id is None or buyer is None or order.user_id != buyer.pk:
        raise CaseRefused(_("Only the buyer of this order can ask to return its goods."))
    details = plain_text(details, max_length=DETAILS_MAX)
    errors: dict[str, list] = {}
    if reason not in ReturnReason.values:
        errors["reason"] = [_("Choose a reason from the list.")]
    if reason == ReturnReason.OTHER and not details:
        errors["details"] = [_("Tell the seller what is wrong.")]
    checked_photos = _checked_files(photos, errors, field="photos", allow_pdf=False)
    with transaction.atomic():
        order = Order.objects.select_for_update(of=("self",)).get(pk=order.pk)
        verdict = selectors.eligibility(order)
        if not verdict.allowed:
            raise CaseRefused(verdict.message)
        left = selectors.returnable_quantities(order)
        lines = {line.pk: line for line in order.lines.all()}
        wanted = {}
        for line_id, quantity in (quantities or {}).items():
            if not quantity:
                continue
            line = lines.get(line_id)
            if line is None:
                errors.setdefault("lines", []).append(_("That item is not part of this order."))
            elif isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 0 \
                    or quantity > left.get(line_id, 0):
                errors.setdefault("lines", []).append(
                    _("“%(title)s”: you may return from 1 to %(left)s.")
                    % {"title": line.title, "left": left.get(line_id, 0)})
            else:
                wanted[line_id] = quantity
        if not wanted and "lines" not in errors:
            errors["lines"] = [_("Choose what you want to return.")]
        if errors:
            raise ValidationError(errors)
        partner, enterprise = selectors.seller_of(order)
        amounts = {line_id: selectors.line_amount(lines[line_id], quantity, order.currency)
                   for line_id, quantity in wanted.items()}
        request = ReturnRequest.objects.create(
            order=order, buyer=buyer, partner=partner, enterprise=enterprise, reason=reason, details=details,
            window_days=verdict.policy.days_after_delivery,
            return_shipping_paid_by=verdict.policy.return_shipping_paid_by,
            currency=order.currency, amount=sum(amounts.values(), Decimal("0.00")))
        ReturnLine.objects.bulk_create([
            ReturnLine(request=request, line_id=line_id, quantity=quantity, amount=amounts[line_id])
            for line_id, quantity in wanted.items()])
        _store_files(request, checked_photos, by=buyer, role=BUYER)
        _event(request, A.REQUESTED, by=buyer, role=BUYER,
               note=ReturnReason(reason).label if reason in ReturnReason.values else "")
        _after_commit(signals.case_opened, case=request, order=order, enterprise=enterprise, kind="return")
    return request


# --- the seller answers -------------------------------------------------------------------


def approve(request: ReturnRequest, *, by, instructions: str) -> ReturnRequest:
    """The seller (or staff) approves a request and tells the buyer how to send the goods
    back. Guarantees: only a request awaiting the seller; instructions required, plain
    text within INSTRUCTIONS_MAX (ValidationError on "instructions")."""
    instructions = plain_text(instructions, max_length=INSTRUCTIONS_MAX)
    if not instructions:
        raise ValidationError({"instructions": [_("Tell the buyer where and how to send the goods back.")]})
    with transaction.atomic():
        request, role = _locked(request, by, roles=(SELLER, STAFF))
        _expect(request, ReturnStatus.REQUESTED)
        request.status = ReturnStatus.APPROVED
        request.instructions = instructions
        _step(request, A.APPROVED, by=by, role=role)
    return request


def refuse(request: ReturnRequest, *, by, reason: str) -> ReturnRequest:
    """The seller (or staff) refuses a request, with its reason (required, plain text within
    REASON_MAX). The buyer may then escalate it."""
    reason = plain_text(reason, max_length=REASON_MAX)
    if not reason:
        raise ValidationError({"reason": [_("Tell the buyer why the return is refused.")]})
    with transaction.atomic():
        request, role = _locked(request, by, roles=(SELLER, STAFF))
        _expect(request, ReturnStatus.REQUESTED)
        request.status = ReturnStatus.REFUSED
        request.refusal_reason = reason
        _step(request, A.REFUSED, by=by, role=role, note=reason)
    return request


def mark_received(request: ReturnRequest, *, by) -> ReturnRequest:
    """The seller (or staff) received the goods back: the refund is due. The card refund is
    made by `refund` (the view calls it next); a bank refund is recorded by
    `record_bank_refund`."""
    with transaction.atomic():
        request, role = _locked(request, by, roles=(SELLER, STAFF))
        _expect(request, ReturnStatus.APPROVED)
        request.status = ReturnStatus.REFUND_DUE
        _step(request, A.RECEIVED, by=by, role=role)
    return request


# --- refunds -----------------------------------------------------------------------------


def refund_method(order) -> tuple[str, CardPayment | None]:
    """How the order was paid, so how it is refunded: ("card", the card payment) when a card
    payment of the gateway paid it, else ("bank", None)."""
    card_references = list(order.sources.filter(source_type__name=lifecycle.CARD_SOURCE)
                           .values_list("reference", flat=True))
    payment = (CardPayment.objects.filter(intent_id__in=card_references,
                                          status__in=(CardPaymentStatus.SUCCEEDED,
                                                      CardPaymentStatus.PARTIALLY_REFUNDED,
                                                      CardPaymentStatus.REFUNDED))
               .order_by("-amount").first()) if card_references else None
    if payment is not None:
        return RefundMethod.CARD, payment
    return RefundMethod.BANK, None


def refundable_amount(request: ReturnRequest) -> Decimal:
    """What this request may still refund: its lines' amount, but never more than the order
    still holds of what was paid (payments less refunds, whether recorded by the payment
    sources or by other return requests)."""
    order = request.order
    sources = order.sources.filter(currency__iexact=order.currency).aggregate(
        paid=Sum("amount_debited"), refunded=Sum("amount_refunded"))
    paid = sources["paid"] or Decimal("0.00")
    by_returns = (ReturnRefund.objects.filter(request__order=order)
                  .exclude(request=request).exclude(status=RefundStatus.FAILED)
                  .aggregate(total=Sum("amount"))["total"] or Decimal("0.00"))
    already = max(sources["refunded"] or Decimal("0.00"), by_returns)
    return max(min(request.amount, paid - already), Decimal("0.00"))


def refund(request: ReturnRequest, *, by, gateway: PaymentGateway | None = None) -> ReturnRefund:
    """Refunds a request whose refund is due to the buyer's card, through the gateway.

    Guarantees: only the seller or staff, only a request whose refund is due and whose
    order was paid by card (CaseRefused otherwise, and for a refund already made or in
    progress: never a second refund). The amount is what the lines were paid, capped by
    what the order still holds. The attempt is recorded before the gateway is asked (the
    request's row is the lock, so a double click makes one call) and carries the
    idempotency key of the refund and attempt. A gateway refusal or outage is recorded as
    a failed attempt with its message (returned, not raised) and may be retried; an
    attempt left "in progress" for MARKETPLACE_RETURN_STALE_REFUND_MINUTES is retried
    under its own key, so the gateway makes it once.
    """
    now = timezone.now()
    with transaction.atomic():
        request, role = _locked(request, by, roles=(SELLER, STAFF))
        _expect(request, ReturnStatus.REFUND_DUE)
        method, payment = refund_method(request.order)
        if method != RefundMethod.CARD:
            raise CaseRefused(_("This order was paid by bank transfer: record the bank refund instead."))
        current = ReturnRefund.objects.select_for_update().filter(request=request).first()
        if current is not None and current.status == RefundStatus.SUCCEEDED:
            raise CaseRefused(_("This return has already been refunded."))
        stale = now - timedelta(minutes=conf.stale_refund_minutes())
        if current is not None and current.status == RefundStatus.PENDING and current.attempted_at \
                and current.attempted_at > stale:
            raise CaseRefused(_("The refund is in progress; please wait for its result."))
        amount = refundable_amount(request)
        if amount <= 0:
            raise CaseRefused(_("Nothing is left to refund on this order."))
        if current is None:
            current = ReturnRefund(request=request, method=method, currency=request.currency, attempts=1)
        elif current.status == RefundStatus.FAILED:
            current.attempts += 1
        # A stale "in progress" attempt keeps its number, hence its idempotency key.
        current.amount = amount
        current.card_payment = payment
        current.status = RefundStatus.PENDING
        current.attempted_at = now
        current.failure_message = ""
        current.save()
        _event(request, A.REFUND_STARTED, by=by, role=role, note=f"{amount} {request.currency}", notify=False)
    try:
        card_refund = refund_card_payment(payment, amount, gateway=gateway,
                                          idempotency_key=current.idempotency_key)
    except (GatewayError, RefundRefused, InvalidAmount) as error:
        logger.warning("Refund of return %s failed: %s", request.pk, error)
        with transaction.atomic():
            current = ReturnRefund.objects.select_for_update().get(pk=current.pk)
            current.status = RefundStatus.FAILED
            current.failure_message = str(error)[:255]
            current.save(update_fields=["status", "failure_message", "updated_at"])
            _event(request, A.REFUND_FAILED, by=by, role=role, note=current.failure_message, notify=False)
        return current
    with transaction.atomic():
        request = ReturnRequest.objects.select_for_update().get(pk=request.pk)
        current = ReturnRefund.objects.select_for_update().get(pk=current.pk)
        current.status = RefundStatus.SUCCEEDED
        current.card_refund = card_refund
        current.save(update_fields=["status", "card_refund", "updated_at"])
        request.status = ReturnStatus.REFUNDED
        _step(request, A.REFUNDED, by=by, role=role, note=f"{amount} {request.currency}")
    return current


def record_bank_refund(request: ReturnRequest, *, by, bank_reference: str, refunded_on: date) -> ReturnRefund:
    """Records the bank transfer that refunded a request of an order paid by bank transfer.

    Guarantees: only the seller or staff, only a request whose refund is due and whose order
    was not paid by card (CaseRefused); the bank's reference required (stored as
    bank_transfer stores references: no spaces, capitals), the date not in the future
    (ValidationError by field); once per request. The order's bank-transfer payment source
    counts the refund, and an order refunded in full moves to Refunded.
    """
    bank_reference = normalise_bank_reference(plain_text(bank_reference, single_line=True))
    errors = {}
    if not bank_reference or len(bank_reference) > BANK_REFERENCE_MAX:
        errors["bank_reference"] = [_("Enter the bank's reference of the refund (at most %(max)s characters).")
                                    % {"max": BANK_REFERENCE_MAX}]
    if not isinstance(refunded_on, date) or refunded_on > timezone.localdate():
        errors["refunded_on"] = [_("Enter the day the refund was sent (not a future day).")]
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        request, role = _locked(request, by, roles=(SELLER, STAFF))
        _expect(request, ReturnStatus.REFUND_DUE)
        method, _payment = refund_method(request.order)
        if method != RefundMethod.BANK:
            raise CaseRefused(_("This order was paid by card: refund it to the card."))
        if ReturnRefund.objects.filter(request=request, status=RefundStatus.SUCCEEDED).exists():
            raise CaseRefused(_("This return has already been refunded."))
        amount = refundable_amount(request)
        if amount <= 0:
            raise CaseRefused(_("Nothing is left to refund on this order."))
        current, _created = ReturnRefund.objects.update_or_create(request=request, defaults={
            "method": RefundMethod.BANK, "amount": amount, "currency": request.currency,
            "status": RefundStatus.SUCCEEDED, "bank_reference": bank_reference, "refunded_on": refunded_on,
            "recorded_by": by, "attempted_at": timezone.now()})
        source = (Source.objects.select_for_update().filter(order=request.order,
                                                            source_type__name=BANK_TRANSFER_SOURCE).first())
        if source is not None:
            lifecycle.record_card_refund(request.order.number, gateway_reference=source.reference,
                                         amount_refunded=source.amount_refunded + amount)
        request.status = ReturnStatus.REFUNDED
        _step(request, A.REFUNDED, by=by, role=role,
              note=f"{amount} {request.currency}, {bank_reference}, {refunded_on.isoformat()}")
    return current


# --- disputes ----------------------------------------------------------------------------


def escalate(request: ReturnRequest, *, by, message: str, files=()) -> Dispute:
    """The buyer or the seller escalates a refused or stalled request to the platform.

    Guarantees: only a party, only a refused request or one without a step for
    MARKETPLACE_RETURN_STALLED_DAYS, once per request (CaseRefused); a refused request's
    quantities must still fit what may be returned (it may have been asked again since).
    The message (required, plain text within MESSAGE_MAX) and evidence files open the
    dispute's thread. Admins' queue shows it; the parties (and the dispute desk) are
    e-mailed and `case_opened` (kind "dispute") is sent after commit.
    """
    body = plain_text(message, max_length=MESSAGE_MAX)
    errors: dict[str, list] = {}
    if not body:
        errors["body"] = [_("Explain what you want the platform to decide.")]
    checked = _checked_files(files, errors, field="files", allow_pdf=True)
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        request, role = _locked(request, by, roles=(BUYER, SELLER))
        if not selectors.may_escalate(request, role):
            raise CaseRefused(_("Only a refused return, or one without an answer for %(days)s days, can be "
                                "escalated, once.") % {"days": conf.stalled_after_days()})
        if request.status == ReturnStatus.REFUSED:
            left = selectors.returnable_quantities(request.order, exclude_request_id=request.pk)
            if any(line.quantity > left.get(line.line_id, 0) for line in request.lines.all()):
                raise CaseRefused(_("These items have been asked back in another return since."))
        dispute = Dispute.objects.create(request=request, opened_by=by, opened_as=role)
        case_message = CaseMessage.objects.create(dispute=dispute, author=by, role=role, body=body)
        _store_files(request, checked, by=by, role=role, message=case_message)
        _step(request, A.ESCALATED, by=by, role=role, note=body[:NOTE_MAX])
        _after_commit(signals.case_opened, case=request, order=request.order, enterprise=request.enterprise,
                      kind="dispute")
    return dispute


def post_message(request: ReturnRequest, *, by, body: str, files=()) -> CaseMessage:
    """A message (and evidence) in an open dispute, from the buyer, the seller or staff.
    Guarantees: body required, plain text within MESSAGE_MAX; files JPEG, PNG or PDF by
    content, within size and count, and the case's total; the other parties are e-mailed."""
    body = plain_text(body, max_length=MESSAGE_MAX)
    errors: dict[str, list] = {}
    if not body:
        errors["body"] = [_("Write a message.")]
    checked = _checked_files(files, errors, field="files", allow_pdf=True)
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        request, role = _locked(request, by, roles=(BUYER, SELLER, STAFF))
        dispute = Dispute.objects.filter(request=request).first()
        if dispute is None or not dispute.is_open:
            raise CaseRefused(_("Messages are posted in an open dispute."))
        if request.files.count() + len(checked) > conf.case_files_max():
            raise ValidationError({"files": [_("This case holds as many files as it may.")]})
        message = CaseMessage.objects.create(dispute=dispute, author=by, role=role, body=body)
        _store_files(request, checked, by=by, role=role, message=message)
        _step(request, A.MESSAGE, by=by, role=role, note=body[:NOTE_MAX])
    return message


def decide_dispute(request: ReturnRequest, *, by, in_favour_of: str, reason: str) -> Dispute:
    """An admin decides an escalated dispute, with reasons (required, plain text).

    Guarantees: only admins (staff, or the permission returns.decide_dispute), only an open
    dispute, once (CaseRefused). In the buyer's favour the refund is due (the card refund
    is made by `refund`, which the view calls next; a bank refund is recorded); in the
    seller's the case is closed. The parties are e-mailed and `dispute_decided` sent after
    commit.
    """
    reason = plain_text(reason, max_length=REASON_MAX)
    errors = {}
    if in_favour_of not in Dispute.InFavourOf.values:
        errors["in_favour_of"] = [_("Decide for the buyer or for the seller.")]
    if not reason:
        errors["reason"] = [_("Give the reasons of the decision.")]
    if errors:
        raise ValidationError(errors)
    if not selectors.is_admin(by):
        raise CaseRefused(_("Only the platform's admins decide disputes."))
    with transaction.atomic():
        request = ReturnRequest.objects.select_for_update().select_related("order", "partner").get(pk=request.pk)
        dispute = Dispute.objects.select_for_update().filter(request=request).first()
        if dispute is None or not dispute.is_open:
            raise CaseRefused(_("There is no open dispute on this return."))
        dispute.in_favour_of = in_favour_of
        dispute.decision_reason = reason
        dispute.decided_by = by
        dispute.decided_at = timezone.now()
        dispute.save()
        for_buyer = in_favour_of == Dispute.InFavourOf.BUYER
        request.status = ReturnStatus.REFUND_DUE if for_buyer else ReturnStatus.CLOSED
        _step(request, A.DECIDED_BUYER if for_buyer else A.DECIDED_SELLER, by=by, role=STAFF, note=reason)
        _after_commit(signals.dispute_decided, dispute=dispute, order=request.order,
                      enterprise=request.enterprise, in_favour_of=in_favour_of)
    return dispute


# --- helpers ---------------------------------------------------------------------------


def _locked(request: ReturnRequest, by, *, roles) -> tuple[ReturnRequest, str]:
    locked = (ReturnRequest.objects.select_for_update(of=("self",))
              .select_related("order", "partner", "enterprise").get(pk=request.pk))
    role = selectors.role_on(locked, by)
    if role not in roles:
        raise CaseRefused(_("You may not take this step on this return."))
    return locked, role


def _expect(request: ReturnRequest, *allowed: str) -> None:
    if request.status not in allowed:
        raise CaseRefused(_("This return is now: %(status)s. That step is no longer possible.")
                          % {"status": ReturnStatus(request.status).label})


def _step(request: ReturnRequest, action: str, *, by, role: str, note: str = "") -> CaseEvent:
    request.last_step_at = timezone.now()
    request.save()
    return _event(request, action, by=by, role=role, note=note)


def _event(request: ReturnRequest, action: str, *, by, role: str, note: str = "", notify: bool = True) -> CaseEvent:
    event = CaseEvent.objects.create(
        request=request, action=action, actor=by if by is not None and by.is_authenticated else None,
        role=role, note=plain_text(note, max_length=NOTE_MAX))
    if notify:
        transaction.on_commit(partial(tasks.send_case_notice.delay, event.pk), robust=True)
    return event


def _after_commit(signal, **kwargs) -> None:
    transaction.on_commit(partial(signal.send, sender=ReturnRequest, **kwargs), robust=True)


def _checked_files(files, errors: dict, *, field: str, allow_pdf: bool) -> list[tuple[object, str]]:
    files = [item for item in (files or ()) if item]
    if len(files) > conf.photo_max_count():
        errors.setdefault(field, []).append(
            _("Attach at most %(count)s files.") % {"count": conf.photo_max_count()})
        return []
    checked = []
    for upload in files:
        try:
            checked.append((upload, storage.detect_type(upload, allow_pdf=allow_pdf)))
        except ValidationError as error:
            errors.setdefault(field, []).extend(error.messages)
    return checked


def _store_files(request: ReturnRequest, checked, *, by, role: str, message: CaseMessage | None = None) -> None:
    # Django has no hook on rollback: a file of a rolled back step stays on disk under a
    # random name no record points to, which no view serves.
    for upload, content_type in checked:
        name = plain_text(os.path.basename(upload.name or ""), single_line=True,
                          max_length=storage.NAME_MAX) or "file"
        record = CaseFile(request=request, message=message, original_name=name, content_type=content_type,
                          size=upload.size or 0, uploaded_by=by, role=role)
        upload.seek(0)
        record.file.save(f"upload{storage.extension_for(content_type)}", upload, save=False)
        record.save()
