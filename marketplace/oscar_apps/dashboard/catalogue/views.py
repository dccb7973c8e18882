"""Oscar's product dashboard, kept to each seller's own products and open to their trade data.

Oscar already limits non-staff users to products one of their partners stocks (list,
edit, delete); this fork closes the gaps a marketplace cannot leave open (variants of
another seller's product, bulk publication) and adds the per-stock-record trade terms.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import generic
from oscar.apps.dashboard.catalogue import views as oscar_views
from oscar.core.loading import get_model

from catalog.selectors import missing_translations
from marketplace.machine_translation import services as machine_translation
from marketplace.moderation import services as moderation

from .forms import ProductForm
from .formsets import IncotermOfferFormSet, PriceTierFormSet, StockRecordFormSet
from .tables import ProductTable

StockRecord = get_model("partner", "StockRecord")

#: Bulk actions a seller may not run: publication is moderation's decision, and the bulk
#: price change writes prices without checking them against the quantity breaks.
STAFF_ONLY_BULK_ACTIONS = frozenset(
    {"make_products_public", "make_products_non_public", "set_product_price"}
)


def stockrecords_for_user(user):
    """The stock records `user` may manage: every one for staff, their partners' otherwise."""
    records = StockRecord.objects.select_related("product", "partner")
    if user.is_staff:
        return records
    return records.filter(partner__users__pk=user.pk).distinct()


class ProductListView(oscar_views.ProductListView):
    table_class = ProductTable

    def get_actions(self):
        actions = super().get_actions()
        if self.request.user.is_staff:
            return actions
        return {name: action for name, action in actions.items()
                if name not in STAFF_ONLY_BULK_ACTIONS}

    def post(self, request, *args, **kwargs):
        action = request.POST.get(self.action_param, "").lower()
        if not request.user.is_staff and action in STAFF_ONLY_BULK_ACTIONS:
            raise PermissionDenied
        return super().post(request, *args, **kwargs)


class ProductBulkActionConfirmView(oscar_views.ProductBulkActionConfirmView):
    def get(self, request, *args, **kwargs):
        self._refuse_staff_only_action()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self._refuse_staff_only_action()
        return super().post(request, *args, **kwargs)

    def _refuse_staff_only_action(self):
        if not self.request.user.is_staff and self._action in STAFF_ONLY_BULK_ACTIONS:
            raise PermissionDenied


class ProductCreateUpdateView(oscar_views.ProductCreateUpdateView):
    form_class = ProductForm
    stockrecord_formset = StockRecordFormSet

    def get_object(self, queryset=None):
        product = super().get_object(queryset)
        # Oscar looks the parent of a new variant up among all products; a seller may only
        # add variants to products of their own.
        if self.creating and self.parent is not None and not self.request.user.is_staff:
            self.parent = get_object_or_404(self.get_queryset(), pk=self.parent.pk)
        return product

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["user"] = self.request.user
        return kwargs

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        if self.object is not None and self.object.pk:
            ctx["missing_languages"] = missing_translations(self.object)
        return ctx

    def post(self, request, *args, **kwargs):
        # A new product is saved before its formsets are checked and deleted again if
        # they fail; one transaction keeps that, the formsets and moderation together.
        with transaction.atomic():
            return super().post(request, *args, **kwargs)

    def forms_valid(self, form, formsets):
        response = super().forms_valid(form, formsets)
        # What a person typed is recorded as theirs (a corrected machine translation becomes
        # "human"); the missing languages are filled after commit, never during the save.
        machine_translation.record_edits(self.object, set(form.changed_data))
        machine_translation.schedule_fill(self.object)
        if not self.request.user.is_staff:
            moderation.listing_changed(self.object, user=self.request.user)
        return response


class StockRecordTradeTermsView(generic.DetailView):
    """Quantity breaks and Incoterms of one stock record.

    The formsets show each problem beside its row; the partner services write the
    result, checking the whole ladder once more against the saved MOQ and price.
    """

    template_name = "oscar/dashboard/catalogue/stockrecord_trade_terms.html"
    context_object_name = "stockrecord"

    def get_queryset(self):
        return stockrecords_for_user(self.request.user)

    def get_formsets(self, data=None):
        return {
            "tier_formset": PriceTierFormSet(data, instance=self.object, prefix="tiers"),
            "incoterm_formset": IncotermOfferFormSet(data, instance=self.object,
                                                     prefix="incoterms"),
        }

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        for name, formset in self.get_formsets().items():
            ctx.setdefault(name, formset)
        ctx["product"] = self.object.product
        ctx["title"] = _("Trade terms")
        return ctx

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        formsets = self.get_formsets(request.POST)
        if all(formset.is_valid() for formset in formsets.values()):
            try:
                with transaction.atomic():
                    formsets["tier_formset"].save_through_service()
                    formsets["incoterm_formset"].save_through_service()
            except ValidationError as error:
                formsets["tier_formset"].add_service_errors(error)
            else:
                messages.success(request, _("Trade terms saved."))
                return HttpResponseRedirect(self.get_success_url())
        messages.error(request, _("The trade terms were not saved: please correct the "
                                  "errors below."))
        return self.render_to_response(self.get_context_data(**formsets))

    def get_success_url(self):
        return reverse("dashboard:catalogue-product", kwargs={"pk": self.object.product_id})
