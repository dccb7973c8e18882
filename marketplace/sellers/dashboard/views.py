"""Reviewing manufacturer filings in Oscar's dashboard: the queue, one filing, decisions."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import DetailView, ListView

from marketplace.moderation import services as moderation

from .. import selectors, services
from ..forms import DecisionForm, EnterpriseSearchForm
from ..models import Enterprise


class EnterpriseListView(ListView):
    template_name = "sellers/dashboard/enterprise_list.html"
    context_object_name = "enterprises"
    paginate_by = 25

    def get_queryset(self):
        # Without filters the list is the work to do: filings awaiting review.
        data = self.request.GET if self.request.GET else {"status": Enterprise.Status.SUBMITTED}
        self.form = EnterpriseSearchForm(data)
        if not self.form.is_valid():
            return selectors.filings_for_review(status=Enterprise.Status.SUBMITTED)
        filters = self.form.cleaned_data
        return selectors.filings_for_review(
            status=filters["status"], cluster=filters["cluster"],
            district=filters["district"], text=filters["q"].strip(),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        return context


class EnterpriseDetailView(DetailView):
    template_name = "sellers/dashboard/enterprise_detail.html"
    context_object_name = "enterprise"
    queryset = Enterprise.objects.select_related("partner", "applicant").prefetch_related(
        "clusters", "users", "documents", "decisions__decided_by"
    )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["decision_form"] = DecisionForm()
        return context


class EnterpriseDecisionView(View):
    """Approve, reject, suspend or reinstate a filing. POST only; the result is a message."""

    ACTIONS = {
        "approve": (services.approve_enterprise, _("%(name)s is approved and can now sell.")),
        "reject": (services.reject_enterprise, _("%(name)s is rejected; the applicant has been "
                                                 "told why.")),
        "suspend": (services.suspend_enterprise, _("%(name)s is suspended.")),
        "reinstate": (services.reinstate_enterprise, _("%(name)s is reinstated.")),
    }
    http_method_names = ["post"]
    action = None

    def post(self, request, pk):
        enterprise = get_object_or_404(Enterprise, pk=pk)
        form = DecisionForm(request.POST)
        if not form.is_valid():
            for error in form.errors["reason"]:
                messages.error(request, error)
            return redirect("sellers_dashboard:enterprise-detail", pk=pk)
        decide, done = self.ACTIONS[self.action]
        try:
            decide(enterprise, decided_by=request.user, reason=form.cleaned_data["reason"])
        except services.FilingError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, done % {"name": enterprise.name_en})
        return redirect("sellers_dashboard:enterprise-detail", pk=pk)


class ListingsVerificationView(View):
    """Turn on or off whether a seller's listings go live without review. POST only."""

    http_method_names = ["post"]

    def post(self, request, pk):
        enterprise = get_object_or_404(Enterprise, pk=pk)
        verified = request.POST.get("listings_verified") == "1"
        form = DecisionForm(request.POST)
        if not form.is_valid():
            for error in form.errors["reason"]:
                messages.error(request, error)
            return redirect("sellers_dashboard:enterprise-detail", pk=pk)
        moderation.set_listings_verified(enterprise, verified=verified, decided_by=request.user,
                                         reason=form.cleaned_data["reason"])
        if verified:
            messages.success(request, _("Listings of %(name)s now go live without review.")
                             % {"name": enterprise.name_en})
        else:
            messages.success(request, _("Listings of %(name)s now wait for review.")
                             % {"name": enterprise.name_en})
        return redirect("sellers_dashboard:enterprise-detail", pk=pk)
