"""Staff pages of the tax reports: the rebate-rate table and its upload, the monthly rebate
report (preview, CSV, XLSX, submission) and the e-tax slips."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from marketplace.forex_reports import sheets
from marketplace.product_import.files import FileProblem

from . import rate_upload, report, services
from .forms import MonthForm, RateUploadForm
from .models import RebateRate, RebateReportSubmission, SlipMatch, TaxSlipRecord

RATES_PER_PAGE = 100
SLIPS_PER_PAGE = 100


def _bad_month(year: str, month: str) -> HttpResponse | None:
    if not 1 <= int(month) <= 12 or not 2000 <= int(year) <= 2100:
        return HttpResponseBadRequest(_("There is no month %(year)s-%(month)s: use YYYY-MM with a month from 01 to 12.")
                                      % {"year": year, "month": month}, content_type="text/plain; charset=utf-8")
    return None


class RatesView(View):
    """The rate table in force and upcoming, and the upload that adds to it."""

    template_name = "rebates/dashboard/rates.html"

    def get(self, request):
        return self.render(RateUploadForm())

    def post(self, request):
        form = RateUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render(form, status=400)
        upload = form.cleaned_data["file"]
        try:
            result = rate_upload.load_rates(upload.read(), form.file_format)
        except FileProblem as problem:
            form.add_error("file", str(problem))
            return self.render(form, status=400)
        if not result.ok:
            return self.render(form, status=400, errors=result.errors)
        messages.success(request, _("%(created)d rates added, %(unchanged)d already in the table.")
                         % {"created": result.created, "unchanged": result.unchanged})
        for closed in result.closed:
            messages.info(request, closed)
        return redirect("rebates:rebates-rates")

    def render(self, form, *, status=200, errors=()):
        rates = Paginator(RebateRate.objects.order_by("hs_prefix", "-valid_from"), RATES_PER_PAGE)
        return render(self.request, self.template_name, {
            "form": form, "row_errors": errors, "today": timezone.localdate(),
            "rates": rates.get_page(self.request.GET.get("page")), "columns": rate_upload.COLUMNS,
        }, status=status)


class RebateMonthPickView(View):
    def get(self, request):
        form = MonthForm(request.GET or None)
        if form.is_valid():
            year, month = form.cleaned_data["month"].split("-")
            return redirect("rebates:rebates-month", year=year, month=month)
        if request.GET:
            return render(request, "rebates/dashboard/month.html", {"form": form}, status=400)
        year, month = services.previous_month(timezone.localdate())
        return redirect("rebates:rebates-month", year=f"{year:04d}", month=f"{month:02d}")


class RebateMonthView(View):
    """The month's report as a page, with its downloads and the submission to the tax outbox."""

    template_name = "rebates/dashboard/month.html"

    def get(self, request, year, month):
        return _bad_month(year, month) or self.render(int(year), int(month))

    def post(self, request, year, month):
        bad = _bad_month(year, month)
        if bad:
            return bad
        try:
            submission = services.submit_month(int(year), int(month), user=request.user)
        except services.ReportIncomplete as incomplete:
            messages.error(request, _("Not submitted: %(count)d lines cannot be valued; fix them first.")
                           % {"count": len(incomplete.lines)})
            return self.render(int(year), int(month), status=400)
        messages.success(request, _("The report of %(period)s is recorded for the tax office as revision %(rev)d.")
                         % {"period": f"{year}-{month}", "rev": submission.revision})
        return redirect("rebates:rebates-month", year=year, month=month)

    def render(self, year, month, *, status=200):
        built = report.build_month(year, month)
        first = date(year, month, 1)
        return render(self.request, self.template_name, {
            "form": MonthForm(initial={"month": f"{year:04d}-{month:02d}"}),
            "report": built, "columns": report.COLUMNS, "rows": [line.as_row() for line in built.lines],
            "totals": built.totals_row(), "notes": report.NOTES,
            "year": f"{year:04d}", "month": f"{month:02d}",
            "submissions": RebateReportSubmission.objects.filter(month=first).select_related("outbox_message"),
        }, status=status)


def rebate_download(request, year, month, file_format):
    bad = _bad_month(year, month)
    if bad:
        return bad
    built = report.build_month(int(year), int(month))
    rows = [line.as_row() for line in built.lines]
    name = f"vat-rebate-{built.period}.{file_format}"
    if file_format == "csv":
        body, content_type = sheets.write_csv(report.COLUMNS, rows, [built.totals_row()]), sheets.CSV_CONTENT_TYPE
    else:
        body = sheets.write_xlsx(report.COLUMNS, rows, [built.totals_row()], title=f"VAT rebate {built.period}",
                                 notes=report.NOTES)
        content_type = sheets.XLSX_CONTENT_TYPE
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


class TaxSlipListView(View):
    """E-tax slips as received, each compared with the platform's tax for its order."""

    template_name = "rebates/dashboard/slips.html"

    def get(self, request):
        slips = TaxSlipRecord.objects.all()
        match = request.GET.get("match", "")
        if match in SlipMatch.values:
            slips = slips.filter(match=match)
        else:
            match = ""
        page = Paginator(slips, SLIPS_PER_PAGE).get_page(request.GET.get("page"))
        return render(request, self.template_name, {"slips": page, "match": match, "matches": SlipMatch.choices})
