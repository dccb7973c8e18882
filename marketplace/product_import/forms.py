"""The upload form of the product import."""

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from .files import FileProblem, check_archive, format_of, limit


def max_upload_bytes():
    return limit("MARKETPLACE_IMPORT_MAX_BYTES")


class ImportUploadForm(forms.Form):
    seller = forms.ModelChoiceField(queryset=None, to_field_name="code", label=_("Seller"),
                                    empty_label=None)
    file = forms.FileField(label=_("Product file"),
                           help_text=_("CSV (UTF-8) or Excel .xlsx, with the template's "
                                       "columns. Rows are matched by SKU."))
    dry_run = forms.BooleanField(
        label=_("Check only, and show me what would change before importing"),
        required=False, initial=True)

    def __init__(self, *args, partners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["seller"].queryset = partners
        self.only_partner = partners[0] if len(partners) == 1 else None
        if self.only_partner is not None:
            # A seller imports into their own shop: nothing to choose.
            self.fields["seller"].initial = self.only_partner.code
            self.fields["seller"].widget = forms.HiddenInput()
            self.fields["seller"].required = False

    def clean_seller(self):
        return self.cleaned_data.get("seller") or self.only_partner

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            format_of(upload.name)
        except FileProblem as problem:
            raise forms.ValidationError(str(problem), code="file_type") from problem
        most = max_upload_bytes()
        if upload.size > most:
            raise forms.ValidationError(
                _("This file is %(size)s; files may be at most %(limit)s."),
                code="file_size",
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(most)})
        if format_of(upload.name) == "xlsx":
            # Only the zip directory is read here, at the end of the file: enough to refuse a
            # zip bomb at once. Rows are read by the worker (tasks.run_import_job).
            try:
                check_archive(upload)
            except FileProblem as problem:
                raise forms.ValidationError(str(problem), code="file_archive") from problem
        return upload
