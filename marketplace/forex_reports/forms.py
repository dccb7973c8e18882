"""The period picker of the forex pages: a day or a month."""

from django import forms
from django.utils.translation import gettext_lazy as _


class PeriodForm(forms.Form):
    day = forms.DateField(label=_("Day"), required=False, widget=forms.DateInput(attrs={"type": "date"}),
                          input_formats=["%Y-%m-%d"], error_messages={"invalid": _("Choose a day as YYYY-MM-DD.")})
    month = forms.RegexField(regex=r"^\d{4}-(0[1-9]|1[0-2])$", label=_("or a month"), max_length=7, required=False,
                             error_messages={"invalid": _("Choose a month as YYYY-MM.")},
                             widget=forms.TextInput(attrs={"type": "month"}))

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("day") and not cleaned.get("month"):
            raise forms.ValidationError(_("Choose a day or a month."), code="no_period")
        return cleaned
