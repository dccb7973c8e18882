"""What buyers, sellers and staff post to move an order: the status, and for a shipment how
the goods travel. The bounds and the tracking number's shape are the model's
(StatusChangeDetail); services.move_order checks again and decides who may do what."""

from django import forms
from django.utils.translation import gettext_lazy as _

from . import statuses
from .models import MOVE_NOTE_MAX, StatusChangeDetail


class MoveForm(forms.ModelForm):
    """A move among `moves` (statuses the person may choose now), with the shipment's
    carrier and tracking number and an optional note."""

    new_status = forms.ChoiceField(label=_("New status"))

    field_order = ["new_status", "carrier", "tracking_number", "note"]

    class Meta:
        model = StatusChangeDetail
        fields = ["carrier", "tracking_number", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2, "maxlength": MOVE_NOTE_MAX})}
        help_texts = {"carrier": _("Needed when the order is shipped, e.g. DHL, COSCO."),
                      "tracking_number": _("Needed when the order is shipped: the tracking, "
                                           "bill of lading or container number.")}

    def __init__(self, *args, moves=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_status"].choices = [
            (status, statuses.LABELS.get(status, status)) for status in moves]
        self.fields["note"].required = False
