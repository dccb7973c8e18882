"""Input of the CBEC pages: the buyer's identity and the tax estimate's product and quantity."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from .identity import NAME_MAX_LENGTH, BuyerIdentity, validate_id_number, validate_real_name
from .services import ProductNotTaxable, goods_line_for_product

Product = get_model("catalogue", "Product")

#: Bounds what is read at all; the validators say what is wrong within it.
_ID_INPUT_MAX_LENGTH = 40
MAX_ESTIMATE_QUANTITY = 10_000
MAX_ANNUAL_INPUT = Decimal("1000000.00")


class BuyerIdentityForm(forms.Form):
    """The buyer's real name and resident ID number, as customs require for a CBEC order."""

    name = forms.CharField(label=_("Real name (as on the ID card)"), max_length=NAME_MAX_LENGTH * 2, strip=False)
    id_number = forms.CharField(
        label=_("Resident ID number"), max_length=_ID_INPUT_MAX_LENGTH, strip=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "text", "spellcheck": "false"}))

    def clean_name(self):
        return validate_real_name(self.cleaned_data["name"])

    def clean_id_number(self):
        return validate_id_number(self.cleaned_data["id_number"])

    def identity(self, *, authenticated: bool = False) -> BuyerIdentity:
        """The validated identity; call after is_valid()."""
        return BuyerIdentity(name=self.cleaned_data["name"], id_number=self.cleaned_data["id_number"],
                             authenticated=authenticated)


class TaxEstimateForm(forms.Form):
    """A product, a quantity and what the buyer already bought cross-border this year."""

    product = forms.IntegerField(label=_("Product"), min_value=1, widget=forms.HiddenInput)
    quantity = forms.IntegerField(label=_("Quantity"), min_value=1, max_value=MAX_ESTIMATE_QUANTITY, initial=1)
    bought_this_year = forms.DecimalField(
        label=_("Cross-border purchases already made this year (CNY)"), required=False, max_digits=12,
        decimal_places=2, validators=[MinValueValidator(Decimal("0")), MaxValueValidator(MAX_ANNUAL_INPUT)],
        help_text=_("Counts toward the annual limit; leave empty if none."))

    def __init__(self, *args, strategy=None, order_date=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.strategy = strategy
        self.order_date = order_date

    def clean_bought_this_year(self):
        return self.cleaned_data.get("bought_this_year") or Decimal("0.00")

    def clean(self):
        cleaned = super().clean()
        product_id, quantity = cleaned.get("product"), cleaned.get("quantity")
        if product_id is None or quantity is None:
            return cleaned
        product = Product.objects.filter(pk=product_id, is_public=True).select_related("parent").first()
        if product is None:
            raise ValidationError(_("There is no such product in the catalogue."), code="unknown_product")
        try:
            cleaned["goods_line"] = goods_line_for_product(product, quantity, strategy=self.strategy,
                                                           on=self.order_date)
        except ProductNotTaxable as error:
            raise ValidationError(error.messages, code="not_taxable") from None
        cleaned["product_object"] = product
        return cleaned
