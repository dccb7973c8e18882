"""Dated rates and limits of China's cross-border e-commerce (CBEC) retail import, and the
purchases that count toward a buyer's annual limit.

Every rate and limit carries the dates it applies between and its source (DOMAIN.md §4):
an order is taxed by the rules of its own date, never by a bare constant.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

#: CEB311 requires currency 142 (CNY): limits and customs values are in yuan.
CNY = "CNY"
HS_PREFIX_MAX_LENGTH = 10

_RATE = {"max_digits": 6, "decimal_places": 4}
_MONEY = {"max_digits": 12, "decimal_places": 2}


class DatedQuerySet(models.QuerySet):
    def valid_on(self, day):
        """Rows in force on `day`: valid_from ≤ day and (no end or day ≤ valid_to)."""
        return self.filter(Q(valid_to__isnull=True) | Q(valid_to__gte=day), valid_from__lte=day)


class DatedRow(models.Model):
    """A row in force from `valid_from` to `valid_to` (inclusive; no end: still in force)."""

    valid_from = models.DateField(_("valid from"))
    valid_to = models.DateField(_("valid to"), null=True, blank=True,
                                help_text=_("Last day the row applies; empty while it is in force."))
    source = models.CharField(_("source"), max_length=255,
                              help_text=_("The notice or table the figures come from."))

    objects = DatedQuerySet.as_manager()

    class Meta:
        abstract = True

    def _overlapping(self, siblings):
        """Rows of `siblings` (the same kind of rule) whose dates overlap this row's."""
        overlapping = siblings.exclude(pk=self.pk).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=self.valid_from))
        if self.valid_to is not None:
            overlapping = overlapping.filter(valid_from__lte=self.valid_to)
        return overlapping

    def clean(self):
        super().clean()
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError({"valid_to": _("The last day cannot come before the first day.")},
                                  code="dates_reversed")


def _dates_in_order(name):
    return models.CheckConstraint(
        condition=Q(valid_to__isnull=True) | Q(valid_to__gte=models.F("valid_from")), name=name)


class ImportLimit(DatedRow):
    """The CBEC single-transaction and annual limits per person, in CNY.

    Within them the tariff is 0 % and VAT and consumption tax are charged at 70 %
    (财关税〔2016〕18号); above them an order is general trade, not CBEC.
    """

    per_transaction = models.DecimalField(_("limit per transaction (CNY)"), **_MONEY,
                                          validators=[MinValueValidator(Decimal("0.01"))])
    per_year = models.DecimalField(_("limit per person and year (CNY)"), **_MONEY,
                                   validators=[MinValueValidator(Decimal("0.01"))])
    #: 财关税〔2018〕49号 §2, from 2019: an order of one item above the single limit but
    #: within the annual one may still enter as CBEC, at full tax. Not so under the 2016 rules.
    single_item_exception = models.BooleanField(
        _("one item above the transaction limit may enter at full tax"), default=False)

    class Meta:
        ordering = ["-valid_from"]
        verbose_name = _("CBEC import limit")
        verbose_name_plural = _("CBEC import limits")
        constraints = [
            _dates_in_order("cbec_limit_dates_in_order"),
            models.CheckConstraint(condition=Q(per_transaction__gt=0, per_year__gte=models.F("per_transaction")),
                                   name="cbec_limit_amounts_positive"),
        ]

    def __str__(self):
        return f"{self.per_transaction} / {self.per_year} {CNY} from {self.valid_from}"

    def clean(self):
        super().clean()
        if self.valid_from and self._overlapping(ImportLimit.objects.all()).exists():
            raise ValidationError(_("Another limit row applies on some of these days."),
                                  code="overlapping_dates")


