"""Messages to the authorities, written in the same transaction as the event they report.

An `OutboxMessage` is the platform's promise to tell an outside system (customs, the
inspection bureau, the tax office, the forex administration) about something that has
already happened here: the row commits with the order, payment, shipment or filing it
reports, or not at all. The relay (relay.py) delivers it later, in order per subject.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

# A customs declaration with many goods lines is tens of kilobytes; anything near this
# bound is a mistake upstream, not a message to send.
MAX_PAYLOAD_CHARS = 512 * 1024
MAX_RECEIPT_CHARS = 64 * 1024
MAX_REASON_CHARS = 1000
MAX_KEY_CHARS = 200  # what callers may use; corrections append a short revision suffix


class OutboxKind(models.TextChoices):
    CUSTOMS = "customs", _("Customs")
    INSPECTION = "inspection", _("Inspection and quarantine")
    TAX = "tax", _("Tax")
    FOREX = "forex", _("Foreign exchange")
    NOTICE = "notice", _("Notice")


class OutboxStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")
    FAILED = "failed", _("Failed")
    SUPERSEDED = "superseded", _("Superseded")


class PayloadFormat(models.TextChoices):
    XML = "xml", "XML"
    JSON = "json", "JSON"
    TEXT = "txt", _("Text")


# A subject's later message waits while an earlier one is in these: not yet delivered,
# or given up on and waiting for a person to resend or correct it.
BLOCKING_STATUSES = (OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.FAILED)
# What an outside system may decide about a delivered message.
DECISIONS = (OutboxStatus.ACCEPTED, OutboxStatus.REJECTED)


class OutboxMessage(models.Model):
    kind = models.CharField(_("kind"), max_length=20, choices=OutboxKind.choices)
    message_type = models.CharField(
        _("message type"), max_length=40, help_text=_("The receiver's name for it, e.g. CEB303."))
    subject = models.CharField(
        _("subject"), max_length=100,
        help_text=_("What the message is about, e.g. the order number; "
                    "messages about one subject are delivered in order."))
    # The subject's queue position. A new message takes its own id; a correction takes
    # the place of the message it corrects, so it goes before what followed that one.
    sequence = models.BigIntegerField(_("sequence"), default=0, editable=False)
    idempotency_key = models.CharField(_("idempotency key"), max_length=MAX_KEY_CHARS + 20, unique=True)
    payload_format = models.CharField(_("payload format"), max_length=4, choices=PayloadFormat.choices)
    payload = models.TextField(_("payload"))
    status = models.CharField(
        _("status"), max_length=20, choices=OutboxStatus.choices, default=OutboxStatus.PENDING)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    # When a pending message is next due, or when a sending one's claim lapses (its
    # worker is presumed dead and another may send it again, with the same key).
    next_attempt_at = models.DateTimeField(_("next attempt at"))
    last_error = models.TextField(_("last error"), blank=True)
    receipt = models.TextField(_("receipt"), blank=True)
    receipt_reason = models.CharField(_("receipt reason"), max_length=MAX_REASON_CHARS, blank=True)
    created_at = models.DateTimeField(_("created at"))
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    corrected_from = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="correction",
        verbose_name=_("corrected from"))

    class Meta:
        verbose_name = _("outbox message")
        verbose_name_plural = _("outbox messages")
        ordering = ["-id"]
        indexes = [
            # The relay's two questions: what is due, and is anything earlier still open.
            models.Index(fields=["status", "next_attempt_at"], name="outbox_due_idx"),
            models.Index(fields=["subject", "sequence"], name="outbox_subject_seq_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.message_type} {self.subject} ({self.get_status_display()})"

    @property
    def file_extension(self) -> str:
        return self.payload_format
