from django.urls import path, re_path, reverse_lazy
from oscar.views.decorators import permissions_required

from . import views
from .apps import STAFF_ONLY

app_name = "forex_reports"

# Staff only: anonymous visitors go to the dashboard login, other signed-in users get 403.
staff_only = permissions_required(STAFF_ONLY, login_url=reverse_lazy("dashboard:login"))

DAY = r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
MONTH = r"(?P<year>\d{4})-(?P<month>\d{2})"
FORMAT = r"\.(?P<file_format>csv|xlsx)"

urlpatterns = [
    path("", staff_only(views.PeriodPickView.as_view()), name="forex-pick"),
    re_path(rf"^{DAY}/$", staff_only(views.ReportView.as_view()), name="forex-day"),
    re_path(rf"^{DAY}{FORMAT}$", staff_only(views.download), name="forex-day-download"),
    re_path(rf"^{MONTH}/$", staff_only(views.ReportView.as_view()), name="forex-month"),
    re_path(rf"^{MONTH}{FORMAT}$", staff_only(views.download), name="forex-month-download"),
]
