"""Return cases for buyers (/<lang>/returns/) and for sellers and admins (/dashboard/returns/).

Thin views: the case is one the signed-in person is a party of (buyer, the seller's user,
or an admin) or a 404, whether it exists or not; the services decide what may happen.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from oscar.core.loading import get_model

from marketplace.sellers.models import Enterprise

from . import selectors, services
from .forms import (
    ApproveForm,
    BankRefundForm,
    CaseMessageForm,
    DecisionForm,
    RefuseForm,
    ReturnPolicyForm,
    ReturnRequestForm,
)
from .models import CaseFile, RefundMethod, RefundStatus, ReturnStatus

Order = get_model("order", "Order")

BUYER_NS, DASHBOARD_NS = "returns", "returns_dashboard"


def dashboard_login_required(view):
    """Anonymous visitors go to the dashboard's login, as Oscar's dashboard does."""

    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse_lazy("dashboard:login"))
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def _case(user, pk):
    found = selectors.case_for(user, pk)
    if found is None:
        raise Http404("No such return case")
    return found


def _case_url(namespace, pk):
    return reverse(f"{namespace}:case", kwargs={"pk": pk})


def _form_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, field_errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, field_errors)
    else:
        form.add_error(None, error)


# --- the buyer asks ------------------------------------------------------------------------


@login_required
def request_return(request, number):
    """The buyer's form to return goods of its order; refused with the reason when the
    order is not eligible (B2B, not delivered, period over)."""
    order = get_object_or_404(Order, user=request.user, number=number)
    verdict = selectors.eligibility(order)
    lines = list(order.lines.all())
    left = selectors.returnable_quantities(order)
    if not verdict.allowed:
        messages.error(request, verdict.message)
        return redirect("customer:order", order_number=order.number)
    form = ReturnRequestForm(request.POST or None, request.FILES or None, lines=lines, left=left)
    if request.method == "POST" and form.is_valid():
        try:
            case = services.request_return(
                order, buyer=request.user, quantities=form.quantities(), reason=form.cleaned_data["reason"],
                details=form.cleaned_data["details"], photos=form.cleaned_data["photos"])
        except services.CaseRefused as refusal:
            messages.error(request, refusal.message)
            return redirect("customer:order", order_number=order.number)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(request, _("Your return request %(reference)s has been sent to the seller.")
                             % {"reference": case.reference})
            return redirect(BUYER_NS + ":case", pk=case.pk)
    return render(request, "returns/request_form.html", {
        "order": order, "form": form, "policy": verdict.policy, "window_ends": verdict.window_ends,
        "page_title": _("Return goods"), "active_tab": "orders",
    })


def _case_context(request, case, role, namespace):
    dispute = case.dispute if selectors.hasattr_dispute(case) else None
    refund = getattr(case, "refund", None) if hasattr(case, "refund") else None
    context = {
        "case": case, "role": role, "namespace": namespace, "dispute": dispute, "refund": refund,
        "case_lines": case.lines.select_related("line"), "events": case.events.select_related("actor"),
        "photos": case.files.filter(message__isnull=True),
        "case_messages": dispute.messages.prefetch_related("files") if dispute else [],
        "may_escalate": selectors.may_escalate(case, role),
        "may_post": dispute is not None and dispute.is_open,
        "message_form": CaseMessageForm(),
        "is_seller_side": role in (selectors.SELLER, selectors.STAFF),
    }
    if context["is_seller_side"]:
        method, _payment = services.refund_method(case.order)
        context.update(
            approve_form=ApproveForm(), refuse_form=RefuseForm(), bank_form=BankRefundForm(),
            refund_method=method, card_refund_possible=(
                case.status == ReturnStatus.REFUND_DUE and method == RefundMethod.CARD
                and (refund is None or refund.status != RefundStatus.SUCCEEDED)),
            bank_refund_possible=case.status == ReturnStatus.REFUND_DUE and method == RefundMethod.BANK,
            refundable=services.refundable_amount(case) if case.status == ReturnStatus.REFUND_DUE else None,
        )
    if role == selectors.STAFF and dispute is not None and dispute.is_open:
        context["decision_form"] = DecisionForm()
    return context


@login_required
def buyer_case(request, pk):
    case, role = _case(request.user, pk)
    context = _case_context(request, case, role, BUYER_NS)
    context.update(page_title=_("Return %(reference)s") % {"reference": case.reference}, active_tab="orders")
    return render(request, "returns/case.html", context)


@dashboard_login_required
def dashboard_case(request, pk):
    case, role = _case(request.user, pk)
    return render(request, "returns/dashboard/case.html", _case_context(request, case, role, DASHBOARD_NS))


# --- steps posted from either side -----------------------------------------------------------


def _run(request, namespace, pk, form_class, step, done):
    """Shared POST handling: the case (or 404), the form, the service; errors as messages."""
    case, role = _case(request.user, pk)
    form = form_class(request.POST, request.FILES) if form_class else None
    if form is not None and not form.is_valid():
        for field_errors in form.errors.values():
            for error in field_errors:
                messages.error(request, error)
        return redirect(_case_url(namespace, case.pk))
    try:
        result = step(case, form.cleaned_data if form is not None else {})
    except services.CaseRefused as refusal:
        messages.error(request, refusal.message)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        if done:
            messages.success(request, done(result) if callable(done) else done)
    return redirect(_case_url(namespace, case.pk))


@login_required
@require_POST
def escalate(request, pk, namespace=BUYER_NS):
    return _run(request, namespace, pk, CaseMessageForm,
                lambda case, data: services.escalate(case, by=request.user, message=data["body"],
                                                     files=data["files"]),
                _("The case is escalated to the platform; an admin will decide."))


@login_required
@require_POST
def post_message(request, pk, namespace=BUYER_NS):
    return _run(request, namespace, pk, CaseMessageForm,
                lambda case, data: services.post_message(case, by=request.user, body=data["body"],
                                                         files=data["files"]),
                _("Your message has been posted."))


@dashboard_login_required
@require_POST
def approve(request, pk):
    return _run(request, DASHBOARD_NS, pk, ApproveForm,
                lambda case, data: services.approve(case, by=request.user, instructions=data["instructions"]),
                _("The return is approved; the buyer has the instructions."))


@dashboard_login_required
@require_POST
def refuse(request, pk):
    return _run(request, DASHBOARD_NS, pk, RefuseForm,
                lambda case, data: services.refuse(case, by=request.user, reason=data["reason"]),
                _("The return is refused; the buyer has been told why."))


def _refund_outcome(request, refund):
    if refund.status == RefundStatus.SUCCEEDED:
        messages.success(request, _("Refunded %(amount)s %(currency)s to the buyer's card.")
                         % {"amount": refund.amount, "currency": refund.currency})
    else:
        messages.error(request, _("The card refund failed: %(error)s. You can try again.")
                       % {"error": refund.failure_message})


@dashboard_login_required
@require_POST
def received(request, pk):
    """Goods received back: the refund is due, and a card refund is made at once."""

    def step(case, _data):
        case = services.mark_received(case, by=request.user)
        method, _payment = services.refund_method(case.order)
        if method == RefundMethod.CARD:
            _refund_outcome(request, services.refund(case, by=request.user))
        else:
            messages.info(request, _("Record the bank refund once it is sent."))
        return case

    return _run(request, DASHBOARD_NS, pk, None, step, None)


@dashboard_login_required
@require_POST
def card_refund(request, pk):
    """Makes (or retries) the card refund of a request whose refund is due."""

    def step(case, _data):
        refund = services.refund(case, by=request.user)
        _refund_outcome(request, refund)
        return refund

    return _run(request, DASHBOARD_NS, pk, None, step, None)


@dashboard_login_required
@require_POST
def bank_refund(request, pk):
    return _run(request, DASHBOARD_NS, pk, BankRefundForm,
                lambda case, data: services.record_bank_refund(
                    case, by=request.user, bank_reference=data["bank_reference"],
                    refunded_on=data["refunded_on"]),
                _("The bank refund is recorded."))


@dashboard_login_required
@require_POST
def decide(request, pk):
    def step(case, data):
        dispute = services.decide_dispute(case, by=request.user, in_favour_of=data["in_favour_of"],
                                          reason=data["reason"])
        messages.success(request, _("The dispute is decided; the parties have been told."))
        if dispute.in_favour_of == dispute.InFavourOf.BUYER:
            case.refresh_from_db()
            method, _payment = services.refund_method(case.order)
            if method == RefundMethod.CARD:
                _refund_outcome(request, services.refund(case, by=request.user))
            else:
                messages.info(request, _("Record the bank refund once it is sent."))
        return dispute

    return _run(request, DASHBOARD_NS, pk, DecisionForm, step, None)


def case_file(request, pk, file_pk, namespace=BUYER_NS):
    """A photo or evidence file, to a party of its case only (404 for anyone else)."""
    if not request.user.is_authenticated:
        raise Http404("No such file")
    case, _role = _case(request.user, pk)
    record = get_object_or_404(CaseFile, pk=file_pk, request=case)
    try:
        handle = record.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404("No such file") from missing
    response = FileResponse(handle, content_type=record.content_type)
    response["Content-Disposition"] = "inline" if record.content_type.startswith("image/") else "attachment"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


# --- the dashboard's lists and the seller's commitment -----------------------------------------


@dashboard_login_required
def case_list(request):
    """The return requests of the signed-in seller's orders (every one for admins)."""
    if not (selectors.is_admin(request.user) or request.user.partners.exists()):
        raise Http404("No seller")
    status = request.GET.get("status", "")
    cases = selectors.seller_requests(request.user)
    if status in ReturnStatus.values:
        cases = cases.filter(status=status)
    return render(request, "returns/dashboard/case_list.html", {
        "cases": cases[:200], "statuses": ReturnStatus.choices, "status": status,
        "is_admin": selectors.is_admin(request.user),
    })


