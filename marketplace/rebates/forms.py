"""Input of the tax pages: the rate-table upload and the month picker."""

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from marketplace.product_import.files import FileProblem, check_archive, format_of

from . import rate_upload


class RateUploadForm(forms.Form):
    file = forms.FileField(label=_("Rate table"),
                           help_text=_("CSV (UTF-8) or Excel .xlsx with the columns hs_prefix, description, vat_rate, "
                                       "rebate_rate, valid_from, valid_to, source."))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            file_format = format_of(upload.name)
        except FileProblem as problem:
            raise forms.ValidationError(str(problem), code="file_type") from problem
        if upload.size > rate_upload.max_bytes():
            raise forms.ValidationError(_("This file is %(size)s; files may be at most %(limit)s."), code="file_size",
                                        params={"size": filesizeformat(upload.size),
                                                "limit": filesizeformat(rate_upload.max_bytes())})
        if file_format == "xlsx":
            try:
                check_archive(upload)
            except FileProblem as problem:
                raise forms.ValidationError(str(problem), code="file_archive") from problem
        self.file_format = file_format
        return upload


class MonthForm(forms.Form):
    month = forms.RegexField(regex=r"^\d{4}-(0[1-9]|1[0-2])$", label=_("Month"), max_length=7,
                             error_messages={"invalid": _("Choose a month as YYYY-MM.")},
                             widget=forms.TextInput(attrs={"type": "month"}))
