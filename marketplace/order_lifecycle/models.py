from django.conf import settings
from django.core.validators import MaxLengthValidator, RegexValidator
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


#: Bounds of what a seller types when it ships; forms and the service read the same fields.
CARRIER_MAX = 64
TRACKING_NUMBER_MAX = 64
MOVE_NOTE_MAX = 500

#: A tracking, bill of lading or container number: letters and digits, perhaps grouped by
#: spaces, hyphens, dots or slashes; nothing that could be markup or a link.
validate_tracking_number = RegexValidator(
    r"^[A-Za-z0-9](?:[A-Za-z0-9 ./-]*[A-Za-z0-9])?$",
    _("Enter the tracking number as the carrier gives it: letters and digits, perhaps "
      "separated by spaces, hyphens, dots or slashes."),
    code="tracking_number",
)


class Role(models.TextChoices):
    """In which capacity somebody changed an order's status."""

    BUYER = "buyer", _("Buyer")
    SELLER = "seller", _("Seller")
    STAFF = "staff", _("Marketplace staff")
    #: Nobody in person: a payment or refund recorded by the platform.
    SYSTEM = "system", _("System")


class StatusChangeDetail(models.Model):
    """Who made one status change of an order, in which role, and for a shipment how the
    goods travel. Oscar's OrderStatusChange keeps the order, from, to and when; every
    change gets one of these as it is saved (receivers.status_changed), so the history
    is complete whichever code moved the order."""

    status_change = models.OneToOneField(
        "order.OrderStatusChange", on_delete=models.CASCADE, related_name="detail",
        verbose_name=_("status change"))
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("changed by"))
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.SYSTEM)
    carrier = models.CharField(_("carrier"), max_length=CARRIER_MAX, blank=True)
    tracking_number = models.CharField(
        _("tracking number"), max_length=TRACKING_NUMBER_MAX, blank=True,
        validators=[validate_tracking_number])
    # A TextField's max_length only sizes the form's textarea: the validator holds the bound.
    note = models.TextField(_("note"), max_length=MOVE_NOTE_MAX, blank=True,
                            validators=[MaxLengthValidator(MOVE_NOTE_MAX)])

    class Meta:
        verbose_name = _("status change detail")
        verbose_name_plural = _("status change details")

    def __str__(self):
        return f"{self.status_change_id} by {self.role}"
