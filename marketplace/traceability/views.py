"""Pages of batches and trace codes.

Dashboard (/dashboard/batches/): a seller's user manages the batches of its own products,
staff all; another seller's batch, document or order line is "not found" (404).
Resolver (/01/<GTIN-14>/10/<lot>, outside the language prefix): the public trace page in the
visitor's language (LocaleMiddleware reads Accept-Language for unprefixed paths), or a
"not a genuine code" page with status 404. Every opening is counted (services.record_scan).
"""

from __future__ import annotations

import os
from urllib.parse import unquote

from biip import ParseError
from biip.gs1_messages import GS1Message
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from oscar.core.loading import get_model

from . import conf, gs1, labels, selectors, services, symbols
from .forms import (
    AllocationForm,
    BatchDocumentForm,
    BatchFilterForm,
    BatchForm,
    TraceCodeEntryForm,
)
from .models import Batch, BatchAllocation, BatchDocument

Product = get_model("catalogue", "Product")
Order = get_model("order", "Order")

#: A urlconf without language prefixes, set on the request of a "not a genuine code" answer:
#: LocaleMiddleware would otherwise turn any 404 of an unprefixed path into a redirect to
#: /<lang>/<path>/ (which Wagtail's catch-all seems to accept) instead of showing it.
PLAIN_URLCONF = "marketplace.traceability.plain_urlconf"


def _require_dashboard_user(request):
    if not request.user.is_staff and not selectors.enterprises_of(request.user).exists():
        raise PermissionDenied


def _batch_or_404(request, pk) -> Batch:
    return get_object_or_404(selectors.batches_for(request.user), pk=pk)


# --- dashboard: batches ------------------------------------------------------------------------

def batch_list(request):
    _require_dashboard_user(request)
    form = BatchFilterForm(request.GET or None)
    batches = selectors.batches_for(request.user)
    if form.is_valid():
        text, status = form.cleaned_data["q"].strip(), form.cleaned_data["status"]
        if text:
            batches = batches.filter(Q(lot_number__icontains=text)
                                     | Q(product__title__icontains=text))
        if status:
            batches = batches.filter(status=status)
    product = None
    if request.GET.get("product", "").isdigit():
        product = get_object_or_404(selectors.products_for(request.user),
                                    pk=int(request.GET["product"]))
        batches = batches.filter(product=product)
    return render(request, "traceability/dashboard/batch_list.html", {
        "form": form, "batches": batches[:200], "product": product})


