"""Pages of requests for quotation: thin views that parse, call a service and render.

Buyer pages take the RFQ through selectors.rfq_for_buyer, seller pages through
selectors.rfq_for_seller: anybody else gets a 404, as if the RFQ did not exist.
"""

import os

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from oscar.core.loading import get_model

from catalog.models import ReviewStatus

from . import selectors, services
from .forms import MessageForm, QuoteForm, QuoteTierFormSet, RfqForm
from .models import Attachment, Quote
from .uploads import CONTENT_TYPES, EXTENSIONS

Product = get_model("catalogue", "Product")


def _product_from(request):
    raw = request.GET.get("product") or request.POST.get("product")
    if not raw:
        return None
    if not str(raw).isdigit():
        raise Http404("No such product")
    # Only what the catalogue shows: public and approved in moderation.
    return get_object_or_404(Product.objects.browsable().filter(review_status=ReviewStatus.APPROVED), pk=int(raw))


def _form_errors(form, error: ValidationError):
    """Put a service's ValidationError on the form's fields (or on the form)."""
    if hasattr(error, "error_dict"):
        for field, field_errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, field_errors)
    else:
        form.add_error(None, error)


@login_required
def create_rfq(request):
    """Request a quote: for ?product=<id> (its seller is asked) or in free text (a cluster's sellers)."""
    product = _product_from(request)
    if request.method == "POST":
        form = RfqForm(request.POST, request.FILES, product=product)
        if form.is_valid():
            try:
                rfq = services.create_rfq(
                    buyer=request.user, language=request.LANGUAGE_CODE, **form.service_kwargs())
            except services.RfqError as error:
                form.add_error(None, error.message)
            except ValidationError as error:
                _form_errors(form, error)
            else:
                messages.success(request, _("Your request was sent to %(count)s seller(s).")
                                 % {"count": rfq.partners.count()})
                return redirect("rfq:detail", pk=rfq.pk)
    else:
        initial = {"target_currency": getattr(request, "display_currency", "") or ""}
        form = RfqForm(product=product, initial=initial)
    return render(request, "rfq/rfq_form.html", {"form": form, "product": product})


@login_required
def buyer_list(request):
    rfqs = selectors.buyer_rfqs(request.user)
    return render(request, "rfq/buyer_list.html", {
        "rfqs": rfqs, "unread_count": selectors.unread_count(request.user),
    })


@login_required
def buyer_detail(request, pk):
    """The buyer's RFQ, its quotes side by side, and its conversations with the sellers asked."""
    rfq = selectors.rfq_for_buyer(request.user, pk)
    return render(request, "rfq/buyer_detail.html", {
        "rfq": rfq,
        "quotes": selectors.quotes_to_compare(rfq),
        "threads": selectors.buyer_thread_summaries(request.user, rfq),
        "attachments": rfq.attachments.all(),
        "can_accept": rfq.status in rfq.LIVE_STATUSES,
    })


@login_required
@require_POST
def accept(request, pk, quote_pk):
    rfq = selectors.rfq_for_buyer(request.user, pk)
    quote = get_object_or_404(Quote, pk=quote_pk, rfq=rfq)
    try:
        result = services.accept_quote(quote, request.user, strategy=getattr(request, "strategy", None))
    except services.RfqError as error:
        messages.error(request, error.message)
        return redirect("rfq:detail", pk=rfq.pk)
    messages.success(request, _("You accepted the quote of %(seller)s.") % {"seller": quote.partner.name})
    if result.basket_line is not None:
        messages.info(request, _("The product is in your basket at the quoted quantity."))
    elif result.basket_note:
        messages.warning(request, result.basket_note)
    return redirect("rfq:detail", pk=rfq.pk)


@login_required
@require_POST
def close(request, pk):
    rfq = selectors.rfq_for_buyer(request.user, pk)
    try:
        services.close_rfq(rfq, user=request.user)
    except services.RfqError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your request is closed."))
    return redirect("rfq:detail", pk=rfq.pk)


