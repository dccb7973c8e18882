"""What the platform declared to customs for a shipment, and what customs answered.

A `Declaration` is written, with every CEB message it needs, in the transaction that marks
an order shipped (services.declare_shipment). Each message is an outbox row (delivered by
the relay); `DeclarationMessage` ties that row to the message's CEB guid, so a receipt,
which names only the guid, finds its message, and the pages can show each message's
status with customs' last word on it. A `Summary` is a CEB701 summary application over
released retail export lists (the step that makes a VAT rebate possible, DOMAIN.md §5).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from marketplace.outbox.models import OutboxMessage

from . import modes

#: CEB returnInfo is C..1000.
RETURN_INFO_MAX = 1000


class Declaration(models.Model):
    """An order's customs declaration: made once, when the order ships."""

    DIRECTIONS = [(modes.EXPORT, _("Export")), (modes.IMPORT, _("Import"))]

    order = models.OneToOneField("order.Order", on_delete=models.PROTECT, related_name="declaration",
                                 verbose_name=_("order"))
    customs_mode = models.CharField(_("customs mode"), max_length=4,
                                    choices=[(code, label) for code, label in modes.MODE_LABELS.items()])
    direction = models.CharField(_("direction"), max_length=1, choices=DIRECTIONS)
    carrier = models.CharField(_("carrier"), max_length=100, blank=True)
    tracking_number = models.CharField(_("tracking number"), max_length=100, blank=True)
    declared_at = models.DateTimeField(_("declared at"))
    declared_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("declared by"))

    class Meta:
        ordering = ["-declared_at", "-pk"]
        verbose_name = _("customs declaration")
        verbose_name_plural = _("customs declarations")

    def __str__(self) -> str:
        return f"{self.order.number} {self.customs_mode}"


class CustomsMessageMixin(models.Model):
    """A message sent through the outbox with its CEB guid and customs' last receipt."""

    message_type = models.CharField(_("message type"), max_length=10)
    guid = models.CharField(_("guid"), max_length=36, unique=True)
    outbox_message = models.OneToOneField(OutboxMessage, on_delete=models.PROTECT, related_name="+",
                                          verbose_name=_("outbox message"))
    # Intermediate receipts (stored at E-port, sent to customs, manual review...) decide
    # nothing but people want to see them; the outbox keeps only decisions.
    return_status = models.CharField(_("last return status"), max_length=10, blank=True)
    return_info = models.CharField(_("last return info"), max_length=RETURN_INFO_MAX, blank=True)
    returned_at = models.DateTimeField(_("last receipt at"), null=True, blank=True)

    class Meta:
        abstract = True

    def current_outbox_message(self) -> OutboxMessage:
        """The outbox row now carrying this message: the last of its corrections."""
        message = self.outbox_message
        seen = 0
        while seen < 100:  # a correction chain is short; the bound only guards a cycle
            correction = OutboxMessage.objects.filter(corrected_from=message).first()
            if correction is None:
                return message
            message, seen = correction, seen + 1
        return message


class Summary(CustomsMessageMixin):
    """A CEB701 summary application of one e-commerce firm (ebc) over released lists."""

    enterprise = models.ForeignKey("sellers.Enterprise", on_delete=models.PROTECT, related_name="+",
                                   verbose_name=_("seller"))
    cop_no = models.CharField(_("document number"), max_length=30, unique=True)
    period_start = models.DateField(_("period start"), null=True, blank=True)
    period_end = models.DateField(_("period end"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"))
    # From CEB792: the summary and customs declaration numbers the rebate claim cites.
    sum_no = models.CharField(_("summary number"), max_length=18, blank=True)
    entry_id = models.CharField(_("customs declaration number"), max_length=18, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("summary application")
        verbose_name_plural = _("summary applications")

    def __str__(self) -> str:
        return self.cop_no


class DeclarationMessage(CustomsMessageMixin):
    """One CEB message of a declaration (CEB303, CEB603, ...)."""

    declaration = models.ForeignKey(Declaration, on_delete=models.PROTECT, related_name="messages",
                                    verbose_name=_("declaration"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # A CEB603/CEB621 list's number once customs gave one (its receipt), and whether it
    # was released: a released 9610 list with statisticsFlag B goes into a summary.
    invt_no = models.CharField(_("list number"), max_length=20, blank=True)
    released = models.BooleanField(_("released"), default=False)
    summary = models.ForeignKey(Summary, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="inventories", verbose_name=_("summary"))

    class Meta:
        ordering = ["declaration", "position", "pk"]
        verbose_name = _("declaration message")
        verbose_name_plural = _("declaration messages")
        indexes = [models.Index(fields=["message_type", "released"], name="declmsg_type_released_idx")]

    def __str__(self) -> str:
        return f"{self.message_type} {self.guid}"


class ImportBuyer(models.Model):
    """The buyer of a retail import as CEB311/411/621 must name them: real name, ID card
    number, telephone. Checkout's identity step hands it over (cbec_tax keeps only a keyed
    hash of the number); it is kept only to declare the order and shown masked."""

    order = models.OneToOneField("order.Order", on_delete=models.CASCADE, related_name="import_buyer",
                                 verbose_name=_("order"))
    name = models.CharField(_("real name"), max_length=60)
    id_number = models.CharField(_("ID card number"), max_length=18)
    telephone = models.CharField(_("telephone"), max_length=30, blank=True)
    authenticated = models.BooleanField(_("identity authenticated"), default=False)

    class Meta:
        verbose_name = _("import buyer")
        verbose_name_plural = _("import buyers")

    def __str__(self) -> str:
        from marketplace.cbec_tax.identity import mask_id_number

        return f"{self.name} ({mask_id_number(self.id_number)})"
