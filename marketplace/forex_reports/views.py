"""Staff pages of the forex settlement report: a day or a month on the page, as CSV and
XLSX, and the day's submission to the forex outbox."""

from __future__ import annotations

import calendar
from datetime import date

from django.contrib import messages
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from . import report, services, sheets
from .forms import PeriodForm
from .models import SettlementReportSubmission


class BadPeriod(ValueError):
    pass


def _period(year: str, month: str, day: str | None = None) -> tuple[date, date]:
    try:
        if day is None:
            first = date(int(year), int(month), 1)
            return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
        single = date(int(year), int(month), int(day))
        return single, single
    except ValueError as error:
        raise BadPeriod(str(error)) from error


def _bad_request(year, month, day=None) -> HttpResponse:
    asked = f"{year}-{month}" + (f"-{day}" if day else "")
    return HttpResponseBadRequest(_("There is no day or month %(asked)s: use YYYY-MM-DD or YYYY-MM.")
                                  % {"asked": asked}, content_type="text/plain; charset=utf-8")


class PeriodPickView(View):
    def get(self, request):
        form = PeriodForm(request.GET or None)
        if form.is_valid():
            if form.cleaned_data.get("day"):
                chosen = form.cleaned_data["day"]
                return redirect("forex_reports:forex-day", year=f"{chosen:%Y}", month=f"{chosen:%m}",
                                day=f"{chosen:%d}")
            year, month = form.cleaned_data["month"].split("-")
            return redirect("forex_reports:forex-month", year=year, month=month)
        if request.GET:
            return render(request, "forex_reports/dashboard/report.html", {"form": form}, status=400)
        chosen = services.yesterday(timezone.localdate())
        return redirect("forex_reports:forex-day", year=f"{chosen:%Y}", month=f"{chosen:%m}", day=f"{chosen:%d}")


class ReportView(View):
    """A day's or a month's payments; a day's report can be submitted from its page."""

    template_name = "forex_reports/dashboard/report.html"

    def get(self, request, year, month, day=None):
        try:
            start, end = _period(year, month, day)
        except BadPeriod:
            return _bad_request(year, month, day)
        return self.render(start, end, daily=day is not None)

    def post(self, request, year, month, day=None):
        try:
            start, end = _period(year, month, day)
        except BadPeriod:
            return _bad_request(year, month, day)
        if day is None:
            return HttpResponseBadRequest(_("Reports are submitted per day."), content_type="text/plain; charset=utf-8")
        try:
            submission = services.submit_day(start, user=request.user)
        except services.ReportIncomplete as incomplete:
            messages.error(request, _("Not submitted: %(count)d payments cannot be valued; fix them first.")
                           % {"count": len(incomplete.lines)})
            return self.render(start, end, daily=True, status=400)
        messages.success(request, _("The report of %(day)s is recorded for the forex administration as revision "
                                    "%(rev)d.") % {"day": start.isoformat(), "rev": submission.revision})
        return redirect("forex_reports:forex-day", year=year, month=month, day=day)

    def render(self, start, end, *, daily, status=200):
        built = report.build(start, end)
        kwargs = {"year": f"{start:%Y}", "month": f"{start:%m}"}
        if daily:
            kwargs["day"] = f"{start:%d}"
        return render(self.request, self.template_name, {
            "form": PeriodForm(initial={"day": start} if daily else {"month": f"{start:%Y-%m}"}),
            "report": built, "daily": daily, "columns": report.COLUMNS,
            "rows": [line.as_row() for line in built.lines], "totals": built.totals_rows(), "notes": report.NOTES,
            "csv_url_kwargs": {**kwargs, "file_format": "csv"}, "xlsx_url_kwargs": {**kwargs, "file_format": "xlsx"},
            "submissions": (SettlementReportSubmission.objects.filter(day=start).select_related("outbox_message")
                            if daily else ()),
        }, status=status)


def download(request, year, month, file_format, day=None):
    try:
        start, end = _period(year, month, day)
    except BadPeriod:
        return _bad_request(year, month, day)
    built = report.build(start, end)
    rows = [line.as_row() for line in built.lines]
    if file_format == "csv":
        body, content_type = sheets.write_csv(report.COLUMNS, rows, built.totals_rows()), sheets.CSV_CONTENT_TYPE
    else:
        body = sheets.write_xlsx(report.COLUMNS, rows, built.totals_rows(), title=f"FX {built.period}",
                                 notes=report.NOTES)
        content_type = sheets.XLSX_CONTENT_TYPE
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="fx-settlement-{built.period}.{file_format}"'
    return response
