from django.urls import path, reverse_lazy
from oscar.views.decorators import permissions_required

from . import views
from .apps import SELLERS_AND_STAFF

app_name = "bank_transfer"

# Oscar's dashboard guard: anonymous visitors go to the dashboard login, signed-in users
# without dashboard access get 403. The views narrow sellers to their own orders.
sellers_and_staff = permissions_required(SELLERS_AND_STAFF, login_url=reverse_lazy("dashboard:login"))

urlpatterns = [
    path("", sellers_and_staff(views.PlanListView.as_view()), name="transfer-list"),
    path("<str:number>/", sellers_and_staff(views.PlanDetailView.as_view()), name="transfer-detail"),
]
