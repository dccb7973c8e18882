"""Bank transfer (T/T): what an order's buyer owes by when, and the money that arrived.

A T/T order is paid in up to two transfers: a deposit (production starts on it) and the
balance (before shipping). The plan fixes both amounts once, in the order's currency and
rounded to its minor unit, so that what the buyer was told, what the proforma invoice
prints and what the dashboard checks receipts against are the same figures.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: What a buyer must quote with its transfer: SEPA's unstructured remittance text holds 140.
REFERENCE_MAX_LENGTH = 140
#: A bank's own reference of a credit: MT103 field 20 (16), a UETR (36), with room to spare.
BANK_REFERENCE_MAX_LENGTH = 64
NOTE_MAX_LENGTH = 500


class PaymentPlan(models.Model):
    """The deposit and balance an order's buyer pays by bank transfer, and when."""

    order = models.OneToOneField(
        "order.Order", on_delete=models.CASCADE, related_name="payment_plan", verbose_name=_("order"))
    currency = models.CharField(_("currency"), max_length=3)
    total = models.DecimalField(_("total"), max_digits=12, decimal_places=2)
    deposit_percent = models.PositiveSmallIntegerField(
        _("deposit percent"), validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("0: the whole amount is paid at once."))
    deposit_amount = models.DecimalField(_("deposit"), max_digits=12, decimal_places=2)
    balance_amount = models.DecimalField(_("balance"), max_digits=12, decimal_places=2)
    #: Empty when there is no deposit (0 %), or no balance (100 %).
    deposit_due_on = models.DateField(_("deposit due on"), null=True, blank=True)
    balance_due_on = models.DateField(_("balance due on"), null=True, blank=True)
    reference = models.CharField(_("payment reference"), max_length=REFERENCE_MAX_LENGTH)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("bank transfer payment plan")
        verbose_name_plural = _("bank transfer payment plans")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(deposit_percent__gte=0, deposit_percent__lte=100),
                name="bank_transfer_plan_percent_0_100"),
            models.CheckConstraint(
                condition=models.Q(deposit_amount__gte=0, balance_amount__gte=0),
                name="bank_transfer_plan_amounts_not_negative"),
        ]

    def __str__(self):
        return f"{self.reference} ({self.total} {self.currency})"

    @property
    def has_deposit(self) -> bool:
        return self.deposit_amount > 0


class Receipt(models.Model):
    """A bank transfer credited to the platform's account for one order, recorded once."""

    plan = models.ForeignKey(PaymentPlan, on_delete=models.PROTECT, related_name="receipts",
                             verbose_name=_("payment plan"))
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)
    received_on = models.DateField(_("received on"))
    #: The bank's reference of the credit, stripped and in capitals, so one transfer typed
    #: twice is still recognised.
    bank_reference = models.CharField(_("bank reference"), max_length=BANK_REFERENCE_MAX_LENGTH)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("recorded by"))
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)
    note = models.CharField(_("note"), max_length=NOTE_MAX_LENGTH, blank=True)
    #: When the buyer was told of this receipt (the e-mail goes once).
    buyer_notified_at = models.DateTimeField(_("buyer notified at"), null=True, blank=True)

    class Meta:
        verbose_name = _("bank transfer receipt")
        verbose_name_plural = _("bank transfer receipts")
        ordering = ["received_on", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "bank_reference"],
                                    name="bank_transfer_receipt_once_per_reference"),
            models.CheckConstraint(condition=models.Q(amount__gt=0),
                                   name="bank_transfer_receipt_amount_positive"),
        ]

    def __str__(self):
        return f"{self.bank_reference}: {self.amount}"


class PaymentReminder(models.Model):
    """That the buyer was reminded of a payment past its due date: once per plan and due date."""

    class Kind(models.TextChoices):
        DEPOSIT = "deposit", _("Deposit")
        BALANCE = "balance", _("Balance")

    plan = models.ForeignKey(PaymentPlan, on_delete=models.CASCADE, related_name="reminders",
                             verbose_name=_("payment plan"))
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    due_on = models.DateField(_("due on"))
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("payment reminder")
        verbose_name_plural = _("payment reminders")
        constraints = [
            models.UniqueConstraint(fields=["plan", "due_on"],
                                    name="bank_transfer_reminder_once_per_due_date"),
        ]
