from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.sellers.uploads import validate_document_file
from marketplace.traceability.models import LOT_PATTERN

from .models import TEXT_MAX, Alert, Level, Recall, RecallDisposal, WatchList

Category = get_model("catalogue", "Category")


class AlertFilterForm(forms.Form):
    """Filters of the alert queue; without any it shows the open alerts, highest first."""

    AGES = (("", _("Any age")), ("1", _("Opened today")), ("7", _("Opened this week")),
            ("-7", _("Older than a week")), ("-30", _("Older than a month")))

    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("Any status")), *Alert.Status.choices])
    level = forms.TypedChoiceField(label=_("Level"), required=False, coerce=int, empty_value=None,
                                   choices=[("", _("Any level")), *Level.choices])
    watch_list = forms.ModelChoiceField(label=_("Watch list"), required=False,
                                        queryset=WatchList.objects.all(),
                                        empty_label=_("Any watch list"))
    age = forms.ChoiceField(label=_("Age"), required=False, choices=AGES)
    q = forms.CharField(label=_("Listing, UPC, lot or RA number"), required=False, max_length=100)

    def filters(self) -> dict:
        data = self.cleaned_data
        age = int(data["age"]) if data.get("age") else None
        return {
            "status": data["status"],
            "level": data["level"],
            "watch_list": data["watch_list"],
            "newer_than_days": age if age and age > 0 else None,
            "older_than_days": -age if age and age < 0 else None,
            "text": data["q"].strip(),
        }


def _reason_field(label, help_text="", required=True):
    return forms.CharField(label=label, required=required, max_length=TEXT_MAX,
                           help_text=help_text, widget=forms.Textarea(attrs={"rows": 3}))


class ReasonForm(forms.Form):
    reason = _reason_field(_("Reason"), _("The seller reads it."))


class OptionalReasonForm(forms.Form):
    reason = _reason_field(_("Note"), required=False)


class NoteForm(forms.Form):
    note = _reason_field(_("Note"))


class CloseForm(forms.Form):
    resolution = _reason_field(_("Resolution"), _("What was found and done."))
    resume_sale = forms.BooleanField(
        label=_("Put the listing and the batches this alert stopped back on sale"),
        required=False, initial=True)


class BatchChoiceMixin:
    def __init__(self, *args, batches=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["batch"].queryset = batches


class BatchStopForm(BatchChoiceMixin, forms.Form):
    batch = forms.ModelChoiceField(label=_("Batch"), queryset=None)
    reason = _reason_field(_("Reason"), _("The seller reads it."))


class RecallForm(BatchChoiceMixin, forms.Form):
    batch = forms.ModelChoiceField(label=_("Batch"), queryset=None)
    hazard = forms.ChoiceField(label=_("Hazard"), choices=Recall.Hazard.choices)
    remedy = forms.ChoiceField(label=_("What buyers must do"), choices=Recall.Remedy.choices)
    note = _reason_field(_("Note to buyers"), _(
        "Added under the translated message, as you write it."), required=False)
    confirm = forms.BooleanField(
        label=_("I confirm: every buyer holding this lot will be e-mailed"), required=True)


class DisposalForm(forms.ModelForm):
    class Meta:
        model = RecallDisposal
        fields = ["kind", "quantity", "happened_on", "note", "evidence"]
        widgets = {"happened_on": forms.DateInput(attrs={"type": "date"}),
                   "note": forms.Textarea(attrs={"rows": 2})}

    def clean_evidence(self):
        evidence = self.cleaned_data.get("evidence")
        if evidence:
            validate_document_file(evidence)
        return evidence

    def clean_happened_on(self):
        happened_on = self.cleaned_data["happened_on"]
        if happened_on > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return happened_on


class WatchListForm(forms.ModelForm):
    class Meta:
        model = WatchList
        fields = ["name", "description", "hs_prefixes", "categories", "base_level", "is_active"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3}),
                   "categories": forms.SelectMultiple(attrs={"size": 8})}

    def clean(self):
        data = super().clean()
        if not data.get("hs_prefixes") and not data.get("categories"):
            raise forms.ValidationError(_("Give HS code prefixes, categories, or both."))
        return data


class ReportForm(forms.Form):
    """A buyer's report of a safety problem with a listing."""

    lot_number = forms.RegexField(
        label=_("Lot number (on the label, if you have it)"), regex=LOT_PATTERN, required=False,
        max_length=20, error_messages={"invalid": _("Copy the lot number as printed on the "
                                                    "label: letters, digits, - . /")})
    description = forms.CharField(
        label=_("What is wrong"), max_length=TEXT_MAX, min_length=10,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What you saw, when, and whether anyone was hurt."))
