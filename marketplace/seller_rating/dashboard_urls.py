from django.contrib.auth.decorators import login_required
from django.urls import path, reverse_lazy
from oscar.views.decorators import permissions_required

from . import views

app_name = "seller_rating_dashboard"

# Oscar's dashboard guard: anonymous visitors go to the dashboard login, signed-in users
# who are not staff get 403.
staff_only = permissions_required((["is_staff"],), login_url=reverse_lazy("dashboard:login"))
signed_in = login_required(login_url=reverse_lazy("dashboard:login"))

urlpatterns = [
    path("", staff_only(views.RatingListView.as_view()), name="list"),
    path("mine/", signed_in(views.DashboardBreakdownView.as_view(own=True)), name="mine"),
    path("<int:pk>/", staff_only(views.DashboardBreakdownView.as_view()), name="detail"),
    path("<int:pk>/recompute/", staff_only(views.RecomputeView.as_view()), name="recompute"),
]