def _thread_page(request, *, rfq, partner, as_seller, template, redirect_to):
    thread = selectors.thread_for(rfq, partner)
    if request.method == "POST":
        form = MessageForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                services.post_message(
                    rfq=rfq, partner=partner, sender=request.user, as_seller=as_seller,
                    body=form.cleaned_data["body"], attachments=form.cleaned_data["attachments"])
            except services.RfqError as error:
                form.add_error(None, error.message)
            except ValidationError as error:
                _form_errors(form, error)
            else:
                return redirect_to
    else:
        form = MessageForm()
    if thread is not None:
        services.mark_thread_read(thread, request.user)
    return render(request, template, {
        "rfq": rfq, "partner": partner, "thread": thread, "form": form,
        "thread_messages": selectors.thread_messages(thread), "as_seller": as_seller,
    })


@login_required
def buyer_thread(request, pk, partner_pk):
    """The buyer's conversation with one seller it asked."""
    rfq = selectors.rfq_for_buyer(request.user, pk)
    partner = get_object_or_404(rfq.partners.all(), pk=partner_pk)
    return _thread_page(request, rfq=rfq, partner=partner, as_seller=False, template="rfq/thread.html",
                        redirect_to=redirect("rfq:thread", pk=rfq.pk, partner_pk=partner.pk))


# --- the seller's side -------------------------------------------------------------------


@login_required
def seller_list(request):
    rfqs = selectors.seller_rfqs(request.user)
    if not selectors.partners_of(request.user).exists():
        raise Http404("Not a seller")
    return render(request, "rfq/seller_list.html", {
        "rfqs": rfqs, "unread_count": selectors.unread_count(request.user),
    })


@login_required
def seller_detail(request, pk):
    """An RFQ the seller was asked, its own quotes on it, and the quote form."""
    rfq, partner = selectors.rfq_for_seller(request.user, pk)
    if request.method == "POST":
        form = QuoteForm(request.POST, rfq=rfq)
        tiers = QuoteTierFormSet(request.POST, prefix="tiers")
        if form.is_valid() and tiers.is_valid():
            try:
                services.submit_quote(rfq=rfq, partner=partner, author=request.user,
                                      tiers=tiers.tiers(), **form.service_kwargs())
            except services.RfqError as error:
                form.add_error(None, error.message)
            except ValidationError as error:
                _form_errors(form, error)
            else:
                messages.success(request, _("Your quote was sent to the buyer."))
                return redirect("rfq:seller-detail", pk=rfq.pk)
    else:
        form = QuoteForm(rfq=rfq)
        tiers = QuoteTierFormSet(prefix="tiers", initial=[{"min_quantity": rfq.quantity}])
    thread = selectors.thread_for(rfq, partner)
    return render(request, "rfq/seller_detail.html", {
        "rfq": rfq, "partner": partner, "form": form, "tiers": tiers,
        "quotes": selectors.seller_quotes(rfq, partner), "attachments": rfq.attachments.all(),
        "thread": thread,
        "unread": thread is not None and thread.pk in selectors.unread_thread_ids(request.user, [thread]),
    })


@login_required
def seller_thread(request, pk):
    rfq, partner = selectors.rfq_for_seller(request.user, pk)
    return _thread_page(request, rfq=rfq, partner=partner, as_seller=True, template="rfq/thread.html",
                        redirect_to=redirect("rfq:seller-thread", pk=rfq.pk))


# --- files -------------------------------------------------------------------------------


@login_required
def attachment_file(request, name):
    """An RFQ's or a message's file, to the buyer and to the users of the seller(s) concerned.

    Anybody else gets a 404 that does not tell whether the file exists. The file is sent
    as a download with the content type its checked content has, never rendered inline.
    """
    attachment = get_object_or_404(Attachment.objects.select_related("rfq", "message__thread"), file=name)
    user = request.user
    if attachment.rfq_id is not None:
        rfq = attachment.rfq
        allowed = rfq.buyer_id == user.pk or rfq.partners.filter(users=user).exists()
    else:
        thread = attachment.message.thread
        allowed = thread.buyer_id == user.pk or thread.partner.users.filter(pk=user.pk).exists()
        # Staff read an order's thread (a dispute, a claim), files included.
        allowed = allowed or (bool(thread.order_number) and user.is_staff)
    if not allowed:
        raise Http404
    extension = os.path.splitext(attachment.name)[1].lower()
    response = FileResponse(
        attachment.file.open("rb"), as_attachment=True, filename=attachment.name,
        content_type=CONTENT_TYPES.get(EXTENSIONS.get(extension), "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
