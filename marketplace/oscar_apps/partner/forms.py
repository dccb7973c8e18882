"""Editing a stock record's quantity breaks and Incoterms as inline formsets."""

from django.forms import BaseInlineFormSet, inlineformset_factory
from oscar.core.loading import get_model

from .ladder import validate_ladder

StockRecord = get_model("partner", "StockRecord")
PriceTier = get_model("partner", "PriceTier")
IncotermOffer = get_model("partner", "IncotermOffer")


class BasePriceTierFormSet(BaseInlineFormSet):
    """Quantity breaks of one stock record, checked as one ladder against its MOQ and price."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        rungs = [
            (form.cleaned_data["min_quantity"], form.cleaned_data["price"])
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        validate_ladder(self.instance.moq, self.instance.price, rungs)


PriceTierFormSet = inlineformset_factory(
    StockRecord, PriceTier, formset=BasePriceTierFormSet, fields=("min_quantity", "price"),
    extra=1, can_delete=True,
)

IncotermOfferFormSet = inlineformset_factory(
    StockRecord, IncotermOffer, fields=("term", "port"), extra=1, can_delete=True,
)
