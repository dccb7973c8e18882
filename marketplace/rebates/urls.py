from django.urls import path, re_path, reverse_lazy
from oscar.views.decorators import permissions_required

from . import views
from .apps import STAFF_ONLY

app_name = "rebates"

# Staff only: anonymous visitors go to the dashboard login, other signed-in users get 403.
staff_only = permissions_required(STAFF_ONLY, login_url=reverse_lazy("dashboard:login"))

urlpatterns = [
    path("", staff_only(views.RatesView.as_view()), name="rebates-rates"),
    path("rebates/", staff_only(views.RebateMonthPickView.as_view()), name="rebates-pick-month"),
    re_path(r"^rebates/(?P<year>\d{4})-(?P<month>\d{2})/$", staff_only(views.RebateMonthView.as_view()),
            name="rebates-month"),
    re_path(r"^rebates/(?P<year>\d{4})-(?P<month>\d{2})\.(?P<file_format>csv|xlsx)$",
            staff_only(views.rebate_download), name="rebates-download"),
    path("slips/", staff_only(views.TaxSlipListView.as_view()), name="rebates-slips"),
]
