"""Dashboard pages of inspection and quarantine.

Sellers write and send their enterprise's filings and follow what the authority decided;
staff see every filing and batch, the outbox status of each message, and type in
decisions that came on paper. A filing or batch of another seller is "not found".
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import ListView, TemplateView

from . import selectors, services
from .documents import DocumentError
from .forms import (
    BatchDecisionForm,
    BatchFilterForm,
    CommodityFilingForm,
    EnterpriseFilingForm,
    FilingDecisionForm,
    FilingFilterForm,
)
from .models import BatchStatus, CommodityFiling, EnterpriseFiling, FilingStatus


class InspectionAccessMixin:
    """Staff, or a user of an enterprise; anyone else gets 403."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_staff and not selectors.works_for_an_enterprise(request.user):
            raise PermissionDenied
        self.enterprises = selectors.enterprises_of(request.user)
        return super().dispatch(request, *args, **kwargs)


class StaffOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_staff:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class IndexView(InspectionAccessMixin, TemplateView):
    template_name = "inspection/dashboard/index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        if user.is_staff:
            enterprise = selectors.enterprise_filings(user).filter(status=FilingStatus.SUBMITTED)
            commodity = selectors.commodity_filings(user).filter(status=FilingStatus.SUBMITTED)
            open_batches = selectors.batches(user).filter(
                status__in=[BatchStatus.DECLARED, BatchStatus.INSPECTION_REQUIRED])
        else:
            enterprise = selectors.enterprise_filings(user)
            commodity = selectors.commodity_filings(user)
            open_batches = selectors.batches(user)
            context["unfiled_products"] = selectors.unfiled_products(self.enterprises)
        enterprise, commodity, open_batches = enterprise[:50], commodity[:50], open_batches[:50]
        context.update(enterprise_filings=_with_messages(enterprise), commodity_filings=_with_messages(commodity),
                       batches=_with_messages(open_batches), is_staff=user.is_staff)
        return context


def _with_messages(objects):
    """(object, its outbox message) pairs in one query for the messages."""
    objects = list(objects)
    found = selectors.outbox_messages(objects)
    return [(obj, found.get(obj.outbox_key)) for obj in objects]


class FilingKind:
    """What differs between the enterprise and the commodity filing pages."""

    model = EnterpriseFiling
    form_class = EnterpriseFilingForm
    submit = staticmethod(services.submit_enterprise_filing)
    url_prefix = "inspection-enterprise-filing"
    title = ""

    def filings(self):
        return selectors.enterprise_filings(self.request.user)


class CommodityKind(FilingKind):
    model = CommodityFiling
    form_class = CommodityFilingForm
    submit = staticmethod(services.submit_commodity_filing)
    url_prefix = "inspection-commodity-filing"

    def filings(self):
        return selectors.commodity_filings(self.request.user)


class FilingListView(InspectionAccessMixin, FilingKind, ListView):
    template_name = "inspection/dashboard/filing_list.html"
    context_object_name = "filings"
    paginate_by = 50

    def get_queryset(self):
        self.form = FilingFilterForm(self.request.GET)
        filings = self.filings()
        if self.form.is_valid() and self.form.cleaned_data["status"]:
            filings = filings.filter(status=self.form.cleaned_data["status"])
        return filings.order_by("-updated_at", "-pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(form=self.form, rows=_with_messages(context["filings"]), url_prefix=self.url_prefix,
                       commodity=self.model is CommodityFiling)
        return context


class CommodityFilingListView(CommodityKind, FilingListView):
    pass


