"""Risk dashboard: the alert queue, an alert with its signals and actions, recalls, watch lists;
and the signed-in buyer's form to report a safety problem. Thin: parse, call a service,
render. Who may do what is checked again by the services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch, Sum
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import CreateView, DetailView, ListView, UpdateView
from oscar.core.loading import get_model

from marketplace.traceability.models import Batch

from . import forms, selectors, services
from .models import Alert, Recall, RecallLine, WatchList, evidence_storage

Product = get_model("catalogue", "Product")


class AlertListView(ListView):
    template_name = "risk/dashboard/alert_list.html"
    context_object_name = "alerts"
    paginate_by = 25

    def get_queryset(self):
        data = self.request.GET or {"status": Alert.Status.OPEN}
        self.form = forms.AlertFilterForm(data)
        if not self.form.is_valid():
            return Alert.objects.none()
        return selectors.alerts(**self.form.filters())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        return context


def _batches_of(alert):
    return Batch.objects.filter(product__in=[alert.product_id, *Product.objects.filter(
        parent_id=alert.product_id).values_list("pk", flat=True)]).order_by("-production_date", "pk")


class AlertDetailView(DetailView):
    template_name = "risk/dashboard/alert_detail.html"
    context_object_name = "alert"
    queryset = Alert.objects.select_related("product", "batch", "watch_list", "closed_by")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        alert, user = self.object, self.request.user
        batches = _batches_of(alert)
        on_sale = batches.filter(status=Batch.Status.ON_SALE)
        context.update({
            "signals": alert.signals.select_related("batch", "reported_by"),
            "actions": alert.actions.select_related("actor", "batch", "hold"),
            "batches": batches.select_related("recall"),
            "recalls": Recall.objects.filter(batch__in=batches).select_related("batch"),
            "holds": services.active_holds(alert),
            "watch_lists": selectors.watch_lists_for(alert.product),
            "can_manage": services.can_manage(user),
            "can_recall": services.can_recall(user),
            "stop_form": forms.ReasonForm(),
            "batch_stop_form": forms.BatchStopForm(batches=on_sale),
            "recall_form": forms.RecallForm(batches=batches.exclude(status=Batch.Status.RECALLED)),
            "note_form": forms.NoteForm(),
            "close_form": forms.CloseForm(),
            "reopen_form": forms.OptionalReasonForm(),
            "stopped_batches": batches.filter(status=Batch.Status.STOPPED),
        })
        return context


class AlertActionView(View):
    """Every POST action on an alert: a form in, a service call, a message, back to the alert."""

    http_method_names = ["post"]
    action = None

    def post(self, request, pk):
        alert = get_object_or_404(Alert, pk=pk)
        handler = getattr(self, f"do_{self.action}")
        try:
            done = handler(request, alert)
        except services.RiskError as error:
            messages.error(request, error.message)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            if done:
                messages.success(request, done)
            if isinstance(done, Recall):
                return redirect(done.get_absolute_url())
        return redirect(alert.get_absolute_url())

    @staticmethod
    def _valid(form):
        if not form.is_valid():
            raise ValidationError(
                [f"{form.fields[name].label if name in form.fields else ''}: {error}".lstrip(": ")
                 for name, errors in form.errors.items() for error in errors])
        return form.cleaned_data

    def do_stop_product(self, request, alert):
        data = self._valid(forms.ReasonForm(request.POST))
        services.stop_product_sale(alert, by=request.user, reason=data["reason"])
        return _("The sale of the listing is stopped; the seller has been told.")

    def do_resume_product(self, request, alert):
        data = self._valid(forms.OptionalReasonForm(request.POST))
        services.resume_product_sale(alert, by=request.user, reason=data["reason"])
        return _("This alert's stop-sale is lifted.")

    def do_stop_batch(self, request, alert):
        form = forms.BatchStopForm(request.POST, batches=_batches_of(alert))
        data = self._valid(form)
        services.stop_batch_sale(alert, data["batch"], by=request.user, reason=data["reason"])
        return _("The sale of lot %(lot)s is stopped; the seller has been told.") % {
            "lot": data["batch"].lot_number}

    def do_resume_batch(self, request, alert):
        form = forms.BatchStopForm(request.POST, batches=_batches_of(alert))
        form.fields["reason"].required = False
        data = self._valid(form)
        services.resume_batch_sale(alert, data["batch"], by=request.user, reason=data["reason"])
        return _("Lot %(lot)s is back on sale.") % {"lot": data["batch"].lot_number}

    def do_recall(self, request, alert):
        if not services.can_recall(request.user):
            raise PermissionDenied
        data = self._valid(forms.RecallForm(request.POST, batches=_batches_of(alert)))
        recall = services.recall_batch(alert, data["batch"], by=request.user,
                                       hazard=data["hazard"], remedy=data["remedy"],
                                       note=data["note"])
        messages.success(request, _("Lot %(lot)s is recalled; every buyer holding it and the "
                                    "seller are being e-mailed.") % {"lot": data["batch"].lot_number})
        return recall

    def do_note(self, request, alert):
        data = self._valid(forms.NoteForm(request.POST))
        services.add_note(alert, by=request.user, note=data["note"])
        return _("Note added.")

    def do_resolve(self, request, alert, dismiss=False):
        data = self._valid(forms.CloseForm(request.POST))
        services.close_alert(alert, by=request.user, resolution=data["resolution"],
                             dismiss=dismiss, resume_sale=data["resume_sale"])
        return _("The alert is dismissed.") if dismiss else _("The alert is resolved.")

    def do_dismiss(self, request, alert):
        return self.do_resolve(request, alert, dismiss=True)

    def do_reopen(self, request, alert):
        data = self._valid(forms.OptionalReasonForm(request.POST))
        services.reopen_alert(alert, by=request.user, reason=data["reason"])
        return _("The alert is open again.")


ALERT_ACTIONS = ("stop_product", "resume_product", "stop_batch", "resume_batch", "recall", "note",
                 "resolve", "dismiss", "reopen")


class RecallListView(ListView):
    template_name = "risk/dashboard/recall_list.html"
    context_object_name = "recalls"
    paginate_by = 25
    queryset = (Recall.objects.select_related("batch__product", "recalled_by")
                .annotate(units=Sum("lines__quantity")).order_by("-recalled_at", "-pk"))


class RecallDetailView(DetailView):
    template_name = "risk/dashboard/recall_detail.html"
    context_object_name = "recall"
    queryset = Recall.objects.select_related("batch__product", "batch__enterprise", "alert",
                                             "recalled_by")

    def get_context_data(self, **kwargs):
        from . import messages as recall_messages

        context = super().get_context_data(**kwargs)
        lines = (self.object.lines.select_related("order__user")
                 .prefetch_related(Prefetch("disposals", to_attr="done")))
        for line in lines:
            line.disposed = sum(disposal.quantity for disposal in line.done)
            line.outstanding = line.quantity - line.disposed
            line.buyer = selectors.buyer_email(line.order)
        context.update({
            "lines": lines,
            "progress": services.recall_progress(self.object),
            "notices": self.object.notices.all(),
            "public_message": recall_messages.recall_message(self.object),
            "disposal_form": forms.DisposalForm(),
            "can_recall": services.can_recall(self.request.user),
        })
        return context


class DisposalView(View):
    http_method_names = ["post"]

    def post(self, request, pk):
        line = get_object_or_404(RecallLine.objects.select_related("recall"), pk=pk)
        if not services.can_recall(request.user):
            raise PermissionDenied
        form = forms.DisposalForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.record_disposal(line, by=request.user, kind=data["kind"],
                                         quantity=data["quantity"], happened_on=data["happened_on"],
                                         note=data["note"], evidence=data.get("evidence"))
            except services.RiskError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("Recorded."))
        else:
            for name, errors in form.errors.items():
                for error in errors:
                    label = form.fields[name].label if name in form.fields else ""
                    messages.error(request, f"{label}: {error}" if label else error)
        return redirect(line.recall.get_absolute_url())


class EvidenceFileView(View):
    """A recall's evidence file, to those who follow recalls only."""

    def get(self, request, name):
        if not services.can_recall(request.user):
            raise PermissionDenied
        from .models import RecallDisposal

        if not RecallDisposal.objects.filter(evidence=name).exists():
            raise Http404
        storage = evidence_storage()
        if not storage.exists(name):
            raise Http404
        return FileResponse(storage.open(name, "rb"), as_attachment=True,
                            filename=name.rsplit("/", 1)[-1])


