"""A day's forex settlement report as recorded in the forex outbox."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SettlementReportSubmission(models.Model):
    """One day's settlement report sent to the forex outbox; a changed report is a new revision."""

    day = models.DateField(_("day"))
    revision = models.PositiveIntegerField(_("revision"))
    digest = models.CharField(_("content digest"), max_length=64)
    payment_count = models.PositiveIntegerField(_("payments"))
    fx_total_cny = models.DecimalField(_("FX total (CNY)"), max_digits=16, decimal_places=2)
    outbox_message = models.OneToOneField("outbox.OutboxMessage", on_delete=models.PROTECT, related_name="+",
                                          verbose_name=_("outbox message"))
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+", verbose_name=_("submitted by"))
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)

    class Meta:
        ordering = ["-day", "-revision"]
        verbose_name = _("settlement report submission")
        verbose_name_plural = _("settlement report submissions")
        constraints = [models.UniqueConstraint(fields=["day", "revision"], name="forex_one_revision_per_day")]

    def __str__(self):
        return f"{self.day} r{self.revision}"
