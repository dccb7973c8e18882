"""Pages of notice and takedown: the public form and tracking link, the moderators' queue,
the seller's cases. Thin: parse, check who asks, call a service, render.

Who sees a case: moderators (and staff) every case; the complainant theirs through the
private link (reference and token); the seller's users the listing cases against their
enterprise once taken down. Anyone else gets the same 404 as for a case that does not
exist, so the answer never tells whether a reference is in use.
"""

import hmac
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from oscar.core.loading import get_model

from catalog.models import ReviewStatus

from . import selectors, services
from .forms import (
    AppealDecisionForm,
    AppealForm,
    ComplaintForm,
    CounterNoticeForm,
    QueueFilterForm,
    ReasonForm,
    ReplyForm,
)
from .models import Complaint, Evidence, ListingCase, Suspension, hash_token

Product = get_model("catalogue", "Product")

#: Compared against when a reference does not exist, so that answer takes as long.
_NO_TOKEN = hash_token("")


# --- guards -----------------------------------------------------------------------------------


def _login_first(request):
    return redirect_to_login(request.get_full_path(), reverse("dashboard:login"))


def moderators_only(view):
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return _login_first(request)
        if not services.is_moderator(request.user):
            raise Http404
        return view(request, *args, **kwargs)
    return guarded


def signed_in(view):
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return _login_first(request)
        return view(request, *args, **kwargs)
    return guarded


def _client_address(request):
    # Behind nginx the address is the proxy's unless Django is told otherwise; the limit
    # then still bounds a burst from every visitor at once, which is the abuse it is for.
    return request.META.get("REMOTE_ADDR") or None


def _serve(evidence):
    try:
        handle = evidence.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, as_attachment=True, filename=evidence.original_name)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _decided(request, done, error=None):
    if error is not None:
        messages.error(request, error.message)
    else:
        messages.success(request, done)


# --- the rights holder ------------------------------------------------------------------------


def file_complaint(request):
    initial = {}
    product_id = request.GET.get("product", "")
    if product_id.isdigit() and len(product_id) <= 12:
        product = Product.objects.filter(pk=int(product_id), is_public=True,
                                         review_status=ReviewStatus.APPROVED).first()
        if product is not None:
            initial["listings"] = request.build_absolute_uri(product.get_absolute_url())
    if request.user.is_authenticated:
        initial.setdefault("email", request.user.email)
    form = ComplaintForm(request.POST or None, request.FILES or None, initial=initial,
                         host=request.get_host(), address=_client_address(request))
    if request.method == "POST" and form.is_valid():
        complaint, token = services.file_complaint(
            facts=form.facts(), listings=form.cleaned_data["listings"],
            evidence=form.all_evidence(),
            filed_by=request.user if request.user.is_authenticated else None,
            filed_from=_client_address(request), language=get_language())
        messages.success(request, _(
            "Your complaint %(reference)s was filed. Keep the address of this page: it is your "
            "private link to follow the case (we also sent it to you by e-mail).")
            % {"reference": complaint.reference})
        return redirect("ip_complaints:track", reference=complaint.reference, token=token)
    return render(request, "ip_complaints/file.html", {"form": form})


def _complaint_by_link(reference, token):
    complaint = Complaint.objects.filter(reference=reference[:20]).first()
    if complaint is None:
        hmac.compare_digest(_NO_TOKEN, hash_token(token))  # as long as a wrong token takes
        raise Http404
    if not complaint.token_matches(token):
        raise Http404
    return complaint


def track(request, reference, token):
    complaint = _complaint_by_link(reference, token)
    form = ReplyForm()
    return _track_page(request, complaint, token, form)


def _track_page(request, complaint, token, form):
    cases = list(complaint.listing_cases.select_related("product").order_by("pk"))
    evidence = Evidence.objects.filter(
        Q(complaint=complaint) | Q(listing_case__in=cases)).order_by("pk")
    response = render(request, "ip_complaints/track.html", {
        "complaint": complaint, "token": token, "cases": cases, "evidence": evidence,
        "events": selectors.events_of_complaint(complaint), "form": form,
    })
    # The token is in the address: never sent on as a referrer, cached or indexed.
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@require_POST
def reply(request, reference, token):
    complaint = _complaint_by_link(reference, token)
    form = ReplyForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.reply_to_request(complaint, message=form.cleaned_data["message"],
                                      evidence=form.cleaned_data["evidence"])
        except services.CaseError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Thank you: your answer was added to the case."))
            return redirect("ip_complaints:track", reference=complaint.reference, token=token)
    return _track_page(request, complaint, token, form)


