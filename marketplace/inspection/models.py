"""Inspection and quarantine (检验检疫) filings and export batch declarations.

Since 2018-04-20 inspection and quarantine is part of China Customs ("one declaration,
one inspection", DOMAIN.md §10). What it wants from a cross-border platform's sellers:

- an operator filing (跨境电商经营主体备案) once per enterprise, and for makers of food
  an export food production enterprise filing (出口食品生产企业备案, DOMAIN.md §11);
- a commodity filing (商品备案) per product, carrying its HS code and, for food, how it
  is kept cold and how long it keeps;
- for exports, a batch declaration: shipped orders declared together (centralised
  declaration) and released together (batch release), or held for inspection.

A filing is written by the seller, sent to the authority through the outbox (kind
"inspection") and decided there; the number the authority gives an accepted filing is
what batch declarations quote. State changes go through services.py, which writes the
outbox message in the same transaction.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from marketplace.core import sanitize

from .validators import validate_authority_number, validate_chinese_text

NUMBER_MAX_LENGTH = 64
REASON_MAX_LENGTH = 1000
NAME_ZH_MAX_LENGTH = 100
SPEC_MAX_LENGTH = 200
SCOPE_MAX_LENGTH = 500
ADDRESS_MAX_LENGTH = 255
#: Ten years: no food the platform sells keeps longer; a larger figure is a typing slip.
MAX_SHELF_LIFE_DAYS = 3650


class FilingStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted, awaiting the authority")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


#: A seller may change a filing only before it is sent, or after the authority refused it.
EDITABLE_STATUSES = (FilingStatus.DRAFT, FilingStatus.REJECTED)


class FilingQuerySet(models.QuerySet):
    def accepted(self, *, on=None):
        """Accepted filings still in force on `on` (today by default)."""
        on = on or timezone.localdate()
        return self.filter(status=FilingStatus.ACCEPTED).filter(
            models.Q(valid_until__isnull=True) | models.Q(valid_until__gte=on))

    def pending(self):
        return self.filter(status=FilingStatus.SUBMITTED)

    def for_user(self, user):
        """The filings of the enterprises `user` works for (staff see every one)."""
        if not user.is_authenticated:
            return self.none()
        if user.is_staff:
            return self
        return self.filter(enterprise__users=user)


class Filing(models.Model):
    """What enterprise and commodity filings share: the path through the authority.

    `revision` counts submissions: a rejected filing corrected and sent again is a new
    revision, with a new outbox message; sending the same revision twice sends nothing new.
    """

    status = models.CharField(_("status"), max_length=16, choices=FilingStatus.choices,
                              default=FilingStatus.DRAFT, db_index=True)
    filing_number = models.CharField(
        _("filing number"), max_length=NUMBER_MAX_LENGTH, blank=True, db_index=True,
        validators=[validate_authority_number],
        help_text=_("The number the authority gives an accepted filing."))
    rejection_reason = models.TextField(_("reason for rejection"), max_length=REASON_MAX_LENGTH,
                                        blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    revision = models.PositiveIntegerField(_("revision"), default=0, editable=False)
    #: The outbox key of the latest submission (corrections made in the outbox admin
    #: append ":rev<n>" to it).
    outbox_key = models.CharField(_("outbox key"), max_length=200, blank=True, db_index=True,
                                  editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   blank=True, related_name="+", verbose_name=_("created by"))
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                     blank=True, related_name="+", verbose_name=_("submitted by"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("decision recorded by"),
        help_text=_("Staff who typed in a decision that came on paper; empty for electronic receipts."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    objects = FilingQuerySet.as_manager()

    #: Single-line texts typed by sellers, stored as plain text.
    SELLER_TEXT_FIELDS: tuple[str, ...] = ()

    class Meta:
        abstract = True
        ordering = ["-updated_at", "-pk"]

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE_STATUSES

    @property
    def is_in_force(self) -> bool:
        return self.status == FilingStatus.ACCEPTED and (
            self.valid_until is None or self.valid_until >= timezone.localdate())

    def save(self, *args, **kwargs):
        # Printed escaped on pages, but also sent to the authority and shown in the admin:
        # what is stored is plain text either way.
        for name in self.SELLER_TEXT_FIELDS:
            setattr(self, name, sanitize.clean_text(getattr(self, name) or "", single_line=True))
        super().save(*args, **kwargs)


class EnterpriseFiling(Filing):
    class Kind(models.TextChoices):
        CBEC_OPERATOR = "cbec_operator", _("Cross-border e-commerce operator filing (跨境电商经营主体备案)")
        FOOD_PRODUCTION = "food_production", _(
            "Export food production enterprise filing (出口食品生产企业备案)")

    enterprise = models.ForeignKey("sellers.Enterprise", on_delete=models.CASCADE,
                                   related_name="inspection_filings", verbose_name=_("enterprise"))
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    business_scope = models.CharField(
        _("goods covered"), max_length=SCOPE_MAX_LENGTH,
        validators=[validate_chinese_text],
        help_text=_("In Chinese: what the enterprise sells or makes for export, e.g. 不锈钢厨房刀具、剪刀."))
    plant_address = models.CharField(
        _("production plant address"), max_length=ADDRESS_MAX_LENGTH, blank=True,
        help_text=_("Where the food is made; required for the export food production filing."))
    contact_name = models.CharField(_("person in charge"), max_length=100)
    contact_phone = models.CharField(_("phone"), max_length=40)

    SELLER_TEXT_FIELDS = ("business_scope", "plant_address", "contact_name", "contact_phone")

    class Meta(Filing.Meta):
        verbose_name = _("enterprise filing")
        verbose_name_plural = _("enterprise filings")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.enterprise.name_en}"


class StorageCondition(models.TextChoices):
    """How food is kept on its way (DOMAIN.md §11: chilled aquatic products 0–4 °C, frozen ≤ −18 °C)."""

    AMBIENT = "ambient", _("Ambient")
    CHILLED = "chilled", _("Chilled (0 to 4 °C)")
    FROZEN = "frozen", _("Frozen (−18 °C or colder)")


class CommodityFiling(Filing):
    product = models.ForeignKey("catalogue.Product", on_delete=models.CASCADE,
                                related_name="inspection_filings", verbose_name=_("product"))
    enterprise = models.ForeignKey("sellers.Enterprise", on_delete=models.CASCADE,
                                   related_name="commodity_filings", verbose_name=_("enterprise"))
    #: The product's HS code when the filing was written: the filing covers that code,
    #: whatever the listing says later.
    hs_code = models.CharField(_("HS code"), max_length=10)
    name_zh = models.CharField(_("name in Chinese"), max_length=NAME_ZH_MAX_LENGTH,
                               validators=[validate_chinese_text],
                               help_text=_("The goods' Chinese name as declared, e.g. 不锈钢厨师刀."))
    spec_model = models.CharField(_("specification and model"), max_length=SPEC_MAX_LENGTH,
                                  help_text=_("e.g. 8英寸, 3Cr13 钢, 型号 YJ-801."))
    brand = models.CharField(_("brand"), max_length=100, blank=True)
    origin = models.CharField(_("place of origin"), max_length=100,
                              help_text=_("Where the goods are made, e.g. 广东省阳江市江城区."))
    storage = models.CharField(_("storage"), max_length=10, choices=StorageCondition.choices,
                               blank=True, help_text=_("Required for food."))
    shelf_life_days = models.PositiveIntegerField(
        _("shelf life (days)"), null=True, blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_SHELF_LIFE_DAYS)],
        help_text=_("Required for food."))

    SELLER_TEXT_FIELDS = ("name_zh", "spec_model", "brand", "origin")

    class Meta(Filing.Meta):
        verbose_name = _("commodity filing")
        verbose_name_plural = _("commodity filings")

    def __str__(self):
        return f"{self.name_zh} ({self.hs_code})"


class BatchStatus(models.TextChoices):
    DECLARED = "declared", _("Declared")
    RELEASED = "released", _("Released")
    INSPECTION_REQUIRED = "inspection_required", _("Inspection required")
    REJECTED = "rejected", _("Rejected")


#: A batch in these states holds its orders: they are not declared again.
LIVE_BATCH_STATUSES = (BatchStatus.DECLARED, BatchStatus.RELEASED, BatchStatus.INSPECTION_REQUIRED)


class BatchDeclarationQuerySet(models.QuerySet):
    def live(self):
        return self.filter(status__in=LIVE_BATCH_STATUSES)

    def for_user(self, user):
        if not user.is_authenticated:
            return self.none()
        if user.is_staff:
            return self
        return self.filter(enterprise__users=user)


class BatchDeclaration(models.Model):
    """Shipped export orders of one seller declared together (集中申报) and released together
    (批量放行), or held for inspection."""

    number = models.CharField(_("batch number"), max_length=NUMBER_MAX_LENGTH, unique=True)
    enterprise = models.ForeignKey("sellers.Enterprise", on_delete=models.PROTECT,
                                   related_name="inspection_batches", verbose_name=_("seller"))
    orders = models.ManyToManyField("order.Order", related_name="inspection_batches",
                                    verbose_name=_("orders"))
    inspection_office = models.CharField(_("inspection office"), max_length=60, blank=True)
    status = models.CharField(_("status"), max_length=24, choices=BatchStatus.choices,
                              default=BatchStatus.DECLARED, db_index=True)
    release_number = models.CharField(_("release number"), max_length=NUMBER_MAX_LENGTH, blank=True,
                                      validators=[validate_authority_number])
    reason = models.TextField(_("reason"), max_length=REASON_MAX_LENGTH, blank=True,
                              help_text=_("Why the batch was rejected or must be inspected."))
    total_value_cny = models.DecimalField(_("value (CNY)"), max_digits=16, decimal_places=2)
    outbox_key = models.CharField(_("outbox key"), max_length=200, unique=True, editable=False)
    declared_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    blank=True, related_name="+", verbose_name=_("declared by"))
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   blank=True, related_name="+", verbose_name=_("decision recorded by"))
    declared_at = models.DateTimeField(_("declared"))
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    objects = BatchDeclarationQuerySet.as_manager()

    class Meta:
        ordering = ["-declared_at", "-pk"]
        verbose_name = _("batch declaration")
        verbose_name_plural = _("batch declarations")

    def __str__(self):
        return self.number