def batch_form(request, pk=None):
    _require_dashboard_user(request)
    batch = _batch_or_404(request, pk) if pk else Batch()
    initial = {}
    if pk is None and request.GET.get("product", "").isdigit():
        initial["product"] = request.GET["product"]
    form = BatchForm(request.POST or None, instance=batch, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        batch = services.save_batch(form.save(commit=False))
        messages.success(request, _("Batch %(lot)s is saved.") % {"lot": batch.lot_number})
        return redirect("traceability_dashboard:batch-detail", pk=batch.pk)
    product = form.instance.product if batch.pk else None
    seafood_products = [p.pk for p in form.fields["product"].queryset if selectors.is_seafood(p)]
    return render(request, "traceability/dashboard/batch_form.html", {
        "form": form, "batch": batch if batch.pk else None, "product": product,
        "seafood_products": seafood_products,
        "is_seafood": product is not None and selectors.is_seafood(product)})


def batch_detail(request, pk, document_form=None):
    _require_dashboard_user(request)
    batch = _batch_or_404(request, pk)
    code = selectors.trace_code_of(batch)
    base = conf.base_url(request)
    allocations = (BatchAllocation.objects.filter(batch=batch)
                   .select_related("line__order", "line__order__shipping_address__country"))
    if not request.user.is_staff:
        allocations = allocations.filter(line__partner__enterprise=batch.enterprise)
    batches = Batch.objects.filter(pk=batch.pk)
    found = selectors.shipments(batch)
    return render(request, "traceability/dashboard/batch_detail.html", {
        "batch": batch, "code": code, "trace_uri": code.uri(base) if code else "",
        "qr_svg": symbols.qr_svg(code.uri(base)) if code else "",
        "barcode_svg": symbols.gs1_128_svg(code) if code else "",
        "documents": batch.documents.all(), "allocations": allocations,
        "document_form": document_form or BatchDocumentForm(),
        "shipments": found, "by_country": selectors.shipments_by_country(found),
        "scans_by_day": selectors.scans_by_day(batches),
        "scans_by_country": selectors.scans_by_country(batches),
        "is_seafood": selectors.is_seafood(batch.product),
        "labels_per_page": conf.labels_per_page()})


@require_POST
def document_create(request, pk):
    _require_dashboard_user(request)
    batch = _batch_or_404(request, pk)
    form = BatchDocumentForm(request.POST, request.FILES, instance=BatchDocument(batch=batch))
    if not form.is_valid():
        response = batch_detail(request, pk, document_form=form)
        response.status_code = 400
        return response
    document = services.add_document(form.save(commit=False))
    messages.success(request, _("%(title)s is recorded.") % {"title": document.title})
    return redirect("traceability_dashboard:batch-detail", pk=batch.pk)


def document_file(request, name):
    """A batch document's file, to its seller's users and staff; anyone else gets 404."""
    _require_dashboard_user(request)
    document = get_object_or_404(selectors.documents_for(request.user), file=name)
    return FileResponse(document.file.open("rb"), as_attachment=True,
                        filename=os.path.basename(document.file.name))


def _code_or_404(request, pk):
    batch = _batch_or_404(request, pk)
    code = selectors.trace_code_of(batch)
    if code is None:
        raise Http404("The product has no GTIN")
    return batch, code


def label_sheet(request, pk):
    batch, code = _code_or_404(request, pk)
    count = request.GET.get("count", "")
    count = int(count) if count.isdigit() and 0 < int(count) <= 1000 else None
    pdf = labels.render_label_sheet(batch, code, conf.base_url(request), count=count)
    response = HttpResponse(pdf, content_type="application/pdf")
    safe_lot = "".join(c if c.isalnum() or c in "-." else "_" for c in batch.lot_number)
    response["Content-Disposition"] = f'attachment; filename="labels-{batch.product_id}-{safe_lot}.pdf"'
    return response


def qr_image(request, pk, kind):
    batch, code = _code_or_404(request, pk)
    uri = code.uri(conf.base_url(request))
    if kind == "png":
        return HttpResponse(symbols.qr_png(uri), content_type="image/png")
    return HttpResponse(symbols.qr_svg(uri), content_type="image/svg+xml")


def barcode_image(request, pk, kind):
    batch, code = _code_or_404(request, pk)
    if kind == "png":
        return HttpResponse(symbols.gs1_128_png(code), content_type="image/png")
    return HttpResponse(symbols.gs1_128_svg(code), content_type="image/svg+xml")


def scan_counts(request):
    _require_dashboard_user(request)
    batches = selectors.batches_for(request.user)
    failed = selectors.failed_scans_for(request.user)
    return render(request, "traceability/dashboard/scans.html", {
        "by_batch": selectors.scans_by_batch(batches),
        "by_country": selectors.scans_by_country(batches),
        "by_day": selectors.scans_by_day(batches),
        "failed": selectors.failed_scans_summary(failed)})


# --- dashboard: allocations on an order ---------------------------------------------------------

@require_POST
def allocate(request, number):
    _require_dashboard_user(request)
    order = get_object_or_404(Order, number=number)
    back = reverse("dashboard:order-detail", kwargs={"number": order.number}) + "#order_batches"
    form = AllocationForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a batch and a quantity of at least 1."))
        return redirect(back)
    line = get_object_or_404(selectors.lines_for(request.user, order), pk=form.cleaned_data["line"])
    batch = get_object_or_404(selectors.batches_for(request.user), pk=form.cleaned_data["batch"])
    try:
        services.allocate(line, batch, form.cleaned_data["quantity"], by=request.user)
    except services.AllocationRefused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("%(quantity)s units of %(title)s come from lot %(lot)s.") % {
            "quantity": form.cleaned_data["quantity"], "title": line.title,
            "lot": batch.lot_number})
    return redirect(back)


