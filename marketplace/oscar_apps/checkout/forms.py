"""Checkout forms: the trade terms per seller, the way to pay, the last confirmation."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout.forms import ShippingAddressForm as OscarShippingAddressForm
from oscar.core.loading import get_model

from marketplace.buyers.text import validate_printable
from marketplace.cbec_tax.forms import BuyerIdentityForm
from marketplace.oscar_apps.address.names import country_choices
from marketplace.vocabulary.selectors import term_name

from . import terms
from .parts import SellerPart


def _split_label(deposit: int) -> str:
    # The wording of the proforma invoice (trade_documents), so both say the same.
    return gettext("%(deposit)s%% deposit, %(balance)s%% balance by bank transfer (T/T)") % {
        "deposit": deposit, "balance": 100 - deposit}


#: Deposits a buyer may choose for a bank transfer; 0 pays the whole amount at once.
DEPOSIT_CHOICES = [(0, _("Pay in full")), (30, lazy(_split_label, str)(30)),
                   (50, lazy(_split_label, str)(50))]
BUYER_REFERENCE_MAX_LENGTH = 64


def offer_label(offer) -> str:
    """ "FOB Yangjiang Port (Franco à bord)": the term and port as the contract writes them,
    then the name the vocabulary's editors keep, as the trade documents print it."""
    name = term_name("incoterm", offer.term)
    return f"{offer.label} ({name})" if name and name != offer.term else offer.label


class TradeTermsForm(forms.Form):
    """The Incoterm, named place and freight for one seller's part of the basket."""

    incoterm = forms.ChoiceField(label=_("Incoterm"))
    named_place = forms.CharField(
        label=_("Named place"), required=False, max_length=terms.NAMED_PLACE_MAX_LENGTH * 2,
        help_text=_("Sea terms name the seller's port; for the other terms give the town or "
                    "address where the goods are handed over."))
    freight = forms.ChoiceField(label=_("Freight"), required=False, widget=forms.RadioSelect)

    def __init__(self, *args, part: SellerPart, country_code: str, city: str = "",
                 country_name: str = "", freight_choice=None, tables=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.part = part
        self.destination = {"country_code": country_code, "city": city, "country_name": country_name}
        self.tables = tables
        self.fields["incoterm"].choices = [
            (offer.value, offer_label(offer)) for offer in part.term_offers]
        # The services shown are those of the C and D terms (the seller carries);
        # under E and F terms the buyer's forwarder collects, whatever is picked here.
        self.freight_choice = freight_choice
        options = freight_choice.options if freight_choice else []
        self.fields["freight"].choices = [(option.code, option.name) for option in options]
        self.agreed = None

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if not self.part.term_offers:
            raise ValidationError(_("These goods share no Incoterm: order them in separate checkouts."))
        try:
            self.agreed = terms.agree_terms(
                self.part, offer_value=data.get("incoterm", ""), named_place=data.get("named_place", ""),
                freight_code=data.get("freight", ""), tables=self.tables, **self.destination)
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                for message in messages:
                    self.add_error(field, message)
        return data

    def stored(self) -> dict:
        """What the session keeps: the buyer's choices, checked again at each step."""
        data = self.cleaned_data
        return {"incoterm": data.get("incoterm", ""), "named_place": self.agreed.named_place,
                "freight": self.agreed.freight.code}


class PaymentMethodForm(forms.Form):
    method = forms.ChoiceField(
        label=_("How will you pay?"), widget=forms.RadioSelect,
        choices=[("card", _("Card (charged now, in your currency)")),
                 ("bank_transfer", _("Bank transfer (T/T) against a proforma invoice"))])
    deposit_percent = forms.TypedChoiceField(
        label=_("Bank transfer terms"), choices=DEPOSIT_CHOICES, coerce=int, required=False,
        empty_value=0)
    buyer_reference = forms.CharField(
        label=_("Your purchase order number"), required=False,
        max_length=BUYER_REFERENCE_MAX_LENGTH,
        help_text=_("Optional; printed on the invoices."))

    def clean_buyer_reference(self):
        validate_printable(self.cleaned_data["buyer_reference"])
        return " ".join(self.cleaned_data["buyer_reference"].split())

    def clean(self):
        data = super().clean()
        if data.get("method") != "bank_transfer":
            data["deposit_percent"] = 0
        return data


class PlaceOrderForm(forms.Form):
    """The last step; for goods imported into mainland China also the buyer's identity."""

    action = forms.CharField(widget=forms.HiddenInput, initial="place_order")


class PlaceCbecOrderForm(PlaceOrderForm, BuyerIdentityForm):
    pass


class RejectPurchaseForm(forms.Form):
    reason = forms.CharField(label=_("Reason (told to the buyer)"), max_length=500, required=True,
                             widget=forms.Textarea(attrs={"rows": 2}))


class ShippingAddressForm(OscarShippingAddressForm):
    """Oscar's address form, reading the countries shipped to once: Oscar counts them, then
    lists them again to draw the select (two queries of a table of some 240 rows). Their
    names are the reader's language's, in its alphabetical order."""

    def adjust_country_field(self):
        country_model = get_model("address", "Country")
        shipping = country_model._default_manager.filter(is_shipping_country=True)
        countries = list(shipping)
        if len(countries) == 1:
            self.fields.pop("country", None)
            self.instance.country = countries[0]
            return
        field = self.fields["country"]
        field.queryset = shipping  # read again only to check a posted choice
        field.empty_label = None
        field.widget.choices = country_choices(countries)