@dashboard_login_required
def dispute_queue(request):
    """Escalated disputes waiting for an admin, oldest first; the latest decided below."""
    if not selectors.is_admin(request.user):
        raise Http404("Admins only")
    return render(request, "returns/dashboard/dispute_queue.html", {
        "open_disputes": selectors.escalated_disputes(),
        "decided_disputes": selectors.escalated_disputes(decided=True)[:50],
    })


@dashboard_login_required
def policy(request):
    """The signed-in seller states its return commitment."""
    enterprise = (Enterprise.objects.filter(users=request.user).order_by("pk").first()
                  or Enterprise.objects.filter(partner__users=request.user).order_by("pk").first())
    if enterprise is None:
        raise Http404("No seller")
    stated = selectors.policy_of(enterprise)
    form = ReturnPolicyForm(request.POST or None, initial={
        "days_after_delivery": stated.days_after_delivery, "conditions": stated.conditions,
        "return_shipping_paid_by": stated.return_shipping_paid_by})
    if request.method == "POST" and form.is_valid():
        try:
            services.save_policy(enterprise, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(request, _("Your return commitment is saved; buyers see it on their orders."))
            return redirect("returns_dashboard:policy")
    return render(request, "returns/dashboard/policy.html", {
        "form": form, "enterprise": enterprise, "stated": stated})
