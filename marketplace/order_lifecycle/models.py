from django.db import models
from django.utils.translation import gettext_lazy as _


class StatusNotice(models.Model):
    """That the people concerned were told of one status change of an order (sent once)."""

    status_change = models.OneToOneField(
        "order.OrderStatusChange", on_delete=models.CASCADE, related_name="notice",
        verbose_name=_("status change"))
    notified_at = models.DateTimeField(_("notified at"), null=True, blank=True)

    class Meta:
        verbose_name = _("status change notice")
        verbose_name_plural = _("status change notices")
