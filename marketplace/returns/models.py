"""Returns and disputes of retail orders.

A seller states its return commitment (`ReturnPolicy`); a buyer asks to return some of a
delivered retail order's lines within it (`ReturnRequest` with `ReturnLine`s and photos);
the seller approves or refuses; goods received back are refunded through the original
payment (`ReturnRefund`: a card refund through the gateway, or a bank refund recorded with
its reference). A refused or stalled request may be escalated (`Dispute`): both sides post
messages and evidence, an admin decides. Every step is a `CaseEvent` (who, when, what),
and each event is e-mailed to the parties once.

The seller of an order is the Oscar `Partner` whose lines it holds (one per order), owned
by an `Enterprise` (its filing); the policy belongs to the enterprise.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .storage import case_file_storage, case_file_upload_to

CONDITIONS_MAX = 2000
DETAILS_MAX = 2000
INSTRUCTIONS_MAX = 2000
REASON_MAX = 1000
MESSAGE_MAX = 2000
NOTE_MAX = 500
BANK_REFERENCE_MAX = 64
MAX_RETURN_DAYS = 365


class ShippingPaidBy(models.TextChoices):
    BUYER = "buyer", _("The buyer")
    SELLER = "seller", _("The seller")


class ReturnPolicy(models.Model):
    """The seller's stated return commitment, shown to buyers on their order page."""

    enterprise = models.OneToOneField(
        "sellers.Enterprise", on_delete=models.CASCADE, related_name="return_policy",
        verbose_name=_("seller"))
    days_after_delivery = models.PositiveSmallIntegerField(
        _("days after delivery"), validators=[MinValueValidator(0), MaxValueValidator(MAX_RETURN_DAYS)],
        help_text=_("How many days after delivery a buyer may ask to return goods (0: no returns)."))
    conditions = models.TextField(
        _("conditions"), max_length=CONDITIONS_MAX, blank=True,
        validators=[MaxLengthValidator(CONDITIONS_MAX)],
        help_text=_("E.g. unused, in the original packaging. Plain text."))
    return_shipping_paid_by = models.CharField(
        _("return shipping paid by"), max_length=8, choices=ShippingPaidBy.choices,
        default=ShippingPaidBy.BUYER)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("updated by"))

    class Meta:
        verbose_name = _("return policy")
        verbose_name_plural = _("return policies")
        constraints = [
            models.CheckConstraint(condition=models.Q(days_after_delivery__lte=MAX_RETURN_DAYS),
                                   name="returns_policy_days_bounded"),
        ]

    def __str__(self):
        return f"{self.enterprise_id}: {self.days_after_delivery} days"


class ReturnReason(models.TextChoices):
    DAMAGED = "damaged", _("Arrived damaged")
    DEFECTIVE = "defective", _("Defective or does not work")
    NOT_AS_DESCRIBED = "not_as_described", _("Not as described")
    WRONG_ITEM = "wrong_item", _("Wrong item sent")
    MISSING_PARTS = "missing_parts", _("Parts or accessories missing")
    NO_LONGER_NEEDED = "no_longer_needed", _("No longer needed")
    OTHER = "other", _("Other")


class ReturnStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested, awaiting the seller")
    APPROVED = "approved", _("Approved: send the goods back")
    REFUSED = "refused", _("Refused by the seller")
    REFUND_DUE = "refund_due", _("Refund due")
    REFUNDED = "refunded", _("Refunded")
    CLOSED = "closed", _("Closed without refund")


#: Requests whose quantities no longer count against what may be returned.
RELEASED_STATUSES = (ReturnStatus.REFUSED, ReturnStatus.CLOSED)
#: Requests still waiting for somebody: they may stall.
OPEN_STATUSES = (ReturnStatus.REQUESTED, ReturnStatus.APPROVED, ReturnStatus.REFUND_DUE)


