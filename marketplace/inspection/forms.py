"""What sellers type into filings, and what staff type in from an authority's paper decision.

The filing forms check what the authority will check (services.*_problems), so a
seller sees every problem as a field error when saving, not later when sending.
"""

from __future__ import annotations

from datetime import date

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from marketplace.sellers.models import Enterprise

from . import services
from .models import REASON_MAX_LENGTH, BatchStatus, CommodityFiling, EnterpriseFiling, FilingStatus
from .receipts import ACCEPTED, INSPECTION_REQUIRED, REJECTED, RELEASED
from .validators import validate_authority_number


def _add_problems(form: forms.ModelForm, problems: dict[str, list[str]]) -> None:
    """The service's problems as form errors, beside the form's own (a field already in
    error keeps its own message: the service read an empty value there)."""
    for field, messages in problems.items():
        if field in form.errors:
            continue
        for message in messages:
            form.add_error(field if field in form.fields else None, message)


class EnterpriseFilingForm(forms.ModelForm):
    class Meta:
        model = EnterpriseFiling
        fields = ["enterprise", "kind", "business_scope", "plant_address", "contact_name", "contact_phone"]

    def __init__(self, *args, enterprises, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enterprise"].queryset = enterprises.filter(status=Enterprise.Status.APPROVED)
        self.fields["enterprise"].empty_label = None
        if self.instance.pk:
            # A filing stays with its enterprise and kind; another kind is another filing.
            for name in ("enterprise", "kind"):
                self.fields[name].disabled = True

    def _post_clean(self):
        # After Django has copied the cleaned data onto the instance: the service's rules
        # read the filing as it would be saved.
        super()._post_clean()
        if self.instance.enterprise_id is not None:
            _add_problems(self, services.enterprise_filing_problems(self.instance))


class CommodityFilingForm(forms.ModelForm):
    class Meta:
        model = CommodityFiling
        fields = ["product", "name_zh", "spec_model", "brand", "origin", "storage", "shelf_life_days"]
        widgets = {"shelf_life_days": forms.NumberInput(attrs={"min": 1, "max": 3650})}

    def __init__(self, *args, enterprises, **kwargs):
        super().__init__(*args, **kwargs)
        self.enterprises = enterprises.filter(status=Enterprise.Status.APPROVED, partner__isnull=False)
        Product = self.fields["product"].queryset.model
        self.fields["product"].queryset = (
            Product.objects.filter(stockrecords__partner__enterprise__in=self.enterprises)
            .distinct().order_by("title"))
        self.fields["product"].label_from_instance = (
            lambda product: f"{product.get_title()} ({product.upc or product.pk}) · HS {product.hs_code_id or '—'}")
        if self.instance.pk:
            self.fields["product"].disabled = True

    def _post_clean(self):
        super()._post_clean()
        product = self.cleaned_data.get("product")
        if product is None:
            return
        if not self.instance.enterprise_id:
            # The seller of the product among the user's enterprises.
            self.instance.enterprise = self.enterprises.filter(partner__stockrecords__product=product).first()
        if self.instance.enterprise_id is None:
            self.add_error("product", _("This product is not sold by one of your approved enterprises."))
            return
        self.instance.hs_code = product.hs_code_id or ""
        _add_problems(self, services.commodity_filing_problems(self.instance))


class FilingDecisionForm(forms.Form):
    """The authority's decision on a filing, typed in by staff when it came on paper."""

    decision = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect,
                                 choices=[(ACCEPTED, _("Accepted")), (REJECTED, _("Rejected"))])
    filing_number = forms.CharField(label=_("Filing number"), max_length=64, required=False,
                                    validators=[validate_authority_number],
                                    help_text=_("As printed on the authority's decision."))
    valid_until = forms.DateField(label=_("Valid until"), required=False,
                                  widget=forms.DateInput(attrs={"type": "date"}))
    reason = forms.CharField(label=_("Reason for rejection"), max_length=REASON_MAX_LENGTH, required=False,
                             widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, today: date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()

    def clean(self):
        cleaned = super().clean()
        decision = cleaned.get("decision")
        if decision == ACCEPTED and not cleaned.get("filing_number") and "filing_number" not in self.errors:
            self.add_error("filing_number", _("Enter the filing number the authority gave."))
        if decision == REJECTED and not (cleaned.get("reason") or "").strip():
            self.add_error("reason", _("Say why the authority rejected the filing; the seller reads it."))
        valid_until = cleaned.get("valid_until")
        if decision == ACCEPTED and valid_until is not None and valid_until < self.today:
            self.add_error("valid_until", _("The filing would have expired already."))
        return cleaned


class BatchDecisionForm(forms.Form):
    decision = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect, choices=[
        (RELEASED, BatchStatus.RELEASED.label), (INSPECTION_REQUIRED, BatchStatus.INSPECTION_REQUIRED.label),
        (REJECTED, BatchStatus.REJECTED.label)])
    release_number = forms.CharField(label=_("Release number"), max_length=64, required=False,
                                     validators=[validate_authority_number])
    reason = forms.CharField(label=_("Reason"), max_length=REASON_MAX_LENGTH, required=False,
                             widget=forms.Textarea(attrs={"rows": 3}),
                             help_text=_("Why the batch is held for inspection or rejected."))

    def clean(self):
        cleaned = super().clean()
        decision = cleaned.get("decision")
        if decision == RELEASED and not cleaned.get("release_number") and "release_number" not in self.errors:
            self.add_error("release_number", _("Enter the release number the authority gave."))
        if decision in (INSPECTION_REQUIRED, REJECTED) and not (cleaned.get("reason") or "").strip():
            self.add_error("reason", _("Say why; the seller reads it."))
        return cleaned


class FilingFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("Any status")), *FilingStatus.choices])


class BatchFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("Any status")), *BatchStatus.choices])
