"""Risk monitoring: watch lists, signals, alerts, the actions taken on them, and recalls.

A *signal* is one fact that says a listing (or one of its batches) may be unsafe or
unlawful: an IP complaint filed or upheld, a failed inspection, a customs rejection,
a buyer's report, a return or dispute. Signals about the same listing (or batch) gather
in one open *alert*, whose level is computed from them (levels.py). Officers act on an
alert: stop the sale of the listing or of one batch, recall a batch, resolve or dismiss
it. Every step is an AlertAction (who, when, what) so the alert reads as its own audit.

A *recall* takes one batch back from every buyer whose order holds it, read from the
traceability app's BatchAllocation rows; RecallLine copies those rows when the recall
is ordered, and RecallDisposal records what came back or was destroyed.
"""

import os
import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TEXT_MAX = 2000
SUMMARY_MAX = 500
REFERENCE_MAX = 64

#: One or more HS code prefixes of 2 to 10 digits, separated by spaces or commas.
HS_PREFIXES_PATTERN = r"^\s*\d{2,10}(\s*[,\s]\s*\d{2,10})*\s*$"


class Level(models.IntegerChoices):
    LOW = 1, _("Low")
    MEDIUM = 2, _("Medium")
    HIGH = 3, _("High")
    CRITICAL = 4, _("Critical")


class WatchList(models.Model):
    """A key commodity watched more closely: listings under it start at `base_level`.

    A listing is under a watch list when its HS code (or its parent's) starts with one
    of `hs_prefixes`, or when it sits in one of `categories` or below them.
    """

    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("why it is watched"), max_length=TEXT_MAX, blank=True)
    hs_prefixes = models.CharField(
        _("HS code prefixes"), max_length=200, blank=True,
        validators=[RegexValidator(HS_PREFIXES_PATTERN, _(
            "Write HS code prefixes of 2 to 10 digits separated by spaces or commas, "
            "such as 7323 3924 8215."))],
        help_text=_("Every listing whose HS code starts with one of them is watched."))
    categories = models.ManyToManyField(
        "catalogue.Category", blank=True, related_name="+", verbose_name=_("categories"),
        help_text=_("Every listing in these categories or below them is watched."))
    base_level = models.PositiveSmallIntegerField(
        _("base level"), choices=Level.choices, default=Level.MEDIUM,
        help_text=_("The lowest level of an alert on a watched listing."))
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("watch list")
        verbose_name_plural = _("watch lists")

    def __str__(self):
        return self.name

    @property
    def prefixes(self) -> list[str]:
        return [part for part in self.hs_prefixes.replace(",", " ").split() if part]

    def covers_hs_code(self, hs_code: str | None) -> bool:
        return bool(hs_code) and any(str(hs_code).startswith(prefix) for prefix in self.prefixes)


class AlertQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Alert.Status.OPEN)


