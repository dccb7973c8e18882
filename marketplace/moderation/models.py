"""What may not be listed, and the decisions taken on listings.

A listing's own state (approved, pending, refused, and the reason) lives on the
catalogue's Product (review_status, review_reason) so the seller's pages and the
public catalogue read it without a join; services.py keeps it in step with the log here.
"""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ProhibitedHSCodeQuerySet(models.QuerySet):
    def in_force(self, on=None):
        """The entries that refuse listings on the day `on` (today by default)."""
        on = on or timezone.localdate()
        return self.filter(is_active=True, valid_from__lte=on).filter(
            models.Q(valid_until__isnull=True) | models.Q(valid_until__gte=on))


class ProhibitedHSCode(models.Model):
    """A heading or code whose goods the platform refuses, with its legal basis and dates.

    A prefix covers every code that starts with it: "9307" refuses the whole heading,
    "8211930010" one national line. Kept as dated data because the lists it comes from
    (prohibited-export catalogues, 禁止出境物品表, platform policy) change over time.
    """

    prefix = models.CharField(
        _("HS code prefix"), max_length=10,
        validators=[RegexValidator(r"^\d{2,10}$", _("Write 2 to 10 digits, such as 9307."))],
        help_text=_("2 to 10 digits: every HS code starting with them is refused."),
    )
    reason = models.TextField(_("reason shown to the seller"))
    legal_basis = models.CharField(
        _("source or legal basis"), max_length=255,
        help_text=_("The regulation, catalogue or platform policy this entry comes from."))
    is_active = models.BooleanField(_("active"), default=True)
    valid_from = models.DateField(_("valid from"), default=timezone.localdate)
    valid_until = models.DateField(_("valid until"), null=True, blank=True,
                                   help_text=_("Leave empty while the rule is in force."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProhibitedHSCodeQuerySet.as_manager()

    class Meta:
        ordering = ["prefix", "-valid_from"]
        verbose_name = _("prohibited HS code")
        verbose_name_plural = _("prohibited HS codes")

    def __str__(self):
        return self.prefix

    def covers(self, hs_code):
        return bool(hs_code) and str(hs_code).startswith(self.prefix)


class ListingDecision(models.Model):
    """One decision on a listing, kept for the audit: what, why, who (nobody: screening), when."""

    class Decision(models.TextChoices):
        APPROVED = "approved", _("Approved")
        REFUSED = "refused", _("Refused")

    product = models.ForeignKey(
        "catalogue.Product", on_delete=models.CASCADE, related_name="review_decisions",
        verbose_name=_("listing"),
    )
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices)
    reason = models.TextField(_("reason"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="listing_decisions", verbose_name=_("decided by"),
        help_text=_("Empty when the automatic screening refused the listing."),
    )
    created_at = models.DateTimeField(_("decided at"), auto_now_add=True)
    #: Set by tasks.send_listing_decision_email once the seller has been told.
    notified_at = models.DateTimeField(_("seller notified"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("listing decision")
        verbose_name_plural = _("listing decisions")
        permissions = [("review_listing", _("Can review listings"))]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(decision="refused") | ~models.Q(reason=""),
                name="moderation_refusal_reason_given",
            ),
        ]

    def __str__(self):
        return f"{self.get_decision_display()}: {self.product_id}"
