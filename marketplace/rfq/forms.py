"""Input of buyers and sellers: the RFQ form, the quote form with its tiers, the message form.

The rules live in the models' validators and validators.py; the forms call them so a
mistake is shown next to its field. The services check again.
"""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from marketplace.oscar_apps.address.names import sorted_country_choices
from marketplace.sellers.models import Cluster
from marketplace.vocabulary.selectors import incoterm_choices

from .models import DESCRIPTION_MAX, MESSAGE_MAX, NOTE_MAX, SUPPORTED_CURRENCIES, Quote, RequestForQuotation
from .text import plain_text
from .uploads import max_files, validate_attachment_file
from .validators import MAX_TIERS, validate_deadline, validate_tiers, validate_validity

CURRENCY_CHOICES = [(code, code) for code in SUPPORTED_CURRENCIES]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Up to max_files() files, each checked by uploads.validate_attachment_file."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Attachments"))
        kwargs.setdefault("help_text", _("PDF, PNG, JPEG or Excel (XLSX) files."))
        super().__init__(**kwargs)
        self.widget.attrs["accept"] = ".pdf,.png,.jpg,.jpeg,.xlsx"

    def clean(self, data, initial=None):
        files = [item for item in (data if isinstance(data, list | tuple) else [data]) if item]
        if len(files) > max_files():
            raise ValidationError(_("Attach at most %(count)s files."), params={"count": max_files()})
        errors = []
        for upload in files:
            try:
                validate_attachment_file(upload)
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        return files


class PlainTextMixin:
    """Cleans the listed fields to plain text before the model's validators see them."""

    single_line_fields = ()
    paragraph_fields = ()

    def _post_clean(self):
        for name in self.single_line_fields:
            if name in self.cleaned_data:
                self.cleaned_data[name] = plain_text(self.cleaned_data[name], single_line=True)
        for name in self.paragraph_fields:
            if name in self.cleaned_data:
                self.cleaned_data[name] = plain_text(self.cleaned_data[name])
        super()._post_clean()


class RfqForm(PlainTextMixin, forms.ModelForm):
    """A request for quotation: for `product` when given, else free text in a cluster."""

    single_line_fields = ("title", "destination_place")
    paragraph_fields = ("description",)

    target_currency = forms.ChoiceField(
        label=_("currency"), required=False, choices=[("", "---------"), *CURRENCY_CHOICES],
    )
    attachments = AttachmentsField()

    class Meta:
        model = RequestForQuotation
        fields = [
            "title", "cluster", "description", "quantity", "target_price", "target_currency",
            "destination_country", "destination_place", "incoterm", "deadline",
        ]
        widgets = {
            "deadline": forms.DateInput(attrs={"type": "date"}),
            "description": forms.Textarea(attrs={"rows": 5, "maxlength": DESCRIPTION_MAX}),
        }

    def __init__(self, *args, product=None, **kwargs):
        self.product = product
        super().__init__(*args, **kwargs)
        # The model field allows 0 (a PositiveIntegerField); a request is for one unit or more.
        quantity = self.fields["quantity"]
        quantity.min_value = 1
        quantity.widget.attrs["min"] = 1
        quantity.validators = [
            validator for validator in quantity.validators if not isinstance(validator, MinValueValidator)
        ] + [MinValueValidator(1)]
        # The names editors keep in the vocabulary, not the model's gettext labels.
        self.fields["incoterm"].choices = [("", "---------"), *incoterm_choices()]
        self.fields["destination_country"].choices = sorted_country_choices(
            self.fields["destination_country"].choices)
        if product is not None:
            del self.fields["cluster"]
            self.fields["title"].required = False
            self.initial.setdefault("title", product.get_title())
        else:
            self.fields["cluster"].required = True
            self.fields["cluster"].queryset = Cluster.objects.all()
            self.fields["description"].required = True

    def clean_deadline(self):
        deadline = self.cleaned_data.get("deadline")
        validate_deadline(deadline)
        return deadline

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("target_price") is not None and not cleaned.get("target_currency"):
            self.add_error("target_currency", _("Give the currency of your target price."))
        return cleaned

    def service_kwargs(self) -> dict:
        """The cleaned input as services.create_rfq takes it."""
        data = self.cleaned_data
        return {
            "product": self.product,
            "cluster": data.get("cluster"),
            "title": data.get("title") or "",
            "description": data.get("description") or "",
            "quantity": data["quantity"],
            "target_price": data.get("target_price"),
            "target_currency": data.get("target_currency") or "",
            "destination_country": data["destination_country"],
            "destination_place": data["destination_place"],
            "incoterm": data["incoterm"],
            "deadline": data["deadline"],
            "attachments": data.get("attachments") or [],
        }


class QuoteTierForm(forms.Form):
    min_quantity = forms.IntegerField(label=_("from quantity"), min_value=1,
                                      max_value=settings.OSCAR_MAX_BASKET_QUANTITY_THRESHOLD)
    unit_price = forms.DecimalField(label=_("unit price"), max_digits=12, decimal_places=2)


class BaseTierFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        try:
            validate_tiers(self.tiers())
        except ValidationError as error:
            raise ValidationError(error.messages) from None

    def tiers(self):
        rows = [form.cleaned_data for form in self.forms
                if form.cleaned_data and not form.cleaned_data.get("DELETE")]
        return [(row["min_quantity"], row["unit_price"]) for row in rows]


QuoteTierFormSet = forms.formset_factory(
    QuoteTierForm, formset=BaseTierFormSet, extra=3, min_num=1, validate_min=True,
    max_num=MAX_TIERS, validate_max=True,
)


class QuoteForm(PlainTextMixin, forms.ModelForm):
    single_line_fields = ("place",)
    paragraph_fields = ("note",)

    currency = forms.ChoiceField(label=_("currency"), choices=CURRENCY_CHOICES)

    class Meta:
        model = Quote
        fields = [
            "currency", "valid_until", "lead_time_days", "incoterm", "place",
            "sample_price", "sample_limit", "note",
        ]
        widgets = {
            "valid_until": forms.DateInput(attrs={"type": "date"}),
            "note": forms.Textarea(attrs={"rows": 4, "maxlength": NOTE_MAX}),
        }

    def __init__(self, *args, rfq=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["incoterm"].choices = [("", "---------"), *incoterm_choices()]
        if rfq is not None and not self.is_bound:
            self.initial.setdefault("incoterm", rfq.incoterm)
            self.initial.setdefault("currency", rfq.target_currency or settings.MARKETPLACE_BASE_CURRENCY)
            self.initial.setdefault("valid_until", timezone.localdate() + timedelta(days=30))

    def clean_valid_until(self):
        value = self.cleaned_data.get("valid_until")
        validate_validity(value)
        return value

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("sample_limit") is not None and cleaned.get("sample_price") is None:
            self.add_error("sample_price", _("Give a sample price, or leave the sample limit empty."))
        return cleaned

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        return {name: data.get(name) for name in self.Meta.fields} | {"note": data.get("note") or ""}


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message"), max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": MESSAGE_MAX}),
    )
    attachments = AttachmentsField()

    def clean_body(self):
        body = plain_text(self.cleaned_data.get("body"))
        if not body:
            raise ValidationError(_("Write a message."), code="empty")
        return body