class TaxRate(DatedRow):
    """VAT, consumption tax and tariff rates for goods whose HS code starts with `hs_prefix`.

    An empty prefix is the default for any goods. The lookup takes the longest prefix
    in force on the order's date, so a row for 0306 beats one for 03, which beats the default.
    """

    hs_prefix = models.CharField(
        _("HS code prefix"), max_length=HS_PREFIX_MAX_LENGTH, blank=True, db_index=True,
        validators=[RegexValidator(r"^\d{0,10}$", _("An HS prefix has up to 10 digits and nothing else."))],
        help_text=_("Chapter, heading or full code; empty for the default rate of any goods."),
    )
    description = models.CharField(_("description"), max_length=255, blank=True)
    vat_rate = models.DecimalField(_("import VAT rate"), **_RATE,
                                   validators=[MinValueValidator(0), MaxValueValidator(1)],
                                   help_text=_("As a fraction: 0.1300 for 13 %."))
    consumption_tax_rate = models.DecimalField(
        _("consumption tax rate (ad valorem)"), **_RATE, default=Decimal("0"),
        validators=[MinValueValidator(0), MaxValueValidator(Decimal("0.9999"))])
    #: Only charged when full tax applies (the 2019 single-item exception): within the
    #: limits the tariff is 0 %. Empty when the table does not know it yet.
    tariff_rate = models.DecimalField(_("statutory tariff rate"), **_RATE, null=True, blank=True,
                                      validators=[MinValueValidator(0)],
                                      help_text=_("Used only when the order is taxed in full."))

    class Meta:
        ordering = ["hs_prefix", "-valid_from"]
        verbose_name = _("CBEC tax rate")
        verbose_name_plural = _("CBEC tax rates")
        constraints = [
            _dates_in_order("cbec_rate_dates_in_order"),
            models.UniqueConstraint(fields=["hs_prefix", "valid_from"], name="cbec_rate_one_per_prefix_and_day"),
            models.CheckConstraint(
                condition=Q(vat_rate__gte=0, vat_rate__lte=1, consumption_tax_rate__gte=0,
                            consumption_tax_rate__lt=1)
                & (Q(tariff_rate__isnull=True) | Q(tariff_rate__gte=0)),
                name="cbec_rate_fractions_in_range"),
        ]

    def __str__(self):
        return f"{self.hs_prefix or '*'} VAT {self.vat_rate} CT {self.consumption_tax_rate} from {self.valid_from}"

    def clean(self):
        super().clean()
        if self.valid_from and self._overlapping(TaxRate.objects.filter(hs_prefix=self.hs_prefix)).exists():
            raise ValidationError(_("Another rate for this HS prefix applies on some of these days."),
                                  code="overlapping_dates")


class CbecPurchaseQuerySet(models.QuerySet):
    def counting(self):
        """Purchases that count toward the annual limit: those not returned."""
        return self.filter(returned_on__isnull=True)


class CbecPurchase(models.Model):
    """One CBEC order's customs value, counted toward its buyer's annual limit.

    The buyer is identified by `buyer_key`, a keyed hash of the resident ID number
    (identity.buyer_key), never by the number itself: the total can be checked without
    keeping a copy of the number here.
    """

    buyer_key = models.CharField(_("buyer key"), max_length=64, db_index=True)
    order_number = models.CharField(_("order number"), max_length=60, unique=True)  # CEB311 orderNo C..60
    year = models.PositiveSmallIntegerField(_("calendar year"))
    customs_value = models.DecimalField(_("customs value (CNY)"), **_MONEY,
                                        validators=[MinValueValidator(Decimal("0.01"))])
    ordered_on = models.DateField(_("ordered on"))
    released_on = models.DateField(_("released by customs on"), null=True, blank=True)
    returned_on = models.DateField(_("returned on"), null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    objects = CbecPurchaseQuerySet.as_manager()

    class Meta:
        ordering = ["-ordered_on"]
        verbose_name = _("CBEC purchase")
        verbose_name_plural = _("CBEC purchases")
        indexes = [models.Index(fields=["buyer_key", "year"], name="cbec_purchase_buyer_year")]
        constraints = [
            models.CheckConstraint(condition=Q(customs_value__gt=0), name="cbec_purchase_value_positive"),
        ]

    def __str__(self):
        return f"{self.order_number} {self.customs_value} {CNY}"