# --- watch lists -------------------------------------------------------------------------------


class WatchListListView(ListView):
    template_name = "risk/dashboard/watch_list_list.html"
    context_object_name = "watch_lists"
    queryset = WatchList.objects.prefetch_related("categories")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_edit"] = services.can_edit_watch_lists(self.request.user)
        return context


class WatchListEditMixin:
    model = WatchList
    form_class = forms.WatchListForm
    template_name = "risk/dashboard/watch_list_form.html"
    success_url = reverse_lazy("risk_dashboard:risk-watch-list-list")

    def dispatch(self, request, *args, **kwargs):
        if not services.can_edit_watch_lists(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        messages.success(self.request, _("Watch list saved."))
        return super().form_valid(form)


class WatchListCreateView(WatchListEditMixin, CreateView):
    pass


class WatchListUpdateView(WatchListEditMixin, UpdateView):
    pass


class WatchListDeleteView(View):
    http_method_names = ["post"]

    def post(self, request, pk):
        if not services.can_edit_watch_lists(request.user):
            raise PermissionDenied
        watch_list = get_object_or_404(WatchList, pk=pk)
        watch_list.delete()  # alerts keep their level; their watch_list link is cleared
        messages.success(request, _("Watch list deleted."))
        return redirect("risk_dashboard:risk-watch-list-list")


# --- buyers report a problem --------------------------------------------------------------------


@method_decorator(login_required, name="dispatch")
class ReportView(View):
    """A signed-in visitor (any, not only staff) reports a safety problem with a listing."""

    template_name = "risk/report.html"

    def _product(self, pk):
        return get_object_or_404(Product.objects.browsable(), pk=pk)

    def get(self, request, pk):
        product = self._product(pk)
        return render(request, self.template_name, {"product": product, "form": forms.ReportForm()})

    def post(self, request, pk):
        product = self._product(pk)
        form = forms.ReportForm(request.POST)
        if not form.is_valid():
            return render(request, self.template_name, {"product": product, "form": form},
                          status=400)
        services.report_problem(product, reporter=request.user,
                                description=form.cleaned_data["description"],
                                lot_number=form.cleaned_data["lot_number"])
        messages.success(request, _("Thank you: the marketplace's safety team has your report."))
        return redirect(product.get_absolute_url())


def report_url(product) -> str:
    return reverse("risk_dashboard:risk-report", kwargs={"pk": product.pk})

