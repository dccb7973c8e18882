from django import forms
from django.db import models

from .identifiers import compact_code


class CompactCodeFormField(forms.CharField):
    """Accepts a code typed with spaces, hyphens or lower case, as people copy it from paper."""

    def to_python(self, value):
        return compact_code(super().to_python(value))


class CompactCodeField(models.CharField):
    """An identifier stored in one canonical spelling, so uniqueness and lookups are exact.

    Normalising in to_python means Model.full_clean (forms, the admin) stores the canonical
    form before the validators and the uniqueness check look at it.
    """

    def to_python(self, value):
        return compact_code(super().to_python(value))

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CompactCodeFormField, **kwargs})