@require_POST
def remove_allocation(request, pk):
    _require_dashboard_user(request)
    allocation = get_object_or_404(
        BatchAllocation.objects.select_related("line__order", "line__partner"), pk=pk)
    if not selectors.lines_for(request.user, allocation.line.order).filter(
            pk=allocation.line_id).exists():
        raise Http404
    services.remove_allocation(allocation)
    messages.success(request, _("The allocation is removed."))
    return redirect(reverse("dashboard:order-detail",
                            kwargs={"number": allocation.line.order.number}) + "#order_batches")


# --- the public trace page ---------------------------------------------------------------------

@never_cache
def resolve(request, rest):
    """/01/<GTIN>/10/<lot>[...]: the trace page of a batch, or "not a genuine code"."""
    query = request.META.get("QUERY_STRING", "")
    try:
        code, plain_reading_error = gs1.parse_path("/01/" + rest, query)
    except gs1.InvalidTraceCode as error:
        return not_genuine(request, error)
    # Shortened GTINs, a serial or a trailing slash: one address per batch, the canonical.
    if unquote(code.path) != request.path_info:
        return HttpResponsePermanentRedirect(code.path + (f"?{query}" if query else ""))
    try:
        batch = selectors.batch_of_code(code)
    except gs1.InvalidTraceCode as error:
        if plain_reading_error is not None and error.reason == error.UNKNOWN_LOT:
            error = plain_reading_error  # /10/A/99/x: extra segments, not a lot "A/99/x"
        return not_genuine(request, error, gtin=code.gtin)
    services.record_scan(batch, request)
    found = selectors.shipments(batch)
    enterprise = batch.enterprise
    return render(request, "traceability/trace.html", {
        "batch": batch, "product": batch.product, "code": code, "enterprise": enterprise,
        "verified": enterprise.is_public,
        "approved_on": enterprise.decisions.filter(decision="approved").values_list(
            "created_at", flat=True).first() if enterprise.is_public else None,
        "documents": selectors.public_documents(batch), "shipments": found,
        "by_country": selectors.shipments_by_country(found),
        "is_seafood": selectors.is_seafood(batch.product)})


def not_genuine(request, error: gs1.InvalidTraceCode, *, gtin: str = ""):
    services.record_failed_scan(error, request, gtin=gtin)
    response = render(request, "traceability/not_genuine.html", {"reason": error.reason},
                      status=404)
    request.urlconf = PLAIN_URLCONF
    return response


def code_entry(request):
    """"Enter the code on your label": (01)…(10)… as printed, or the trace URL."""
    form = TraceCodeEntryForm(request.GET or None)
    if form.is_valid():
        text = form.cleaned_data["code"].strip()
        code = _code_from_text(text)
        if code is not None:
            return redirect(code.path)
        form.add_error("code", _("This is not a trace code: check the characters under the "
                                 "barcode, e.g. (01)06901234567892(10)A123."))
    return render(request, "traceability/code_entry.html", {"form": form})


def _code_from_text(text: str) -> gs1.TraceCode | None:
    if text.lower().startswith(("http://", "https://")):
        try:
            return gs1.parse(text)
        except gs1.InvalidTraceCode:
            return None
    try:
        message = (GS1Message.parse_hri(text) if text.startswith("(")
                   else GS1Message.parse(text))
    except (ParseError, ValueError):
        return None
    gtin, lot = message.element_strings.get(ai="01"), message.element_strings.get(ai="10")
    if gtin is None or lot is None or gtin.gtin is None or gtin.gtin_error:
        return None
    return gs1.TraceCode(gtin.value, lot.value)
