"""The formsets of the product dashboard, plus a stock record's quantity breaks and Incoterms.

The ladder rules live in partner.ladder and the writes in partner.services; these
formsets only put each problem next to the row and field it is about.
"""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.forms import inlineformset_factory
from oscar.apps.dashboard.catalogue import formsets as oscar_formsets
from oscar.core.loading import get_model

from marketplace.oscar_apps.partner import forms as partner_forms
from marketplace.oscar_apps.partner import services as partner_services

from .forms import StockRecordForm

StockRecord = get_model("partner", "StockRecord")
PriceTier = get_model("partner", "PriceTier")

class StockRecordFormSet(oscar_formsets.StockRecordFormSet):
    form = StockRecordForm


# Which field of a quantity break each ladder problem is about (partner.ladder's codes).
LADDER_ERROR_FIELDS = {
    "duplicate_quantity": "min_quantity",
    "below_moq": "min_quantity",
    "price_not_positive": "price",
    "price_increases": "price",
}


def _items(error):
    return error.error_list if hasattr(error, "error_list") else [error]


class PriceTierForm(forms.ModelForm):
    def _update_errors(self, errors):
        # PriceTier.clean() checks one break against the stock record and raises the
        # ladder's errors without a field; they belong to the quantity or the price.
        placed = {}
        for key, items in errors.update_error_dict({}).items():
            for item in items:
                field = LADDER_ERROR_FIELDS.get(item.code) if key == NON_FIELD_ERRORS else key
                placed.setdefault(field if field in self.fields else NON_FIELD_ERRORS,
                                  []).append(item)
        super()._update_errors(ValidationError(placed))


class BasePriceTierFormSet(partner_forms.BasePriceTierFormSet):
    """A stock record's quantity breaks; every ladder problem shown beside its break."""

    def clean(self):
        try:
            super().clean()
        except ValidationError as error:
            self._place_ladder_errors(error)

    def _live_forms(self):
        return [form for form in self.forms
                if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")]

    def _place_ladder_errors(self, error):
        """Attach each ladder error to the field of the break it names; the rest stay
        formset-wide (raised again so is_valid() fails)."""
        leftover = []
        for item in _items(error):
            field = LADDER_ERROR_FIELDS.get(item.code)
            quantity = (item.params or {}).get("quantity")
            rows = [form for form in self._live_forms()
                    if form.cleaned_data.get("min_quantity") == quantity]
            if field is None or not rows:
                leftover.append(item)
            for form in rows if field else ():
                form.add_error(field, item)
        if leftover:
            raise ValidationError(leftover)

    def rungs(self):
        return [(form.cleaned_data["min_quantity"], form.cleaned_data["price"])
                for form in self._live_forms()]

    def save_through_service(self):
        return partner_services.set_price_tiers(self.instance, self.rungs())

    def add_service_errors(self, error):
        """Show what the service refused (the saved terms changed meanwhile) on the page."""
        try:
            self._place_ladder_errors(error)
        except ValidationError as leftover:
            self._non_form_errors = self.error_class(
                [*self.non_form_errors(), *leftover.messages], renderer=self.renderer
            )


PriceTierFormSet = inlineformset_factory(
    StockRecord, PriceTier, form=PriceTierForm, formset=BasePriceTierFormSet,
    fields=("min_quantity", "price"), extra=3, can_delete=True,
)


class IncotermOfferFormSet(partner_forms.IncotermOfferFormSet):
    """The Incoterms of a stock record; IncotermOffer.clean() puts port errors on the port."""

    extra = 2

    def offers(self):
        return [(form.cleaned_data["term"], form.cleaned_data.get("port", ""))
                for form in self.forms
                if getattr(form, "cleaned_data", None) and form.cleaned_data.get("term")
                and not form.cleaned_data.get("DELETE")]

    def save_through_service(self):
        return partner_services.set_incoterms(self.instance, self.offers())
