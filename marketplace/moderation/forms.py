from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from catalog.models import ReviewStatus

ProductClass = get_model("catalogue", "ProductClass")


class RefusalForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The seller reads it: say what must change."),
        error_messages={"required": _("Give the reason for refusing this listing: the seller "
                                      "will read it.")},
    )


class ApprovalForm(forms.Form):
    reason = forms.CharField(label=_("Note"), required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 2}))


class QueueFilterForm(forms.Form):
    """Filters of the review queue; without any it shows the listings awaiting review."""

    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=ReviewStatus.choices, initial=ReviewStatus.PENDING)
    product_class = forms.ModelChoiceField(label=_("Product class"), required=False,
                                           queryset=ProductClass.objects.all(),
                                           empty_label=_("All product classes"))
    q = forms.CharField(label=_("Title, UPC or HS code"), required=False, max_length=100)