def complainant_evidence(request, reference, token, pk):
    complaint = _complaint_by_link(reference, token)
    evidence = get_object_or_404(
        Evidence, Q(complaint=complaint) | Q(listing_case__links__complaint=complaint), pk=pk)
    return _serve(evidence)


# --- moderators -------------------------------------------------------------------------------


@moderators_only
def queue(request):
    form = QueueFilterForm(request.GET or {"status": Complaint.Status.NEW})
    if form.is_valid():
        data = form.cleaned_data
        complaints = selectors.queue(status=data["status"], ip_type=data["ip_type"],
                                     overdue=data["overdue"], text=data["q"].strip())
    else:
        complaints = Complaint.objects.none()
    paginator = Paginator(complaints, 25)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except InvalidPage:
        raise Http404 from None
    appeals = Suspension.objects.filter(appeal=Suspension.Appeal.PENDING).select_related(
        "enterprise")
    return render(request, "ip_complaints/dashboard/queue.html", {
        "form": form, "complaints": page.object_list, "page_obj": page, "paginator": paginator,
        "is_paginated": paginator.num_pages > 1, "appeals": appeals,
    })


@moderators_only
def complaint_detail(request, reference):
    complaint = get_object_or_404(Complaint, reference=reference[:20])
    cases = list(complaint.listing_cases.select_related("enterprise", "product").prefetch_related(
        "complaints").order_by("pk"))
    evidence = Evidence.objects.filter(
        Q(complaint=complaint) | Q(listing_case__in=cases)).order_by("pk")
    return render(request, "ip_complaints/dashboard/complaint.html", {
        "complaint": complaint, "cases": cases, "evidence": evidence,
        "events": selectors.events_of_complaint(complaint, for_moderator=True),
        "reason_form": ReasonForm(),
    })


@moderators_only
@require_POST
def complaint_decision(request, reference, action):
    complaint = get_object_or_404(Complaint, reference=reference[:20])
    form = ReasonForm(request.POST)
    if not form.is_valid():
        for error in form.errors.get("reason", []):
            messages.error(request, error)
        return redirect("ip_complaints_dashboard:complaint", reference=complaint.reference)
    decide, done = {
        "request-info": (lambda c, **kw: services.request_information(c, message=kw.pop(
            "reason"), **kw), _("The complainant was asked for more information.")),
        "reject": (services.reject_complaint, _("The complaint was rejected; the complainant "
                                                "has been told why.")),
    }[action]
    try:
        decide(complaint, decided_by=request.user, reason=form.cleaned_data["reason"])
    except services.CaseError as error:
        _decided(request, done, error)
    else:
        _decided(request, done)
    return redirect("ip_complaints_dashboard:complaint", reference=complaint.reference)


@moderators_only
def case_detail(request, pk):
    case = get_object_or_404(ListingCase.objects.select_related("enterprise", "product"), pk=pk)
    return render(request, "ip_complaints/dashboard/case.html", {
        "case": case, "complaints": case.complaints.order_by("pk"),
        "evidence": Evidence.objects.filter(listing_case=case),
        "events": case.events.select_related("user", "complaint"),
        "reason_form": ReasonForm(),
    })


CASE_ACTIONS = {
    "take-down": (services.take_down, lambda: _("The listing was taken down; the seller and "
                                                "the complainants have been told.")),
    "dismiss": (services.dismiss_listing, lambda: _("No action taken on the listing.")),
    "reinstate": (services.reinstate, lambda: _("The listing is back on sale.")),
    "keep-down": (services.keep_down, lambda: _("The takedown is upheld; a strike was "
                                                "recorded against the seller.")),
}


