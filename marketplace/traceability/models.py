"""Production batches (lots) of a listing, their documents, and where each batch went.

A batch is the unit that is traced and recalled: the GS1 Digital Link of its trace code
is /01/<GTIN-14 of the product>/10/<lot number>. BatchAllocation ties order lines to the
batches that filled them, so "where the batch went" and "who holds the batch" (a recall)
are read from the orders, not typed again.
"""

from django.conf import settings
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from marketplace.core import sanitize
from marketplace.sellers.uploads import validate_document_file

from .storage import batch_document_storage, document_upload_to

#: GS1 AI (10) batch/lot: up to 20 characters of GS1's "CSET 82" (printable ASCII minus
#: a few); the platform narrows it to what reads unambiguously on a label and in a URI.
LOT_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9\-./]{0,19}$"


class Batch(models.Model):
    class Status(models.TextChoices):
        ON_SALE = "on_sale", _("On sale")
        STOPPED = "stopped", _("Sale stopped")
        RECALLED = "recalled", _("Recalled")

    product = models.ForeignKey("catalogue.Product", on_delete=models.PROTECT,
                                related_name="batches", verbose_name=_("product"))
    #: The seller who made it; filled from the product's stock record, kept for isolation.
    enterprise = models.ForeignKey("sellers.Enterprise", on_delete=models.PROTECT,
                                   related_name="batches", verbose_name=_("manufacturer"))
    lot_number = models.CharField(
        _("lot number"), max_length=20,
        validators=[RegexValidator(LOT_PATTERN, _(
            "Use 1 to 20 letters, digits, hyphens, dots or slashes, starting with a letter "
            "or digit (GS1 batch/lot)."))])
    production_date = models.DateField(_("production date"))
    expiry_date = models.DateField(_("best before / expiry date"), null=True, blank=True)
    quantity = models.PositiveIntegerField(_("quantity produced"), null=True, blank=True,
                                           validators=[MinValueValidator(1)])
    factory_name = models.CharField(_("factory"), max_length=200)
    factory_address = models.CharField(_("factory address"), max_length=300, blank=True)
    raw_material_origin = models.CharField(
        _("raw-material origin"), max_length=300, blank=True,
        help_text=_("Where the main raw material comes from, e.g. 3Cr13 steel coil, Yangjiang."))
    # Seafood and aquatic products: caught (FAO area, vessel) or farmed (farm), and landed.
    catch_area = models.CharField(_("catch or farm area"), max_length=120, blank=True,
                                  help_text=_("FAO fishing area (e.g. FAO 61) or the farm's "
                                              "water area."))
    vessel_or_farm = models.CharField(_("vessel or farm"), max_length=120, blank=True)
    landing_date = models.DateField(_("landing or harvest date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.ON_SALE, db_index=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-production_date", "-pk"]
        verbose_name = _("batch")
        verbose_name_plural = _("batches")
        constraints = [models.UniqueConstraint(fields=["product", "lot_number"],
                                               name="traceability_unique_lot_per_product")]

    #: What the seller types and the public trace page prints: stored as plain text.
    SELLER_TEXT_FIELDS = ("factory_name", "factory_address", "raw_material_origin", "catch_area",
                          "vessel_or_farm")

    def __str__(self):
        return self.lot_number

    def save(self, *args, **kwargs):
        # Printed escaped everywhere; cleaned here too so markup travels nowhere (PDF labels,
        # e-mails of a recall, the admin).
        for name in self.SELLER_TEXT_FIELDS:
            setattr(self, name, sanitize.clean_text(getattr(self, name), single_line=True))
        super().save(*args, **kwargs)


class BatchDocument(models.Model):
    """An inspection report or certificate of one batch (the file is stored privately)."""

    class Kind(models.TextChoices):
        INSPECTION = "inspection", _("Inspection report")
        CERTIFICATE = "certificate", _("Certificate")

    class Result(models.TextChoices):
        PASSED = "passed", _("Passed")
        FAILED = "failed", _("Failed")
        NOT_APPLICABLE = "", _("Not applicable")

    batch = models.ForeignKey(Batch, on_delete=models.CASCADE, related_name="documents",
                              verbose_name=_("batch"))
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    issued_by = models.CharField(_("issued by"), max_length=200)
    issued_on = models.DateField(_("issued on"))
    number = models.CharField(_("report or certificate number"), max_length=64, blank=True)
    result = models.CharField(_("result"), max_length=8, choices=Result.choices, blank=True)
    file = models.FileField(_("file"), max_length=300, blank=True,
                            storage=batch_document_storage, upload_to=document_upload_to,
                            validators=[validate_document_file],
                            help_text=_("The scan or export: PDF, JPEG or PNG. Kept private: "
                                        "the trace page shows the title and result only."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-issued_on", "-pk"]
        verbose_name = _("batch document")
        verbose_name_plural = _("batch documents")

    SELLER_TEXT_FIELDS = ("title", "issued_by", "number")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        for name in self.SELLER_TEXT_FIELDS:
            setattr(self, name, sanitize.clean_text(getattr(self, name), single_line=True))
        super().save(*args, **kwargs)

    @property
    def is_failed_inspection(self):
        return self.kind == self.Kind.INSPECTION and self.result == self.Result.FAILED


class BatchAllocation(models.Model):
    """`quantity` units of an order line were filled from `batch`."""

    line = models.ForeignKey("order.Line", on_delete=models.CASCADE,
                             related_name="batch_allocations", verbose_name=_("order line"))
    batch = models.ForeignKey(Batch, on_delete=models.PROTECT, related_name="allocations",
                              verbose_name=_("batch"))
    quantity = models.PositiveIntegerField(_("quantity"), validators=[MinValueValidator(1)])
    allocated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                     null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(_("allocated at"), auto_now_add=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("batch allocation")
        verbose_name_plural = _("batch allocations")
        constraints = [models.UniqueConstraint(fields=["line", "batch"],
                                               name="traceability_one_allocation_per_line_batch")]


class ScanCount(models.Model):
    """How often a batch's trace code was opened on one day from one country.

    One row per (batch, day, country), raised with an atomic UPDATE ... count + 1
    (services.record_scan), so concurrent scans are all counted."""

    batch = models.ForeignKey(Batch, on_delete=models.CASCADE, related_name="scan_counts",
                              verbose_name=_("batch"))
    day = models.DateField(_("day"))
    #: ISO 3166-1 alpha-2 from the country header; "" when unknown.
    country = models.CharField(_("country"), max_length=2, blank=True)
    count = models.PositiveIntegerField(_("scans"), default=0)

    class Meta:
        ordering = ["-day", "country"]
        verbose_name = _("scan count")
        verbose_name_plural = _("scan counts")
        constraints = [models.UniqueConstraint(fields=["batch", "day", "country"],
                                               name="traceability_one_scan_count_per_day")]


class FailedScanCount(models.Model):
    """Trace URIs that named no genuine batch (forged, mistyped, unknown), by day, country
    and reason: a rising count for one reason is a sign of counterfeit labels."""

    class Reason(models.TextChoices):
        MALFORMED = "malformed", _("Not a GS1 trace code")
        CHECK_DIGIT = "check_digit", _("Wrong GTIN check digit")
        UNKNOWN_GTIN = "unknown_gtin", _("GTIN of no listed product")
        UNKNOWN_LOT = "unknown_lot", _("Lot number unknown for the product")

    day = models.DateField(_("day"))
    country = models.CharField(_("country"), max_length=2, blank=True)
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices)
    #: The GTIN-14 of a listed product when only the lot was wrong (a forged lot of a real
    #: product, shown to its seller); "" otherwise.
    gtin = models.CharField(_("GTIN"), max_length=14, blank=True)
    count = models.PositiveIntegerField(_("scans"), default=0)

    class Meta:
        ordering = ["-day", "reason", "country"]
        verbose_name = _("failed scan count")
        verbose_name_plural = _("failed scan counts")
        constraints = [models.UniqueConstraint(fields=["day", "country", "reason", "gtin"],
                                               name="traceability_one_failed_count_per_day")]
