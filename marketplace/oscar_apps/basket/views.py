"""Oscar's basket views, plus buying a sample from the product page.

Oscar loads this module in place of its own (the basket app is forked), and falls back
to oscar.apps.basket.views for every class not defined here.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views import View
from oscar.apps.basket import views as oscar_views
from oscar.apps.shipping.methods import Free
from oscar.core.loading import get_model

from marketplace.listing_holds.views import tell_withdrawn_lines
from marketplace.oscar_apps.partner.validators import validate_line_quantity

from . import services
from .offers import offers_in_use

Product = get_model("catalogue", "Product")


class SampleForm(forms.Form):
    quantity = forms.IntegerField(label=_("Sample units"), min_value=1,
                                  validators=[validate_line_quantity])


class AddSampleView(View):
    """POST: put sample units of a product into the basket (Buy a sample)."""

    http_method_names = ["post"]

    def post(self, request, pk):
        product = get_object_or_404(Product, pk=pk)
        form = SampleForm(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
            return redirect(product.get_absolute_url())
        quantity = form.cleaned_data["quantity"]
        try:
            services.add_sample(request.basket, product, quantity)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return redirect(product.get_absolute_url())
        messages.success(request, ngettext(
            "%(quantity)s sample unit of “%(title)s” is in your basket.",
            "%(quantity)s sample units of “%(title)s” are in your basket.", quantity,
        ) % {"quantity": quantity, "title": product.get_title()})
        return redirect("basket:summary")


class FreightAtCheckout(Free):
    """What the basket page says of shipping: freight depends on each seller's trade term,
    chosen at checkout, so no estimate is shown (Oscar's would be a false "free shipping")."""

    code = "freight-at-checkout"
    name = _("Freight is agreed with each seller at checkout")


class BasketView(oscar_views.BasketView):
    def get(self, request, *args, **kwargs):
        tell_withdrawn_lines(request)
        return super().get(request, *args, **kwargs)

    def get_default_shipping_address(self):
        return None  # nothing to estimate: freight comes with the trade term

    def get_shipping_methods(self, basket):
        return [FreightAtCheckout()]

    def get_default_shipping_method(self, basket):
        return FreightAtCheckout()

    def get_upsell_messages(self, basket):
        return super().get_upsell_messages(basket) if offers_in_use() else []
