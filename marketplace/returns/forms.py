"""Input of buyers, sellers and admins on return cases. The services check everything again;
the forms put the mistakes next to their fields."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import conf, storage
from .models import (
    BANK_REFERENCE_MAX,
    CONDITIONS_MAX,
    DETAILS_MAX,
    INSTRUCTIONS_MAX,
    MAX_RETURN_DAYS,
    MESSAGE_MAX,
    REASON_MAX,
    Dispute,
    ReturnReason,
    ShippingPaidBy,
)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class CaseFilesField(forms.FileField):
    """Up to MARKETPLACE_RETURN_PHOTO_MAX_COUNT files, each checked by its content."""

    widget = MultipleFileInput

    def __init__(self, *, allow_pdf: bool, **kwargs):
        self.allow_pdf = allow_pdf
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.widget.attrs["accept"] = ".jpg,.jpeg,.png,.pdf" if allow_pdf else ".jpg,.jpeg,.png"

    def clean(self, data, initial=None):
        files = [item for item in (data if isinstance(data, list | tuple) else [data]) if item]
        if len(files) > conf.photo_max_count():
            raise ValidationError(_("Attach at most %(count)s files."), params={"count": conf.photo_max_count()})
        errors = []
        for upload in files:
            try:
                storage.detect_type(upload, allow_pdf=self.allow_pdf)
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        return files


def _text(label, max_length, *, required=True, rows=4, help_text=""):
    return forms.CharField(label=label, max_length=max_length, required=required, help_text=help_text,
                           widget=forms.Textarea(attrs={"rows": rows, "maxlength": max_length}))


class ReturnPolicyForm(forms.Form):
    days_after_delivery = forms.IntegerField(
        label=_("Days after delivery"), min_value=0, max_value=MAX_RETURN_DAYS,
        help_text=_("How many days after delivery a buyer may ask to return goods (0: no returns)."))
    conditions = _text(_("Conditions"), CONDITIONS_MAX, required=False,
                       help_text=_("E.g. unused, in the original packaging. Plain text."))
    return_shipping_paid_by = forms.ChoiceField(label=_("Return shipping paid by"),
                                                choices=ShippingPaidBy.choices)


class ReturnRequestForm(forms.Form):
    """One quantity field per line of the order (bounded by what may still be returned),
    the reason, details and photos."""

    reason = forms.ChoiceField(label=_("Reason"), choices=ReturnReason.choices)
    details = _text(_("Details"), DETAILS_MAX, required=False,
                    help_text=_("What is wrong with the goods? Plain text."))
    photos = CaseFilesField(allow_pdf=False, label=_("Photos"),
                            help_text=_("JPEG or PNG photos of the goods and the parcel."))

    def __init__(self, *args, lines=(), left=None, **kwargs):
        super().__init__(*args, **kwargs)
        left = left or {}
        self.line_fields = []
        for line in lines:
            name = f"line_{line.pk}"
            self.fields[name] = forms.IntegerField(
                label=line.title, min_value=0, max_value=left.get(line.pk, 0), required=False, initial=0,
                help_text=_("Up to %(left)s") % {"left": left.get(line.pk, 0)})
            self.line_fields.append((name, line))
        self.order_fields(["reason", "details", *[name for name, _line in self.line_fields], "photos"])

    def quantities(self) -> dict[int, int]:
        return {line.pk: self.cleaned_data.get(name) or 0 for name, line in self.line_fields}

    def line_rows(self):
        return [(self[name], line) for name, line in self.line_fields]


class ApproveForm(forms.Form):
    instructions = _text(_("Return instructions"), INSTRUCTIONS_MAX,
                         help_text=_("Where and how the buyer sends the goods back."))


class RefuseForm(forms.Form):
    reason = _text(_("Reason for refusal"), REASON_MAX)


class BankRefundForm(forms.Form):
    bank_reference = forms.CharField(label=_("Bank reference of the refund"), max_length=BANK_REFERENCE_MAX)
    refunded_on = forms.DateField(label=_("Refunded on"), widget=forms.DateInput(attrs={"type": "date"}))


class CaseMessageForm(forms.Form):
    body = _text(_("Message"), MESSAGE_MAX)
    files = CaseFilesField(allow_pdf=True, label=_("Evidence"),
                           help_text=_("JPEG, PNG or PDF files."))


class DecisionForm(forms.Form):
    in_favour_of = forms.ChoiceField(label=_("Decide in favour of"), choices=Dispute.InFavourOf.choices,
                                     widget=forms.RadioSelect)
    reason = _text(_("Reasons of the decision"), REASON_MAX)
