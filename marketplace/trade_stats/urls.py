from django.urls import path, reverse_lazy
from oscar.views.decorators import permissions_required

from . import views
from .apps import STAFF_ONLY

app_name = "trade_stats"

# Oscar's dashboard guard: anonymous visitors go to the dashboard login, signed-in users who
# are not staff get 403 (sellers included: the tier table holds every seller's annual value).
staff_only = permissions_required(STAFF_ONLY, login_url=reverse_lazy("dashboard:login"))

# Names carry the app's prefix: Oscar's dashboard menu looks URL names up across every
# dashboard app without their namespace.
urlpatterns = [
    path("", staff_only(views.statistics_page), name="statistics-index"),
    path("<int:year>.csv", staff_only(views.trade_csv), name="statistics-csv"),
    path("<int:year>-enterprises.csv", staff_only(views.enterprises_csv),
         name="statistics-enterprises-csv"),
]
