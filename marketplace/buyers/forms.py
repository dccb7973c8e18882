"""Input of the buyer pages. The rules live on the models (identifiers.py, text.py, Oscar's
address checks); these forms choose fields, bound lengths and narrow the choices."""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from marketplace.oscar_apps.address.forms import localize_country_select
from marketplace.oscar_apps.address.names import sorted_country_choices

from .countries import EXCLUDED_COUNTRIES
from .models import BuyerCompany, CompanyAddress, Role
from .text import validate_printable

Country = get_model("address", "Country")


class PrintableFieldsMixin:
    """Every text input of a buyer form: bounded by its model field, free of control characters."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.CharField) and validate_printable not in field.validators:
                field.validators.append(validate_printable)


class BuyerCompanyForm(PrintableFieldsMixin, forms.ModelForm):
    class Meta:
        model = BuyerCompany
        fields = ["legal_name", "country", "vat_number", "eori_number", "tax_number",
                  "buyer_order_limit", "buyer_order_limit_currency"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = sorted_country_choices(
            (code, name) for code, name in self.fields["country"].choices if code not in EXCLUDED_COUNTRIES)


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.BUYER)


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class CompanyAddressForm(PrintableFieldsMixin, forms.ModelForm):
    class Meta:
        model = CompanyAddress
        fields = [
            "label", "first_name", "last_name", "line1", "line2", "line4", "state", "postcode",
            "country", "phone_number", "is_default_for_shipping", "is_default_for_billing",
        ]
        # Oscar's fields allow 255 characters; a label printer and a customs form do not.
        max_lengths = {"first_name": 64, "last_name": 64, "line1": 128, "line2": 128, "line4": 64,
                       "state": 64, "postcode": 16}

    def __init__(self, *args, company=None, **kwargs):
        super().__init__(*args, **kwargs)
        if company is not None:
            self.instance.company = company
        self.fields["country"].queryset = Country.objects.filter(is_shipping_country=True)
        self.fields["country"].empty_label = _("Choose a country")
        localize_country_select(self.fields["country"])
        for name, length in self.Meta.max_lengths.items():
            field = self.fields[name]
            field.max_length = length
            field.widget.attrs["maxlength"] = str(length)
            field.validators.append(MaxLengthValidator(length))
        for name in ("first_name", "last_name", "line4"):
            self.fields[name].required = True