class FilingFormView(InspectionAccessMixin, FilingKind, View):
    """Create a filing, or show one: its facts, status, the authority's reason and the
    outbox message; the edit form while it may change; the decision form for staff."""

    template_name = "inspection/dashboard/filing_detail.html"

    def get_filing(self):
        if "pk" not in self.kwargs:
            return self.model(created_by=self.request.user)
        return get_object_or_404(self.filings(), pk=self.kwargs["pk"])

    def get(self, request, **kwargs):
        filing = self.get_filing()
        form = self.form_class(instance=filing, enterprises=self.enterprises) if filing.is_editable else None
        return self.render(filing, form)

    def post(self, request, **kwargs):
        filing = self.get_filing()
        if "decide" in request.POST:
            return self.decide(filing)
        if not filing.is_editable:
            messages.error(request, _("This filing is with the authority or accepted; it cannot be changed."))
            return redirect(f"inspection:{self.url_prefix}-detail", pk=filing.pk)
        form = self.form_class(request.POST, instance=filing, enterprises=self.enterprises)
        if not form.is_valid():
            return self.render(filing, form, status=400)
        filing = form.save()
        if "submit" in request.POST:
            return _submit(request, self, filing)
        messages.success(request, _("The filing is saved as a draft; send it when it is complete."))
        return redirect(f"inspection:{self.url_prefix}-detail", pk=filing.pk)

    def render(self, filing, form, decision_form=None, status=200):
        user = self.request.user
        if decision_form is None and user.is_staff and filing.status == FilingStatus.SUBMITTED:
            decision_form = FilingDecisionForm()
        return render(self.request, self.template_name, {
            "filing": filing, "form": form, "decision_form": decision_form,
            "message": selectors.outbox_message(filing) if filing.pk else None,
            "url_prefix": self.url_prefix, "commodity": self.model is CommodityFiling,
        }, status=status)


    def decide(self, filing):
        """Staff type in the authority's decision on a filing, when it came on paper."""
        if not self.request.user.is_staff:
            raise PermissionDenied
        if not filing.pk:
            raise PermissionDenied
        form = FilingDecisionForm(self.request.POST)
        if not form.is_valid():
            editable = self.form_class(instance=filing, enterprises=self.enterprises) if filing.is_editable else None
            return self.render(filing, editable, decision_form=form, status=400)
        data = form.cleaned_data
        try:
            services.apply_receipt(filing.outbox_key or filing.filing_number, data["decision"], data["reason"],
                                   data["filing_number"], valid_until=data["valid_until"], user=self.request.user)
        except (services.ReceiptNotApplicable, services.UnknownReference) as exc:
            messages.error(self.request, str(exc) or _("This decision does not fit the filing."))
        else:
            messages.success(self.request, _("The decision is recorded; the seller sees it now."))
        return redirect(f"inspection:{self.url_prefix}-detail", pk=filing.pk)


class CommodityFilingFormView(CommodityKind, FilingFormView):
    pass


def _submit(request, view, filing):
    try:
        view.submit(filing, user=request.user)
    except services.FilingIncomplete as exc:
        for problems in exc.problems.values():
            for problem in problems:
                messages.error(request, problem)
    except DocumentError as exc:
        # A rule of the document the forms did not catch: a bug to fix, not the seller's doing.
        services.logger.error("Inspection document refused for %s %s: %s", type(filing).__name__, filing.pk, exc)
        messages.error(request, _("The filing could not be sent; the platform's staff have been told."))
    else:
        messages.success(request, _("The filing is sent to the authority; its decision will show here."))
    return redirect(f"inspection:{view.url_prefix}-detail", pk=filing.pk)


class FilingSubmitView(InspectionAccessMixin, FilingKind, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        filing = get_object_or_404(self.filings(), pk=pk)
        return _submit(request, self, filing)


class CommodityFilingSubmitView(CommodityKind, FilingSubmitView):
    pass


class BatchListView(InspectionAccessMixin, ListView):
    template_name = "inspection/dashboard/batch_list.html"
    context_object_name = "batches"
    paginate_by = 50

    def get_queryset(self):
        self.form = BatchFilterForm(self.request.GET)
        batches = selectors.batches(self.request.user)
        if self.form.is_valid() and self.form.cleaned_data["status"]:
            batches = batches.filter(status=self.form.cleaned_data["status"])
        return batches.order_by("-declared_at", "-pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(form=self.form, rows=_with_messages(context["batches"]))
        return context


class BatchDetailView(InspectionAccessMixin, View):
    template_name = "inspection/dashboard/batch_detail.html"

    def get_batch(self, pk):
        return get_object_or_404(selectors.batches(self.request.user), pk=pk)

    def get(self, request, pk):
        return self.render(self.get_batch(pk), BatchDecisionForm())

    def post(self, request, pk):
        if not request.user.is_staff:
            raise PermissionDenied
        batch = self.get_batch(pk)
        form = BatchDecisionForm(request.POST)
        if not form.is_valid():
            return self.render(batch, form, status=400)
        data = form.cleaned_data
        try:
            services.apply_receipt(batch.outbox_key, data["decision"], data["reason"], data["release_number"],
                                   user=request.user)
        except (services.ReceiptNotApplicable, services.UnknownReference) as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("The decision is recorded; the seller sees it now."))
        return redirect("inspection:inspection-batch-detail", pk=batch.pk)

    def render(self, batch, form, status=200):
        decidable = self.request.user.is_staff and batch.status in (
            BatchStatus.DECLARED, BatchStatus.INSPECTION_REQUIRED)
        return render(self.request, self.template_name, {
            "batch": batch, "orders": batch.orders.order_by("number"),
            "message": selectors.outbox_message(batch), "decision_form": form if decidable else None,
        }, status=status)