class Alert(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        RESOLVED = "resolved", _("Resolved")
        DISMISSED = "dismissed", _("Dismissed")

    product = models.ForeignKey("catalogue.Product", on_delete=models.PROTECT,
                                related_name="risk_alerts", verbose_name=_("listing"))
    #: Set when the signals are about one batch (a failed inspection of a lot).
    batch = models.ForeignKey("traceability.Batch", on_delete=models.PROTECT, null=True,
                              blank=True, related_name="risk_alerts", verbose_name=_("batch"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.OPEN, db_index=True)
    level = models.PositiveSmallIntegerField(_("level"), choices=Level.choices,
                                             default=Level.LOW, db_index=True)
    score = models.PositiveIntegerField(_("score"), default=0)
    #: The watch list that set the floor of the level when it was last computed.
    watch_list = models.ForeignKey(WatchList, on_delete=models.SET_NULL, null=True,
                                   blank=True, related_name="alerts",
                                   verbose_name=_("watch list"))
    opened_at = models.DateTimeField(_("opened"), default=timezone.now, db_index=True)
    last_signal_at = models.DateTimeField(_("last signal"), default=timezone.now)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    closed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                  null=True, blank=True, related_name="+",
                                  verbose_name=_("closed by"))
    resolution = models.TextField(_("resolution"), max_length=TEXT_MAX, blank=True)

    objects = AlertQuerySet.as_manager()

    class Meta:
        ordering = ["-level", "-last_signal_at", "-pk"]
        verbose_name = _("risk alert")
        verbose_name_plural = _("risk alerts")
        indexes = [models.Index(fields=["product", "status"])]
        permissions = [
            ("manage_alerts", _("Can act on risk alerts (stop sale, resolve)")),
            ("recall_batches", _("Can order and follow batch recalls")),
            ("manage_watch_lists", _("Can maintain risk watch lists")),
        ]

    def __str__(self):
        return self.reference

    @property
    def reference(self) -> str:
        return f"RA-{self.pk:06d}" if self.pk else "RA-new"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    def get_absolute_url(self):
        return reverse("risk_dashboard:risk-alert-detail", kwargs={"pk": self.pk})


class SignalSource(models.TextChoices):
    IP_COMPLAINT = "ip_complaint", _("IP complaint filed")
    IP_STRIKE = "ip_strike", _("IP complaint upheld")
    INSPECTION_FAILED = "inspection_failed", _("Failed inspection")
    CUSTOMS_REJECTED = "customs_rejected", _("Customs rejection")
    BUYER_REPORT = "buyer_report", _("Buyer's safety report")
    RETURN_OPENED = "return_opened", _("Return or dispute opened")


class RiskSignal(models.Model):
    """One fact about a listing or a batch, counted in its alert's level."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="signals",
                              verbose_name=_("alert"))
    source = models.CharField(_("source"), max_length=20, choices=SignalSource.choices)
    weight = models.PositiveSmallIntegerField(_("weight"))
    product = models.ForeignKey("catalogue.Product", on_delete=models.CASCADE, related_name="+",
                                verbose_name=_("listing"))
    batch = models.ForeignKey("traceability.Batch", on_delete=models.CASCADE, null=True,
                              blank=True, related_name="+", verbose_name=_("batch"))
    #: The other app's reference (IP case, order number, outbox message).
    reference = models.CharField(_("reference"), max_length=REFERENCE_MAX, blank=True)
    summary = models.TextField(_("summary"), max_length=TEXT_MAX, blank=True)
    #: What makes a repeated delivery of the same fact the same signal.
    source_key = models.CharField(max_length=160, unique=True, editable=False)
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+",
                                    verbose_name=_("reported by"))
    occurred_at = models.DateTimeField(_("occurred"), default=timezone.now)

    class Meta:
        ordering = ["-occurred_at", "-pk"]
        verbose_name = _("risk signal")
        verbose_name_plural = _("risk signals")

    def __str__(self):
        return f"{self.get_source_display()} ({self.reference})"


class AlertAction(models.Model):
    """One step in an alert's life, for the audit: who did what, when, and why."""

    class Kind(models.TextChoices):
        OPENED = "opened", _("Alert opened")
        SIGNAL = "signal", _("Signal received")
        LEVEL = "level", _("Level changed")
        STOP_PRODUCT = "stop_product", _("Sale of the listing stopped")
        LIFT_PRODUCT = "lift_product", _("Sale of the listing resumed")
        STOP_BATCH = "stop_batch", _("Sale of the batch stopped")
        RESUME_BATCH = "resume_batch", _("Sale of the batch resumed")
        RECALL = "recall", _("Batch recalled")
        DISPOSAL = "disposal", _("Return or destruction recorded")
        NOTE = "note", _("Note")
        RESOLVED = "resolved", _("Resolved")
        DISMISSED = "dismissed", _("Dismissed")
        REOPENED = "reopened", _("Reopened")

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="actions",
                              verbose_name=_("alert"))
    kind = models.CharField(_("what"), max_length=16, choices=Kind.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                              blank=True, related_name="+", verbose_name=_("who"),
                              help_text=_("Empty when the platform acted on a signal."))
    note = models.TextField(_("note"), max_length=TEXT_MAX, blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now)
    hold = models.ForeignKey("listing_holds.ListingHold", on_delete=models.SET_NULL, null=True,
                             blank=True, related_name="+")
    batch = models.ForeignKey("traceability.Batch", on_delete=models.SET_NULL, null=True,
                              blank=True, related_name="+")
    #: Set once the sellers have been e-mailed about a stop or a recall.
    notified_at = models.DateTimeField(_("seller notified"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("alert action")
        verbose_name_plural = _("alert actions")

    def __str__(self):
        return f"{self.alert.reference}: {self.get_kind_display()}"


class Recall(models.Model):
    """A forced recall of one batch, ordered by a risk officer."""

    class Hazard(models.TextChoices):
        CHEMICAL_MIGRATION = "chemical", _(
            "substances may migrate from the product into food")
        MICROBIAL = "microbial", _("possible microbial contamination")
        TEMPERATURE = "temperature", _("the cold chain was broken")
        SHARP_DEFECT = "defect", _("a defect may cause cuts or injury")
        LABELLING = "labelling", _("wrong or missing labelling or allergen information")
        COUNTERFEIT = "counterfeit", _("the goods may be counterfeit")
        OTHER = "other", _("a safety problem found by the marketplace")

    class Remedy(models.TextChoices):
        RETURN = "return", _("Return to the seller")
        DESTROY = "destroy", _("Destroy")
        RETURN_OR_DESTROY = "either", _("Return to the seller or destroy")

    batch = models.OneToOneField("traceability.Batch", on_delete=models.PROTECT,
                                 related_name="recall", verbose_name=_("batch"))
    alert = models.ForeignKey(Alert, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="recalls", verbose_name=_("alert"))
    hazard = models.CharField(_("hazard"), max_length=12, choices=Hazard.choices)
    remedy = models.CharField(_("what buyers must do"), max_length=8, choices=Remedy.choices)
    #: The officer's own words, added under the translated message (shown escaped).
    note = models.TextField(_("note to buyers"), max_length=TEXT_MAX, blank=True)
    recalled_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+",
                                    verbose_name=_("ordered by"))
    recalled_at = models.DateTimeField(_("recalled"), default=timezone.now)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        ordering = ["-recalled_at", "-pk"]
        verbose_name = _("recall")
        verbose_name_plural = _("recalls")

    def __str__(self):
        return self.reference

    @property
    def reference(self) -> str:
        return f"RC-{self.pk:06d}" if self.pk else "RC-new"

    def get_absolute_url(self):
        return reverse("risk_dashboard:risk-recall-detail", kwargs={"pk": self.pk})


class RecallLine(models.Model):
    """One allocation of the recalled batch to an order line: units a buyer must give back."""

    recall = models.ForeignKey(Recall, on_delete=models.CASCADE, related_name="lines")
    allocation = models.ForeignKey("traceability.BatchAllocation", on_delete=models.PROTECT,
                                   related_name="+")
    order = models.ForeignKey("order.Order", on_delete=models.PROTECT, related_name="+",
                              verbose_name=_("order"))
    quantity = models.PositiveIntegerField(_("units recalled"))

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["recall", "allocation"],
                                               name="risk_one_line_per_allocation")]


