"""Card payments as the gateway reports them, and every gateway event, recorded once."""

from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _


class CardPaymentStatus(models.TextChoices):
    REQUIRES_PAYMENT_METHOD = "requires_payment_method", _("Awaiting card")
    PROCESSING = "processing", _("Processing")
    SUCCEEDED = "succeeded", _("Paid")
    FAILED = "failed", _("Failed")
    CANCELED = "canceled", _("Canceled")
    PARTIALLY_REFUNDED = "partially_refunded", _("Partly refunded")
    REFUNDED = "refunded", _("Refunded")


class CardPayment(models.Model):
    """One card payment attempt: a gateway PaymentIntent and what is known of it.

    `reference` names what is paid: an Oscar order number today, perhaps a multi-seller
    checkout later; it is a string, not a foreign key, so the payments app never depends on
    the shape of an order. Status only moves forward (see `services.STATUS_MOVES`).
    """

    reference = models.CharField(_("reference"), max_length=128, db_index=True)
    gateway = models.CharField(_("gateway"), max_length=32, default="stripe")
    intent_id = models.CharField(_("gateway payment id"), max_length=255, unique=True)
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=3)
    currency = models.CharField(_("currency"), max_length=3)
    status = models.CharField(
        _("status"), max_length=32, choices=CardPaymentStatus.choices,
        default=CardPaymentStatus.REQUIRES_PAYMENT_METHOD,
    )
    amount_refunded = models.DecimalField(
        _("amount refunded"), max_digits=14, decimal_places=3, default=Decimal(0)
    )
    failure_message = models.CharField(_("failure message"), max_length=255, blank=True)
    # The gateway's time (epoch seconds) of the event that set the status: decides between
    # two events that may each follow the other (a retry after a failure; see services).
    status_changed_at = models.BigIntegerField(_("status set by event of"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("card payment")
        verbose_name_plural = _("card payments")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(amount__gt=0), name="payments_cardpayment_amount_positive"),
            models.CheckConstraint(
                condition=models.Q(amount_refunded__gte=0) & models.Q(amount_refunded__lte=models.F("amount")),
                name="payments_cardpayment_refund_within_amount",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.amount} {self.currency} ({self.status})"

    @property
    def is_paid(self) -> bool:
        return self.status in {
            CardPaymentStatus.SUCCEEDED, CardPaymentStatus.PARTIALLY_REFUNDED, CardPaymentStatus.REFUNDED,
        }


class CardRefund(models.Model):
    """A refund the gateway made, once per gateway refund id, whether learnt from the
    refund call's answer or from a webhook: the two may both arrive, in either order."""

    payment = models.ForeignKey(CardPayment, on_delete=models.PROTECT, related_name="refunds")
    refund_id = models.CharField(_("gateway refund id"), max_length=255, unique=True)
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=3)
    status = models.CharField(_("status"), max_length=32)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("card refund")
        verbose_name_plural = _("card refunds")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.refund_id} {self.amount} {self.payment.currency}"


class GatewayEvent(models.Model):
    """A webhook event, stored the first time it arrives; a replay finds it and stops."""

    gateway = models.CharField(_("gateway"), max_length=32, default="stripe")
    event_id = models.CharField(_("event id"), max_length=255, unique=True)
    type = models.CharField(_("type"), max_length=128, db_index=True)
    payload = models.JSONField(_("payload"))
    received_at = models.DateTimeField(_("received"), auto_now_add=True)
    processed_at = models.DateTimeField(_("processed"), null=True, blank=True)

    class Meta:
        verbose_name = _("gateway event")
        verbose_name_plural = _("gateway events")
        ordering = ["-received_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.event_id} {self.type}"
