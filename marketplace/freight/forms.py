"""What sellers and staff type about freight: the shipping profile, services and rates.

The bounds and cross-field rules live on the models (field validators, `clean()`); the
forms only choose the fields and widgets. The partner of a service is never a field: the
view sets it from the page, so a seller cannot post a service into another's account.
"""

from django import forms

from .models import FreightRate, FreightService, FreightZone, SellerShippingProfile

#: A zone per row at most; the platform keeps a handful of zones.
MAX_RATE_ROWS = 50


def _country_list():
    return forms.SelectMultiple(attrs={"size": 12})


class ShippingProfileForm(forms.ModelForm):
    class Meta:
        model = SellerShippingProfile
        fields = ["countries", "accepts_on_quote"]
        widgets = {"countries": _country_list()}


class FreightServiceForm(forms.ModelForm):
    class Meta:
        model = FreightService
        fields = ["name", "trade_mode", "cold_chain", "transit_days_min", "transit_days_max",
                  "max_weight_kg", "countries", "is_active", "notes"]
        widgets = {"countries": _country_list(), "notes": forms.Textarea(attrs={"rows": 3})}


class FreightRateForm(forms.ModelForm):
    class Meta:
        model = FreightRate
        fields = ["zone", "first_step_kg", "first_step_charge_cny", "additional_step_kg",
                  "additional_step_charge_cny"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["zone"].queryset = FreightZone.objects.order_by("name")


# Two rows for one zone are refused by the formset's own unique check (the model's
# freight_one_rate_per_zone constraint).
RateFormSet = forms.inlineformset_factory(
    FreightService, FreightRate, form=FreightRateForm, extra=1,
    can_delete=True, max_num=MAX_RATE_ROWS, validate_max=True, absolute_max=MAX_RATE_ROWS,
)
