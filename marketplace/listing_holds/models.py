"""Holds: the platform's reasons for keeping an approved listing off sale.

Several parties may hold the same listing at once (an IP moderator after a complaint,
a risk officer stopping a commodity); it returns to sale only when the last hold is
lifted. While any hold is active the product's review_status is HELD and is_public is
off, so every reader that already follows those two fields (Oscar's browsable
querysets, the product page, search and suggestions, the purchase strategy) drops it.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class HoldQuerySet(models.QuerySet):
    def active(self):
        return self.filter(lifted_at__isnull=True)


class ListingHold(models.Model):
    class Kind(models.TextChoices):
        IP_TAKEDOWN = "ip_takedown", _("Taken down after an intellectual-property complaint")
        STOP_SALE = "stop_sale", _("Sale stopped by risk control")

    product = models.ForeignKey("catalogue.Product", on_delete=models.CASCADE,
                                related_name="holds", verbose_name=_("listing"))
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    #: What the hold answers to: an IP case reference, a risk alert's number.
    reference = models.CharField(_("reference"), max_length=64, blank=True)
    reason = models.TextField(_("reason shown to the seller"), max_length=2000)
    placed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                  null=True, blank=True, related_name="+",
                                  verbose_name=_("placed by"))
    placed_at = models.DateTimeField(_("placed at"), auto_now_add=True)
    #: The listing's state before the first of the holds active together, restored when
    #: the last of them is lifted.
    status_before = models.CharField(_("review status before"), max_length=10)
    public_before = models.BooleanField(_("public before"))
    lifted_at = models.DateTimeField(_("lifted at"), null=True, blank=True)
    lifted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                  null=True, blank=True, related_name="+",
                                  verbose_name=_("lifted by"))
    lift_reason = models.TextField(_("why it was lifted"), max_length=2000, blank=True)

    objects = HoldQuerySet.as_manager()

    class Meta:
        ordering = ["-placed_at", "-pk"]
        verbose_name = _("listing hold")
        verbose_name_plural = _("listing holds")
        indexes = [models.Index(fields=["product", "lifted_at"])]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.product_id}"

    @property
    def is_active(self):
        return self.lifted_at is None


class BasketNotice(models.Model):
    """A line taken out of a buyer's open basket because its listing was withdrawn.

    Kept until the buyer next opens the basket or checkout, where it is shown once, so a
    buyer who comes back days later learns why the line is gone.
    """

    basket = models.ForeignKey("basket.Basket", on_delete=models.CASCADE,
                               related_name="withdrawal_notices")
    #: The title as the buyer saw it (the listing itself may be gone from their language).
    title = models.CharField(max_length=255)
    kind = models.CharField(max_length=16, choices=ListingHold.Kind.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]