@moderators_only
@require_POST
def case_decision(request, pk, action):
    case = get_object_or_404(ListingCase, pk=pk)
    decide, done = CASE_ACTIONS[action]
    back = request.POST.get("back", "")
    complaint = case.complaints.filter(reference=back[:20]).first() if back else None
    target = (reverse("ip_complaints_dashboard:complaint", args=[complaint.reference])
              if complaint else reverse("ip_complaints_dashboard:case", args=[case.pk]))
    form = ReasonForm(request.POST)
    if not form.is_valid():
        for error in form.errors.get("reason", []):
            messages.error(request, error)
        return redirect(target)
    try:
        decide(case, decided_by=request.user, reason=form.cleaned_data["reason"])
    except services.CaseError as error:
        _decided(request, "", error)
    else:
        _decided(request, done())
    return redirect(target)


@moderators_only
def suspension_detail(request, pk):
    suspension = get_object_or_404(Suspension.objects.select_related("enterprise"), pk=pk)
    form = AppealDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.decide_appeal(suspension, decided_by=request.user,
                                   grant=form.cleaned_data["grant"],
                                   reason=form.cleaned_data["reason"])
        except services.CaseError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The appeal was decided; the seller has been told."))
        return redirect("ip_complaints_dashboard:suspension", pk=suspension.pk)
    return render(request, "ip_complaints/dashboard/suspension.html", {
        "suspension": suspension, "form": form,
        "strikes": suspension.strikes.select_related("listing_case"),
        "events": suspension.events.select_related("user"),
    })


@signed_in
def evidence_file(request, pk):
    """Evidence for moderators, and for the seller once their listing was taken down."""
    evidence = get_object_or_404(Evidence.objects.select_related("listing_case"), pk=pk)
    user = request.user
    if not services.is_moderator(user):
        # The seller's own evidence, or the evidence of a complaint behind their takedown.
        belongs = (Q(pk=evidence.listing_case_id) if evidence.listing_case_id
                   else Q(links__complaint_id=evidence.complaint_id))
        if not selectors.seller_cases(user).filter(belongs).exists():
            raise Http404
    return _serve(evidence)


# --- the seller -------------------------------------------------------------------------------


@signed_in
def seller_cases(request):
    return render(request, "ip_complaints/seller/cases.html", {
        "cases": selectors.seller_cases(request.user),
        "suspensions": selectors.seller_suspensions(request.user),
    })


@signed_in
def seller_case(request, pk):
    case = get_object_or_404(selectors.seller_cases(request.user), pk=pk)
    form = CounterNoticeForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.counter_notice(case, user=request.user,
                                    statement=form.cleaned_data["statement"],
                                    evidence=form.cleaned_data["evidence"])
        except services.CaseError as error:
            messages.error(request, error.message)
        except PermissionDenied:
            raise Http404 from None
        else:
            messages.success(request, _("Your counter-notice was sent; a moderator will "
                                        "decide and tell you."))
            return redirect("ip_complaints_dashboard:seller-case", pk=case.pk)
    complaints = case.complaints.exclude(status=Complaint.Status.REJECTED).order_by("pk")
    return render(request, "ip_complaints/seller/case.html", {
        "case": case, "complaints": complaints, "form": form,
        "evidence": Evidence.objects.filter(
            Q(listing_case=case) | Q(complaint__in=complaints)).order_by("pk"),
        "events": selectors.events_for_seller(case),
    })


@signed_in
def seller_appeal(request, pk):
    suspension = get_object_or_404(selectors.seller_suspensions(request.user), pk=pk)
    form = AppealForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.appeal_suspension(suspension, user=request.user,
                                       statement=form.cleaned_data["statement"])
        except services.CaseError as error:
            messages.error(request, error.message)
        except PermissionDenied:
            raise Http404 from None
        else:
            messages.success(request, _("Your appeal was sent; a moderator will decide and "
                                        "tell you."))
        return redirect("ip_complaints_dashboard:seller-appeal", pk=suspension.pk)
    return render(request, "ip_complaints/seller/appeal.html", {
        "suspension": suspension, "form": form,
        "strikes": suspension.strikes.select_related("listing_case"),
        "events": suspension.events.all(),
    })