class ReturnRequest(models.Model):
    """A buyer's request to return some of an order's goods, and where it stands."""

    order = models.ForeignKey("order.Order", on_delete=models.PROTECT, related_name="return_requests",
                              verbose_name=_("order"))
    buyer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                              verbose_name=_("buyer"))
    partner = models.ForeignKey("partner.Partner", on_delete=models.PROTECT, related_name="+",
                                verbose_name=_("seller"))
    enterprise = models.ForeignKey("sellers.Enterprise", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="return_requests", verbose_name=_("seller's enterprise"))
    reason = models.CharField(_("reason"), max_length=32, choices=ReturnReason.choices)
    details = models.TextField(_("details"), max_length=DETAILS_MAX, blank=True,
                               validators=[MaxLengthValidator(DETAILS_MAX)])
    status = models.CharField(_("status"), max_length=16, choices=ReturnStatus.choices,
                              default=ReturnStatus.REQUESTED, db_index=True)
    # The commitment the request was made under, as it stood then.
    window_days = models.PositiveSmallIntegerField(_("return window (days)"))
    return_shipping_paid_by = models.CharField(_("return shipping paid by"), max_length=8,
                                               choices=ShippingPaidBy.choices)
    instructions = models.TextField(_("return instructions"), max_length=INSTRUCTIONS_MAX, blank=True,
                                    validators=[MaxLengthValidator(INSTRUCTIONS_MAX)])
    refusal_reason = models.TextField(_("reason for refusal"), max_length=REASON_MAX, blank=True,
                                      validators=[MaxLengthValidator(REASON_MAX)])
    currency = models.CharField(_("currency"), max_length=12)
    #: What the returned lines were paid: the most the request refunds.
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    #: When the last step was made: a request without one for a while has stalled.
    last_step_at = models.DateTimeField(_("last step"), auto_now_add=True)

    class Meta:
        verbose_name = _("return request")
        verbose_name_plural = _("return requests")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(amount__gte=0), name="returns_request_amount_not_negative"),
        ]

    def __str__(self):
        return f"R{self.pk} ({self.order_id})"

    @property
    def reference(self) -> str:
        return f"R{self.pk:06d}"


class ReturnLine(models.Model):
    request = models.ForeignKey(ReturnRequest, on_delete=models.CASCADE, related_name="lines",
                                verbose_name=_("return request"))
    line = models.ForeignKey("order.Line", on_delete=models.PROTECT, related_name="+",
                             verbose_name=_("order line"))
    quantity = models.PositiveIntegerField(_("quantity"), validators=[MinValueValidator(1)])
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)

    class Meta:
        verbose_name = _("returned line")
        verbose_name_plural = _("returned lines")
        constraints = [
            models.UniqueConstraint(fields=["request", "line"], name="returns_line_once_per_request"),
            models.CheckConstraint(condition=models.Q(quantity__gte=1), name="returns_line_quantity_positive"),
        ]


class Dispute(models.Model):
    """A return request escalated to the platform, decided by an admin."""

    class InFavourOf(models.TextChoices):
        BUYER = "buyer", _("The buyer")
        SELLER = "seller", _("The seller")

    request = models.OneToOneField(ReturnRequest, on_delete=models.CASCADE, related_name="dispute",
                                   verbose_name=_("return request"))
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                  related_name="+", verbose_name=_("opened by"))
    opened_as = models.CharField(_("opened as"), max_length=8)
    opened_at = models.DateTimeField(_("opened"), auto_now_add=True, db_index=True)
    in_favour_of = models.CharField(_("decided in favour of"), max_length=8, choices=InFavourOf.choices,
                                    blank=True)
    decision_reason = models.TextField(_("reasons of the decision"), max_length=REASON_MAX, blank=True,
                                       validators=[MaxLengthValidator(REASON_MAX)])
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   blank=True, related_name="+", verbose_name=_("decided by"))
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("dispute")
        verbose_name_plural = _("disputes")
        ordering = ["opened_at", "pk"]
        permissions = [("decide_dispute", _("Can decide escalated return disputes"))]

    def __str__(self):
        return f"Dispute on {self.request_id}"

    @property
    def is_open(self) -> bool:
        return self.decided_at is None


