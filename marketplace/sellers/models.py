"""A manufacturer's filing (备案) with the platform, its documents and the decisions on it.

An Enterprise is what a Yangjiang company declares about itself to sell here. It is
reviewed in the dashboard; on approval it gets an Oscar Partner, which is what its
stock records (and so its products) hang on. State changes go through services.py,
which keeps the status, the decision log and group membership in step.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from marketplace.core import sanitize

from .fields import CompactCodeField
from .identifiers import validate_customs_code, validate_uscc
from .uploads import document_upload_to, seller_document_storage, validate_document_file


class Cluster(models.Model):
    """One of the five industrial clusters of Yangjiang the platform serves.

    A fixed list (created by migration) rather than the catalogue's top-level
    categories: a filing is a declaration the reviewer approves, and must keep its
    meaning when merchandisers rename, split or re-order the catalogue tree. Compliance
    rules key on these codes too (controlled knives belong to knives_scissors).
    """

    KNIVES_SCISSORS = "knives_scissors"
    KITCHENWARE = "kitchenware"
    SEAFOOD = "seafood"
    PROCESSED_FOOD = "processed_food"
    TEXTILES = "textiles"
    CODE_CHOICES = [
        (KNIVES_SCISSORS, _("Knives and scissors")),
        (KITCHENWARE, _("Kitchenware")),
        (SEAFOOD, _("Seafood and aquatic products")),
        (PROCESSED_FOOD, _("Processed food")),
        (TEXTILES, _("Textiles and garments")),
    ]

    code = models.CharField(_("code"), max_length=32, primary_key=True, choices=CODE_CHOICES)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position"]
        verbose_name = _("industrial cluster")
        verbose_name_plural = _("industrial clusters")

    def __str__(self):
        return str(self.get_code_display())


class District(models.TextChoices):
    """Yangjiang's county-level divisions by their GB/T 2260 code (Yangdong was 441723 before 2014).

    The same codes and labels as catalog.models.OriginDistrict, so both share translations.
    """

    JIANGCHENG = "441702", _("Jiangcheng District")
    YANGDONG = "441704", _("Yangdong District")
    YANGXI = "441721", _("Yangxi County")
    YANGCHUN = "441781", _("Yangchun City")


class EnterpriseQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Enterprise.Status.APPROVED)

    def for_user(self, user):
        return self.filter(users=user) if user.is_authenticated else self.none()


class Enterprise(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted, awaiting review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SUSPENDED = "suspended", _("Suspended")

    #: The applicant may change the filing only in these states.
    EDITABLE_STATUSES = (Status.DRAFT, Status.REJECTED)

    legal_name_zh = models.CharField(
        _("legal name in Chinese"), max_length=200,
        help_text=_("As printed on the business licence, e.g. 阳江市某某刀具有限公司."),
    )
    name_en = models.CharField(
        _("name in English"), max_length=128,
        help_text=_("The name overseas buyers see."),
    )
    uscc = CompactCodeField(
        _("unified social credit code (USCC)"), max_length=18, unique=True,
        validators=[validate_uscc],
        error_messages={"unique": _("An enterprise with this USCC is already registered.")},
    )
    customs_code = CompactCodeField(
        _("customs registration code"), max_length=10, blank=True,
        validators=[validate_customs_code],
        help_text=_("海关注册编码, 10 characters. Leave empty if you export through an agent."),
    )
    clusters = models.ManyToManyField(
        Cluster, related_name="enterprises", verbose_name=_("industrial clusters")
    )
    address_line = models.CharField(_("address"), max_length=255)
    district = models.CharField(_("district"), max_length=6, choices=District.choices)
    established_year = models.PositiveSmallIntegerField(
        _("year established"), null=True, blank=True
    )
    contact_name = models.CharField(_("contact person"), max_length=100)
    contact_phone = models.CharField(_("contact phone"), max_length=40)
    contact_email = models.EmailField(_("contact email"))
    website = models.URLField(_("website"), blank=True)
    description_zh = models.TextField(_("description in Chinese"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)

    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    slug = models.SlugField(_("slug"), max_length=140, unique=True)
    partner = models.OneToOneField(
        "partner.Partner", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="enterprise", verbose_name=_("partner"),
        help_text=_("Created on approval. Set it before approving only to reuse an existing "
                    "partner and its products."),
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="filed_enterprises", verbose_name=_("applicant"),
    )
    users = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="enterprises", blank=True,
        verbose_name=_("users"),
        help_text=_("The applicant and colleagues who manage this seller's shop."),
    )
    listings_verified = models.BooleanField(
        _("listings go live without review"), default=False,
        help_text=_("Set by platform admins once the seller has earned trust. Listings of "
                    "other sellers wait for review; all are screened for prohibited goods."),
    )
    #: The language the applicant filed in; decision emails are written in it.
    language = models.CharField(_("correspondence language"), max_length=10, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)

    objects = EnterpriseQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at", "-created_at"]
        verbose_name = _("enterprise")
        verbose_name_plural = _("enterprises")
        permissions = [("review_enterprise", _("Can review manufacturer filings"))]

    def __str__(self):
        return f"{self.name_en} ({self.legal_name_zh})"

    def clean(self):
        super().clean()
        this_year = timezone.localdate().year
        if self.established_year is not None and not 1900 <= self.established_year <= this_year:
            raise ValidationError({"established_year": _(
                "Enter a year between 1900 and %(year)s.") % {"year": this_year}})

    #: What the applicant types and buyers read on the storefront: stored as plain text.
    SELLER_TEXT_FIELDS = ("legal_name_zh", "name_en", "address_line", "contact_name")
    SELLER_PARAGRAPH_FIELDS = ("description_zh", "description_en")

    def save(self, *args, **kwargs):
        # The storefront prints these escaped; cleaning them here as well keeps markup out
        # of every other place they travel (e-mails, search suggestions, the dashboard).
        for name in self.SELLER_TEXT_FIELDS:
            setattr(self, name, sanitize.clean_text(getattr(self, name), single_line=True))
        for name in self.SELLER_PARAGRAPH_FIELDS:
            setattr(self, name, sanitize.clean_text(getattr(self, name)))
        super().save(*args, **kwargs)

    @property
    def is_editable(self):
        return self.status in self.EDITABLE_STATUSES

    @property
    def is_public(self):
        return self.status == self.Status.APPROVED

    def localized_name(self):
        """The legal Chinese name for Chinese readers, the English name for everyone else."""
        if (get_language() or "").startswith("zh"):
            return self.legal_name_zh
        return self.name_en

    def localized_description(self):
        chinese = (get_language() or "").startswith("zh")
        first, second = (
            (self.description_zh, self.description_en) if chinese
            else (self.description_en, self.description_zh)
        )
        return first or second

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("sellers:storefront", kwargs={"slug": self.slug})


class EnterpriseDocument(models.Model):
    class Kind(models.TextChoices):
        BUSINESS_LICENCE = "business_licence", _("Business licence (营业执照)")
        EXPORT_LICENCE = "export_licence", _(
            "Foreign trade operator filing form (对外贸易经营者备案登记表)")
        CUSTOMS_CERTIFICATE = "customs_certificate", _(
            "Customs registration certificate (海关报关单位注册登记证书)")
        PRODUCT_CERTIFICATE = "product_certificate", _("Product certificate")
        OTHER = "other", _("Other document")

    enterprise = models.ForeignKey(
        Enterprise, on_delete=models.CASCADE, related_name="documents",
        verbose_name=_("enterprise"),
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    title = models.CharField(
        _("name"), max_length=120, blank=True,
        help_text=_("For certificates: what it certifies, e.g. ISO 9001, LFGB, FDA."),
    )
    file = models.FileField(
        _("file"), upload_to=document_upload_to, storage=seller_document_storage,
        max_length=255, validators=[validate_document_file],
        help_text=_("PDF, JPEG or PNG."),
    )
    number = models.CharField(_("number"), max_length=64, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["kind", "uploaded_at"]
        verbose_name = _("enterprise document")
        verbose_name_plural = _("enterprise documents")

    def __str__(self):
        return f"{self.get_kind_display()} {self.number}".strip()

    @property
    def has_expired(self):
        return self.valid_until is not None and self.valid_until < timezone.localdate()


class EnterpriseDecision(models.Model):
    """One reviewer decision, kept forever: who decided what, when and why."""

    class Decision(models.TextChoices):
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SUSPENDED = "suspended", _("Suspended")
        REINSTATED = "reinstated", _("Reinstated")
        # Changes of Enterprise.listings_verified, logged here for the audit trail only.
        LISTINGS_VERIFIED = "verified", _("Listings go live without review")
        LISTINGS_REVIEWED = "unverified", _("Listings wait for review")

    #: Decisions the applicant must be told the reason for.
    REASON_REQUIRED = (Decision.REJECTED, Decision.SUSPENDED)

    enterprise = models.ForeignKey(
        Enterprise, on_delete=models.CASCADE, related_name="decisions",
        verbose_name=_("enterprise"),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
        related_name="enterprise_decisions", verbose_name=_("decided by"),
    )
    decision = models.CharField(_("decision"), max_length=16, choices=Decision.choices)
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(_("decided at"), auto_now_add=True)
    #: Set by tasks.send_decision_email once the applicant has been told.
    notified_at = models.DateTimeField(_("applicant notified"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("enterprise decision")
        verbose_name_plural = _("enterprise decisions")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(decision__in=["rejected", "suspended"]) | ~models.Q(reason=""),
                name="sellers_decision_reason_given",
            ),
        ]

    def __str__(self):
        return f"{self.get_decision_display()}: {self.enterprise}"
