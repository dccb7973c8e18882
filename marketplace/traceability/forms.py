"""Input of batches, their documents and allocations: bounded, checked on the server."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from marketplace.sellers.uploads import validate_document_file

from . import selectors
from .models import Batch, BatchDocument

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
SEAFOOD_FIELDS = ("catch_area", "vessel_or_farm", "landing_date")


class BatchForm(forms.ModelForm):
    """A batch of one product. The product is chosen among the user's own (or any, for
    staff) and cannot change once the batch exists; seafood needs its catch data."""

    class Meta:
        model = Batch
        fields = ("product", "lot_number", "production_date", "expiry_date", "quantity",
                  "factory_name", "factory_address", "raw_material_origin", "catch_area",
                  "vessel_or_farm", "landing_date")
        widgets = {"production_date": DATE_INPUT, "expiry_date": DATE_INPUT,
                   "landing_date": DATE_INPUT}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product"].queryset = selectors.products_for(user)
        self.fields["product"].label_from_instance = _product_label
        if self.instance.pk:
            self.fields["product"].disabled = True
        for name in ("production_date", "expiry_date", "landing_date"):
            self.fields[name].input_formats = ["%Y-%m-%d"]

    def clean_lot_number(self):
        return (self.cleaned_data.get("lot_number") or "").strip()

    def clean(self):
        cleaned = super().clean()
        product = cleaned.get("product") or (self.instance.product if self.instance.pk else None)
        produced, expires = cleaned.get("production_date"), cleaned.get("expiry_date")
        today = timezone.localdate()
        if produced and produced > today:
            self.add_error("production_date", _("The production date cannot be in the future."))
        if produced and expires and expires < produced:
            self.add_error("expiry_date", _("The expiry date comes before the production date."))
        if product is not None and selectors.is_seafood(product):
            labels = {name: self.fields[name].label for name in SEAFOOD_FIELDS}
            for name in SEAFOOD_FIELDS:
                if not cleaned.get(name) and name not in self.errors:
                    self.add_error(name, _("Seafood and aquatic products need the %(field)s.")
                                   % {"field": labels[name]})
            landed = cleaned.get("landing_date")
            if landed and landed > today:
                self.add_error("landing_date", _("The landing date cannot be in the future."))
            if landed and produced and landed > produced:
                self.add_error("landing_date",
                               _("The catch was landed after the batch was produced."))
        lot = cleaned.get("lot_number")
        if product is not None and lot:
            clash = Batch.objects.filter(product=product, lot_number=lot).exclude(
                pk=self.instance.pk)
            if clash.exists():
                self.add_error("lot_number", _("This product has a batch with this lot number "
                                               "already."))
        return cleaned

    def validate_unique(self):
        # Checked in clean() with a message the seller understands.
        pass


def _product_label(product):
    gtin = product.gtin or _("no GTIN")
    return f"{product.get_title()} ({gtin})"


class BatchDocumentForm(forms.ModelForm):
    class Meta:
        model = BatchDocument
        fields = ("kind", "title", "issued_by", "issued_on", "number", "result", "file")
        widgets = {"issued_on": DATE_INPUT}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["issued_on"].input_formats = ["%Y-%m-%d"]
        self.fields["file"].required = True
        self.fields["file"].validators = [validate_document_file]

    def clean_issued_on(self):
        issued = self.cleaned_data["issued_on"]
        if issued and issued > timezone.localdate():
            raise forms.ValidationError(_("The issue date cannot be in the future."))
        return issued

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == BatchDocument.Kind.INSPECTION and not cleaned.get("result"):
            self.add_error("result", _("Say whether the inspection passed or failed."))
        return cleaned


class AllocationForm(forms.Form):
    line = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    batch = forms.IntegerField(min_value=1, label=_("Batch"))
    quantity = forms.IntegerField(min_value=1, max_value=10_000_000, label=_("Quantity"))


class BatchFilterForm(forms.Form):
    q = forms.CharField(label=_("Lot or product"), max_length=100, required=False)
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("All")), *Batch.Status.choices])


class TraceCodeEntryForm(forms.Form):
    """The code printed under the barcode, typed by hand: (01)…(10)… or a trace URL."""

    code = forms.CharField(label=_("Code on your label"), max_length=300,
                           help_text=_("The digits and letters under the barcode, e.g. "
                                       "(01)06901234567892(10)A123, or the web address under "
                                       "the QR code."))
