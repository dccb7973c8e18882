"""Dashboard pages of bank transfers: the orders awaiting money, one order's schedule and receipts."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import FormView, ListView

from . import selectors, services
from .forms import PlanFilterForm, ReceiptForm


class VisiblePlansMixin:
    """Staff see every plan; a seller's users those of orders holding their goods (another
    seller's order is "not found"); a user who is neither gets 403."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_staff and not selectors.works_for_a_seller(request.user):
            raise PermissionDenied
        self.plans = selectors.visible_plans(request.user)
        return super().dispatch(request, *args, **kwargs)


class PlanListView(VisiblePlansMixin, ListView):
    template_name = "bank_transfer/dashboard/order_list.html"
    context_object_name = "plans"
    paginate_by = 25

    def get_queryset(self):
        self.form = PlanFilterForm(self.request.GET)
        filters = self.form.cleaned_data if self.form.is_valid() else {}
        return selectors.awaiting_money(self.plans, awaiting=filters.get("awaiting", ""),
                                        overdue=filters.get("overdue", False))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["rows"] = [selectors.statement(plan) for plan in context["plans"]]
        return context


class PlanDetailView(VisiblePlansMixin, FormView):
    template_name = "bank_transfer/dashboard/order_detail.html"
    form_class = ReceiptForm

    def get_plan(self):
        if not hasattr(self, "plan"):
            self.plan = self.plans.filter(order__number=self.kwargs["number"]).first()
            if self.plan is None:
                raise Http404
        return self.plan

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "plan": self.get_plan()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        plan = self.get_plan()
        context.update(plan=plan, order=plan.order, statement=selectors.statement(plan),
                       receipts=plan.receipts.select_related("recorded_by"),
                       bank_details=selectors.bank_details())
        return context

    def form_valid(self, form):
        plan = self.get_plan()
        data = form.cleaned_data
        receipt = services.record_receipt(
            plan.order, amount=data["amount"], received_on=data["received_on"],
            bank_reference=data["bank_reference"], by=self.request.user, note=data["note"])
        messages.success(self.request, _("Transfer %(reference)s recorded; the buyer is told by e-mail.")
                         % {"reference": receipt.bank_reference})
        return redirect("bank_transfer:transfer-detail", number=plan.order.number)
