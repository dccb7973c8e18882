"""What staff and sellers post on the declaration pages: a batch to ship and declare."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from marketplace.order_lifecycle.models import StatusChangeDetail

from .services import MAX_BATCH

#: Bounds of the shipment's words, as the lifecycle stores them.
CARRIER_MAX = StatusChangeDetail._meta.get_field("carrier").max_length
TRACKING_MAX = StatusChangeDetail._meta.get_field("tracking_number").max_length


class ShipBatchForm(forms.Form):
    """Orders to ship (among `choices`, the numbers the user may ship), one carrier, and a
    tracking number per order (`tracking_<number>`) or one for all."""

    orders = forms.MultipleChoiceField(label=_("Orders"), widget=forms.CheckboxSelectMultiple,
                                       error_messages={"required": _("Choose the orders to ship.")})
    carrier = forms.CharField(label=_("Carrier"), max_length=CARRIER_MAX,
                              help_text=_("e.g. DHL, China Post, COSCO."))
    tracking_number = forms.CharField(
        label=_("Tracking number for all"), max_length=TRACKING_MAX, required=False,
        help_text=_("Used for every chosen order without its own tracking number."))

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["orders"].choices = [(number, number) for number in choices]

    def clean_orders(self):
        orders = self.cleaned_data["orders"]
        if len(orders) > MAX_BATCH:
            raise forms.ValidationError(_("Ship at most %(count)d orders at once."), params={"count": MAX_BATCH})
        return orders

    def clean(self):
        data = super().clean()
        tracking = {}
        for number in data.get("orders", []):
            value = " ".join(str(self.data.get(f"tracking_{number}", "")).split())
            if len(value) > TRACKING_MAX:
                self.add_error(None, _("%(number)s: the tracking number is longer than %(max)d characters.")
                               % {"number": number, "max": TRACKING_MAX})
            value = value or data.get("tracking_number", "")
            if not value:
                self.add_error(None, _("%(number)s: give its tracking number, or one for all.") % {"number": number})
            tracking[number] = value
        data["tracking_numbers"] = tracking
        return data