def evidence_upload_to(disposal, filename):
    # A random folder per upload: names never collide and cannot be guessed.
    return f"recall-{disposal.line.recall_id}/{uuid.uuid4().hex}/{os.path.basename(filename)}"


class EvidenceStorage(FileSystemStorage):
    """Private storage outside MEDIA_ROOT, served only by the dashboard's checked view.

    MARKETPLACE_RISK_EVIDENCE_ROOT if set, else VAR_DIR/private/recall-evidence; read on
    every use so tests (and a changed setting) never write into the real var/.
    """

    def __init__(self):
        super().__init__(location=None, base_url=None)

    @property
    def base_location(self):
        configured = getattr(settings, "MARKETPLACE_RISK_EVIDENCE_ROOT", None)
        return str(configured or Path(settings.VAR_DIR) / "private" / "recall-evidence")

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        return reverse("risk_dashboard:risk-evidence", kwargs={"name": name})


def evidence_storage():
    return EvidenceStorage()


class RecallDisposal(models.Model):
    """Units of a recall line returned to the seller or destroyed, with optional evidence."""

    class Kind(models.TextChoices):
        RETURNED = "returned", _("Returned")
        DESTROYED = "destroyed", _("Destroyed")

    line = models.ForeignKey(RecallLine, on_delete=models.CASCADE, related_name="disposals")
    kind = models.CharField(_("what happened"), max_length=10, choices=Kind.choices)
    quantity = models.PositiveIntegerField(_("units"), validators=[MinValueValidator(1)])
    happened_on = models.DateField(_("date"))
    note = models.TextField(_("note"), max_length=TEXT_MAX, blank=True)
    evidence = models.FileField(_("evidence"), max_length=300, blank=True,
                                upload_to=evidence_upload_to, storage=evidence_storage)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+",
                                    verbose_name=_("recorded by"))
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        ordering = ["happened_on", "pk"]
        verbose_name = _("return or destruction")
        verbose_name_plural = _("returns and destructions")


class RecallNotice(models.Model):
    """One e-mail of a recall to one address; `sent_at` makes sending it idempotent."""

    class Audience(models.TextChoices):
        BUYER = "buyer", _("Buyer")
        SELLER = "seller", _("Seller")

    recall = models.ForeignKey(Recall, on_delete=models.CASCADE, related_name="notices")
    audience = models.CharField(max_length=8, choices=Audience.choices)
    email = models.EmailField(max_length=254)
    language = models.CharField(max_length=10, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["recall", "audience", "email"],
                                               name="risk_one_notice_per_address")]
