"""The review queue in Oscar's dashboard: pending listings, one listing, decisions, the HS list."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import DetailView, ListView
from oscar.core.loading import get_model

from catalog.models import ReviewStatus

from . import selectors, services
from .forms import ApprovalForm, QueueFilterForm, RefusalForm
from .models import ProhibitedHSCode

Product = get_model("catalogue", "Product")


class ListingQueueView(ListView):
    template_name = "moderation/dashboard/listing_list.html"
    context_object_name = "listings"
    paginate_by = 25

    def get_queryset(self):
        self.form = QueueFilterForm(self.request.GET or {"status": ReviewStatus.PENDING})
        if not self.form.is_valid():
            # The form shows what is wrong (an overlong text, a null byte, an unknown status);
            # listing the whole queue instead would pass for the answer to the search.
            return Product.objects.none()
        filters = self.form.cleaned_data
        return selectors.listings_for_review(
            status=filters["status"] or ReviewStatus.PENDING,
            product_class=filters["product_class"], text=filters["q"].strip(),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        selectors.annotate(context["listings"])
        context["form"] = self.form
        return context


class ListingDetailView(DetailView):
    template_name = "moderation/dashboard/listing_detail.html"
    context_object_name = "listing"
    queryset = Product.objects.select_related(
        "product_class", "parent__product_class", "hs_code",
    ).prefetch_related("stockrecords__partner__enterprise", "review_decisions__decided_by",
                       "certifications")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        selectors.annotate([self.object])
        context["attributes"] = [
            (value.attribute, value.value_as_text)
            for value in self.object.get_attribute_values().select_related("attribute")
        ] if self.object.pk else []
        context["approval_form"] = ApprovalForm()
        context["refusal_form"] = RefusalForm()
        return context


class ListingDecisionView(View):
    """Approve or refuse a listing. POST only; the result is a message on the listing's page."""

    ACTIONS = {
        "approve": (services.approve_listing, ApprovalForm,
                    _("“%(title)s” is approved and public; the seller has been told.")),
        "refuse": (services.refuse_listing, RefusalForm,
                   _("“%(title)s” is refused; the seller has been told why.")),
    }
    http_method_names = ["post"]
    action = None

    def post(self, request, pk):
        listing = get_object_or_404(Product, pk=pk)
        decide, form_class, done = self.ACTIONS[self.action]
        form = form_class(request.POST)
        if not form.is_valid():
            for error in form.errors.get("reason", []):
                messages.error(request, error)
            return redirect("moderation:listing-detail", pk=pk)
        try:
            decide(listing, decided_by=request.user, reason=form.cleaned_data["reason"])
        except services.ModerationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, done % {"title": listing.get_title()})
        return redirect("moderation:listing-detail", pk=pk)


class ProhibitedHSCodeListView(ListView):
    """The prohibited HS code list as it stands; edited in the Django admin."""

    template_name = "moderation/dashboard/prohibited_hs_code_list.html"
    context_object_name = "entries"
    queryset = ProhibitedHSCode.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["in_force"] = set(ProhibitedHSCode.objects.in_force().values_list("pk", flat=True))
        return context
