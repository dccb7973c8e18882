"""Oscar's order models, with what a marketplace order carries on top.

One checkout places one order per seller, so that each seller sees, fulfils and is paid
for its own goods only. `Purchase` ties the orders of one checkout together: it is what
the buyer pays once (its reference is the card payment's reference) and what the buyer's
summary page shows.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.address.abstract_models import AbstractBillingAddress, AbstractShippingAddress
from oscar.apps.order.abstract_models import AbstractLine, AbstractOrder

from marketplace.oscar_apps.address.names import LocalizedCountryAddress


class Purchase(models.Model):
    """One checkout of one buyer: the orders it placed (one per seller) and how it is paid."""

    CARD, BANK_TRANSFER = "card", "bank_transfer"
    PAYMENT_METHOD_CHOICES = [(CARD, _("Card")), (BANK_TRANSFER, _("Bank transfer (T/T)"))]

    reference = models.CharField(_("reference"), max_length=32, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="purchases", verbose_name=_("buyer"),
    )
    currency = models.CharField(_("currency"), max_length=12)
    total = models.DecimalField(_("total"), max_digits=14, decimal_places=2)
    payment_method = models.CharField(
        _("payment method"), max_length=16, choices=PAYMENT_METHOD_CHOICES)
    class Approval(models.TextChoices):
        NOT_NEEDED = "", _("Not needed")
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    #: The buyer's company, when it placed the purchase for one (its approvers decide).
    company = models.ForeignKey(
        "buyers.BuyerCompany", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="purchases", verbose_name=_("company"))
    approval = models.CharField(_("approval"), max_length=16, choices=Approval.choices,
                                default=Approval.NOT_NEEDED, blank=True, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("decided by"))
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    rejection_reason = models.CharField(_("reason"), max_length=500, blank=True)
    #: A bank transfer's deposit, kept for when an approver releases the purchase.
    deposit_percent = models.PositiveSmallIntegerField(_("deposit (%)"), default=0)
    #: The buyer's own purchase-order number, printed on the documents.
    buyer_reference = models.CharField(_("your purchase order number"), max_length=64, blank=True)
    created_at = models.DateTimeField(_("placed"), auto_now_add=True)

    class Meta:
        app_label = "order"
        ordering = ["-created_at", "-pk"]
        verbose_name = _("purchase")
        verbose_name_plural = _("purchases")

    def __str__(self):
        return self.reference

    @property
    def awaits_approval(self) -> bool:
        return self.approval == self.Approval.PENDING


class Order(AbstractOrder):
    purchase = models.ForeignKey(
        Purchase, on_delete=models.PROTECT, null=True, blank=True, related_name="orders",
        verbose_name=_("purchase"),
    )
    #: What the buyer and the seller agreed at checkout: {"incoterm", "named_place",
    #: "freight": {"code", "name", "trade_mode", "on_quote", "charge_cny"}}. Stored as it
    #: was chosen: later edits of the seller's offers must not change a placed order.
    trade_terms = models.JSONField(_("trade terms"), default=dict, blank=True)


class Line(AbstractLine):
    # The seller's side of the line: what it is paid in CNY, whatever the buyer's currency.
    unit_price_cny = models.DecimalField(
        _("unit price (CNY)"), max_digits=12, decimal_places=2, null=True, blank=True)
    line_price_cny = models.DecimalField(
        _("line price (CNY)"), max_digits=14, decimal_places=2, null=True, blank=True)


# Order pages and e-mails print the country in the reader's language.
class ShippingAddress(LocalizedCountryAddress, AbstractShippingAddress):
    pass


class BillingAddress(LocalizedCountryAddress, AbstractBillingAddress):
    pass


from oscar.apps.order.models import *  # noqa: E402,F401,F403
