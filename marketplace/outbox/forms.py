from django import forms
from django.utils.translation import gettext_lazy as _

from . import services
from .models import MAX_PAYLOAD_CHARS


class CorrectionForm(forms.Form):
    """A corrected payload, checked as its message's format (well-formed XML or JSON)."""

    payload = forms.CharField(
        label=_("Corrected payload"), max_length=MAX_PAYLOAD_CHARS, strip=False,
        widget=forms.Textarea(attrs={"rows": 24, "cols": 100, "spellcheck": "false"}),
    )

    def __init__(self, *args, payload_format: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.payload_format = payload_format

    def clean_payload(self) -> str:
        payload = self.cleaned_data["payload"]
        try:
            services.payload_text(payload, self.payload_format)
        except ValueError as exc:
            raise forms.ValidationError(
                _("This is not a valid %(format)s payload: %(error)s"),
                params={"format": self.payload_format.upper(), "error": exc}, code="invalid",
            ) from exc
        return payload
