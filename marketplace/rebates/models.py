"""Export VAT rebates and retail import tax slips.

`RebateRate` is the dated rebate-rate table (出口退税率文库) by HS prefix, loaded by staff;
`RebateReportSubmission` is one month's rebate report as sent to the tax outbox;
`TaxSlipRecord` is one e-tax slip (CEB816) customs sent back for a retail import, with
how it compares with the tax the platform computed for the order.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from marketplace.cbec_tax.models import DatedRow

HS_PREFIX_MAX_LENGTH = 10
_RATE = {"max_digits": 6, "decimal_places": 4}
_MONEY = {"max_digits": 14, "decimal_places": 2}

validate_hs_prefix = RegexValidator(
    r"^\d{2,10}$", _("An HS prefix is a chapter, heading or full code: 2 to 10 digits and nothing else."),
    code="hs_prefix")


class RebateRate(DatedRow):
    """The VAT and export rebate rates of goods whose HS code starts with `hs_prefix`.

    The lookup takes the longest prefix in force on the ship date, so a row for 821191
    beats one for 8211. Rows of one prefix never overlap in time (clean(), and the upload
    checks the whole file against the table before saving anything).
    """

    hs_prefix = models.CharField(_("HS code prefix"), max_length=HS_PREFIX_MAX_LENGTH, db_index=True,
                                 validators=[validate_hs_prefix])
    description = models.CharField(_("description"), max_length=255, blank=True)
    vat_rate = models.DecimalField(_("VAT rate"), **_RATE,
                                   validators=[MinValueValidator(0), MaxValueValidator(1)],
                                   help_text=_("As a fraction: 0.1300 for 13 %."))
    rebate_rate = models.DecimalField(_("export rebate rate"), **_RATE,
                                      validators=[MinValueValidator(0), MaxValueValidator(1)],
                                      help_text=_("As a fraction: 0.1300 for 13 %; at most the VAT rate."))

    class Meta:
        ordering = ["hs_prefix", "-valid_from"]
        verbose_name = _("export rebate rate")
        verbose_name_plural = _("export rebate rates")
        constraints = [
            models.CheckConstraint(condition=Q(valid_to__isnull=True) | Q(valid_to__gte=models.F("valid_from")),
                                   name="rebates_rate_dates_in_order"),
            models.UniqueConstraint(fields=["hs_prefix", "valid_from"], name="rebates_rate_one_per_prefix_and_day"),
            models.CheckConstraint(
                condition=Q(vat_rate__gte=0, vat_rate__lte=1, rebate_rate__gte=0,
                            rebate_rate__lte=models.F("vat_rate")),
                name="rebates_rate_fractions_in_range"),
        ]

    def __str__(self):
        return f"{self.hs_prefix} VAT {self.vat_rate} rebate {self.rebate_rate} from {self.valid_from}"

    def clean(self):
        super().clean()
        if self.vat_rate is not None and self.rebate_rate is not None and self.rebate_rate > self.vat_rate:
            raise ValidationError({"rebate_rate": _("The rebate rate cannot be above the VAT rate.")},
                                  code="rebate_above_vat")
        if self.valid_from and self.hs_prefix and self._overlapping(
                RebateRate.objects.filter(hs_prefix=self.hs_prefix)).exists():
            raise ValidationError(_("Another rate for this HS prefix applies on some of these days."),
                                  code="overlapping_dates")


class RebateReportSubmission(models.Model):
    """One month's rebate report recorded in the outbox; a changed report is a new revision."""

    month = models.DateField(_("month"), help_text=_("The first day of the month reported."))
    revision = models.PositiveIntegerField(_("revision"))
    digest = models.CharField(_("content digest"), max_length=64)
    line_count = models.PositiveIntegerField(_("lines"))
    fob_cny = models.DecimalField(_("FOB value (CNY)"), **_MONEY)
    rebate_ceiling_cny = models.DecimalField(_("rebate ceiling (CNY)"), **_MONEY)
    outbox_message = models.OneToOneField("outbox.OutboxMessage", on_delete=models.PROTECT, related_name="+",
                                          verbose_name=_("outbox message"))
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+", verbose_name=_("submitted by"))
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)

    class Meta:
        ordering = ["-month", "-revision"]
        verbose_name = _("rebate report submission")
        verbose_name_plural = _("rebate report submissions")
        constraints = [models.UniqueConstraint(fields=["month", "revision"], name="rebates_one_revision_per_month")]

    def __str__(self):
        return f"{self.month:%Y-%m} r{self.revision}"


class SlipStatus(models.TextChoices):
    """CEB816 `status`: what customs did with the tax of the list."""

    GENERATED = "1", _("Generated")
    SUMMARISED = "2", _("Summarised")
    VOID = "3", _("Void")


class SlipMatch(models.TextChoices):
    MATCHED = "matched", _("Matches the platform")
    DIFFERS = "differs", _("Differs from the platform")
    UNKNOWN_ORDER = "unknown_order", _("Unknown order")
    NO_PLATFORM_TAX = "no_platform_tax", _("No platform tax to compare")
    VOID = "void", _("Void")


class TaxSlipRecord(models.Model):
    """A CEB816 e-tax slip as received, and its comparison with the platform's tax.

    Recorded once per tax number and status (a slip generated, then summarised, is two
    records); amounts are CNY. `platform_*` hold the platform's own figures for the order
    when it has them, so the page shows both sides of a difference.
    """

    guid = models.CharField(_("message GUID"), max_length=36)
    return_time = models.CharField(_("return time"), max_length=20, blank=True,
                                   help_text=_("As customs wrote it: yyyyMMddHHmmssSSS."))
    invt_no = models.CharField(_("inventory list number"), max_length=18, blank=True)
    tax_no = models.CharField(_("tax slip number"), max_length=18)
    order_no = models.CharField(_("order number"), max_length=60, db_index=True)
    status = models.CharField(_("status"), max_length=1, choices=SlipStatus.choices)
    customs_tax = models.DecimalField(_("customs duty"), **_MONEY)
    value_added_tax = models.DecimalField(_("import VAT"), **_MONEY)
    consumption_tax = models.DecimalField(_("consumption tax"), **_MONEY)
    items = models.JSONField(_("items"), default=list, blank=True)
    match = models.CharField(_("comparison"), max_length=20, choices=SlipMatch.choices)
    platform_customs_tax = models.DecimalField(_("platform customs duty"), **_MONEY, null=True, blank=True)
    platform_value_added_tax = models.DecimalField(_("platform import VAT"), **_MONEY, null=True, blank=True)
    platform_consumption_tax = models.DecimalField(_("platform consumption tax"), **_MONEY, null=True, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    received_at = models.DateTimeField(_("received at"), auto_now_add=True)

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("e-tax slip")
        verbose_name_plural = _("e-tax slips")
        constraints = [models.UniqueConstraint(fields=["tax_no", "status"], name="rebates_slip_once_per_status")]

    def __str__(self):
        return f"{self.tax_no} ({self.get_status_display()}) {self.order_no}"

    @property
    def total(self) -> Decimal:
        return self.customs_tax + self.value_added_tax + self.consumption_tax

    def comparisons(self) -> list[tuple[str, Decimal, Decimal | None, bool]]:
        """[(tax label, slip amount, platform amount, differs)] for the page."""
        pairs = [(_("Customs duty"), self.customs_tax, self.platform_customs_tax),
                 (_("Import VAT"), self.value_added_tax, self.platform_value_added_tax),
                 (_("Consumption tax"), self.consumption_tax, self.platform_consumption_tax)]
        return [(label, slip, platform, platform is not None and slip != platform)
                for label, slip, platform in pairs]
