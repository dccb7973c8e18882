"""The statistics pages of the dashboard (staff only, guarded in urls.py): the page with
charts and tables for a year, and the two CSV files for the statistics bureau."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from . import charts, exports, selectors
from .forms import YearForm, is_offered_year


def statistics_page(request: HttpRequest) -> HttpResponse:
    data = request.GET if "year" in request.GET else {"year": str(timezone.localdate().year)}
    form = YearForm(data)
    if not form.is_valid():
        # The picker shows the error; no figures for a year that cannot have any.
        return render(request, "trade_stats/dashboard/statistics.html", {"form": form},
                      status=400)
    stats = selectors.trade_statistics(form.cleaned_data["year"])
    return render(request, "trade_stats/dashboard/statistics.html", {
        "form": form, "stats": stats, "charts": charts.all_charts(stats),
    })


def _offered(year: int) -> int:
    if not is_offered_year(year):
        raise Http404("No statistics for this year.")
    return year


def _download(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def trade_csv(request: HttpRequest, year: int) -> HttpResponse:
    year = _offered(year)
    return _download(exports.trade_csv(selectors.trade_cells(year)),
                     f"yangjiang-cross-border-trade-{year}.csv")


def enterprises_csv(request: HttpRequest, year: int) -> HttpResponse:
    year = _offered(year)
    return _download(exports.enterprises_csv(year, selectors.enterprise_figures(year)),
                     f"yangjiang-cross-border-enterprises-{year}.csv")
