"""Input of the filing pages and the review dashboard.

The rules themselves live on the models (identifiers.py, uploads.py, Model.clean);
these forms only choose fields and widgets, so the admin checks the same things.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from .models import Cluster, District, Enterprise, EnterpriseDocument


def formfield_with_https(model_field, **kwargs):
    # Company websites are typed without a scheme; https is today's (and Django 6's) guess.
    if isinstance(model_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return model_field.formfield(**kwargs)


class EnterpriseForm(forms.ModelForm):
    class Meta:
        formfield_callback = formfield_with_https
        model = Enterprise
        fields = [
            "legal_name_zh", "name_en", "uscc", "customs_code", "clusters", "district",
            "address_line", "established_year", "contact_name", "contact_phone",
            "contact_email", "website", "description_zh", "description_en",
        ]
        widgets = {
            "clusters": forms.CheckboxSelectMultiple,
            "description_zh": forms.Textarea(attrs={"rows": 4}),
            "description_en": forms.Textarea(attrs={"rows": 4}),
        }


DocumentFormSet = forms.inlineformset_factory(
    Enterprise,
    EnterpriseDocument,
    fields=["kind", "title", "number", "valid_until", "file"],
    extra=2,
    can_delete=True,
    can_delete_extra=False,
    widgets={"valid_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")},
)


class DecisionForm(forms.Form):
    """The reviewer's note; whether it is required depends on the decision (services.py)."""

    reason = forms.CharField(
        label=_("Reason"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required to reject or suspend. The applicant reads it."),
    )


class EnterpriseSearchForm(forms.Form):
    """Filters of the dashboard's list of filings; every field optional."""

    status = forms.ChoiceField(
        label=_("Status"), required=False,
        choices=[("", _("All statuses")), *Enterprise.Status.choices],
    )
    cluster = forms.ModelChoiceField(
        label=_("Cluster"), required=False, queryset=Cluster.objects.all(),
        empty_label=_("All clusters"),
    )
    district = forms.ChoiceField(
        label=_("District"), required=False, choices=[("", _("All districts")), *District.choices],
    )
    q = forms.CharField(label=_("Name or USCC"), required=False, max_length=100)
