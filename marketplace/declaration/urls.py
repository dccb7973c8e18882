"""Declaration pages under /dashboard/declarations/ (marketplace/urls.py)."""

from django.urls import path, reverse_lazy
from oscar.views.decorators import permissions_required

from . import views

app_name = "declaration"

# Oscar's dashboard guard: anonymous visitors go to the dashboard login, signed-in users
# without dashboard access get 403. The views narrow sellers to their own orders.
SELLERS_AND_STAFF = (["is_staff"], ["partner.dashboard_access"])
sellers_and_staff = permissions_required(SELLERS_AND_STAFF, login_url=reverse_lazy("dashboard:login"))

urlpatterns = [
    path("", sellers_and_staff(views.DeclarationListView.as_view()), name="index"),
    path("summaries/", sellers_and_staff(views.SummariseView.as_view()), name="summarise"),
    path("<str:number>/", sellers_and_staff(views.DeclarationDetailView.as_view()), name="detail"),
]