class CaseMessage(models.Model):
    """A message of a dispute, from the buyer, the seller or the platform's staff."""

    dispute = models.ForeignKey(Dispute, on_delete=models.CASCADE, related_name="messages",
                                verbose_name=_("dispute"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                               related_name="+", verbose_name=_("author"))
    role = models.CharField(_("role"), max_length=8)
    body = models.TextField(_("message"), max_length=MESSAGE_MAX, validators=[MaxLengthValidator(MESSAGE_MAX)])
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("dispute message")
        verbose_name_plural = _("dispute messages")
        ordering = ["created_at", "pk"]


class CaseFile(models.Model):
    """A photo of a return request, or evidence in its dispute; stored privately and served
    only to the parties and staff."""

    request = models.ForeignKey(ReturnRequest, on_delete=models.CASCADE, related_name="files",
                                verbose_name=_("return request"))
    message = models.ForeignKey(CaseMessage, on_delete=models.CASCADE, null=True, blank=True,
                                related_name="files", verbose_name=_("message"))
    file = models.FileField(_("file"), upload_to=case_file_upload_to, storage=case_file_storage,
                            max_length=255)
    original_name = models.CharField(_("file name"), max_length=120)
    content_type = models.CharField(_("type"), max_length=32)
    size = models.PositiveIntegerField(_("size"))
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    related_name="+", verbose_name=_("uploaded by"))
    role = models.CharField(_("role"), max_length=8)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("case file")
        verbose_name_plural = _("case files")
        ordering = ["created_at", "pk"]


class RefundMethod(models.TextChoices):
    CARD = "card", _("Card refund")
    BANK = "bank", _("Bank transfer refund")


class RefundStatus(models.TextChoices):
    PENDING = "pending", _("In progress")
    FAILED = "failed", _("Failed")
    SUCCEEDED = "succeeded", _("Refunded")


class ReturnRefund(models.Model):
    """The refund of one return request, through the order's original payment.

    One per request (the request's row is the lock): a second click, a retry after
    success or a webhook never makes a second refund. A card refund carries an idempotency
    key made of the refund and its attempt; a failed attempt may be retried (a new attempt),
    a stale attempt is retried under its own key, so the gateway makes it once.
    """

    request = models.OneToOneField(ReturnRequest, on_delete=models.PROTECT, related_name="refund",
                                   verbose_name=_("return request"))
    method = models.CharField(_("method"), max_length=8, choices=RefundMethod.choices)
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=12)
    status = models.CharField(_("status"), max_length=16, choices=RefundStatus.choices,
                              default=RefundStatus.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    attempted_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    failure_message = models.CharField(_("failure"), max_length=255, blank=True)
    card_payment = models.ForeignKey("payments.CardPayment", on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="+", verbose_name=_("card payment"))
    card_refund = models.ForeignKey("payments.CardRefund", on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+", verbose_name=_("gateway refund"))
    bank_reference = models.CharField(_("bank reference"), max_length=BANK_REFERENCE_MAX, blank=True)
    refunded_on = models.DateField(_("refunded on"), null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    blank=True, related_name="+", verbose_name=_("recorded by"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("return refund")
        verbose_name_plural = _("return refunds")
        constraints = [
            models.CheckConstraint(condition=models.Q(amount__gt=Decimal(0)), name="returns_refund_amount_positive"),
        ]

    @property
    def idempotency_key(self) -> str:
        return f"return-refund-{self.pk}-attempt-{self.attempts}"


class CaseEvent(models.Model):
    """One step of a return case, for the audit trail and the e-mail to the parties."""

    class Action(models.TextChoices):
        REQUESTED = "requested", _("Return requested")
        APPROVED = "approved", _("Return approved")
        REFUSED = "refused", _("Return refused")
        RECEIVED = "received", _("Goods received back")
        REFUND_STARTED = "refund_started", _("Refund started")
        REFUND_FAILED = "refund_failed", _("Refund failed")
        REFUNDED = "refunded", _("Refunded")
        ESCALATED = "escalated", _("Escalated to the platform")
        MESSAGE = "message", _("Message posted")
        DECIDED_BUYER = "decided_buyer", _("Dispute decided in favour of the buyer")
        DECIDED_SELLER = "decided_seller", _("Dispute decided in favour of the seller")

    request = models.ForeignKey(ReturnRequest, on_delete=models.CASCADE, related_name="events",
                                verbose_name=_("return request"))
    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+", verbose_name=_("by"))
    role = models.CharField(_("role"), max_length=8)
    note = models.TextField(_("note"), max_length=NOTE_MAX, blank=True, validators=[MaxLengthValidator(NOTE_MAX)])
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    notified_at = models.DateTimeField(_("parties e-mailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("return case event")
        verbose_name_plural = _("return case events")
        ordering = ["created_at", "pk"]
