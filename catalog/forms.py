"""Input of a product's trade data: the form the seller dashboard and the importer build on.

The rules themselves live in catalog.validators and Product.clean(); these forms only
choose widgets and turn typed text into model values.
"""

from django import forms
from oscar.core.loading import get_model

from . import validators

Product = get_model("catalogue", "Product")
HSCode = get_model("catalogue", "HSCode")

TRADE_FIELDS = (
    "hs_code", "declared_elements", "gtin", "unit_of_measure",
    "net_weight_kg", "gross_weight_kg",
    "carton_length_cm", "carton_width_cm", "carton_height_cm", "units_per_carton",
    "origin_district", "certifications", "lead_time_days", "oem_available",
    "customisation_notes",
)


class HSCodeField(forms.ModelChoiceField):
    """An HS code typed as ten digits: China's tariff has thousands of lines, too many to pick
    from a list. Codes written as printed in tariff books (8211.92.0000) are accepted."""

    widget = forms.TextInput

    def __init__(self, queryset=None, **kwargs):
        kwargs["to_field_name"] = "code"
        super().__init__(queryset=HSCode.objects.all() if queryset is None else queryset,
                         **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        code = validators.normalize_hs_code(value)
        validators.validate_hs_code(code)
        return super().to_python(code)


class ProductTradeForm(forms.ModelForm):
    """The trade fields of a product that already has its title and class.

    Saving runs Product.clean() through the ModelForm, so Oscar's own rules (title,
    required attributes) and the trade rules (gross >= net weight, prohibited HS codes)
    apply here exactly as in the importer.
    """

    # Longer than the 14 digits stored: a GTIN copied from a label has spaces or hyphens,
    # which clean_gtin() takes out before the model's checks run.
    gtin = forms.CharField(required=False, max_length=32,
                           label=Product._meta.get_field("gtin").verbose_name,
                           help_text=Product._meta.get_field("gtin").help_text)

    class Meta:
        model = Product
        fields = TRADE_FIELDS
        field_classes = {"hs_code": HSCodeField}
        widgets = {
            "certifications": forms.CheckboxSelectMultiple,
            "customisation_notes": forms.Textarea(attrs={"rows": 3}),
        }

    def clean_gtin(self):
        return validators.normalize_gtin(self.cleaned_data.get("gtin"))

    def clean_declared_elements(self):
        return validators.normalize_declared_elements(self.cleaned_data.get("declared_elements"))
