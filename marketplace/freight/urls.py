from django.urls import path, reverse_lazy
from oscar.views.decorators import permissions_required

from . import views
from .apps import SELLERS_AND_STAFF

app_name = "freight"

# Oscar's dashboard guard: anonymous visitors go to the dashboard login, signed-in users
# without dashboard access get 403. The views narrow a seller to its own partner.
sellers_only = permissions_required(SELLERS_AND_STAFF, login_url=reverse_lazy("dashboard:login"))

# Names carry the app's prefix: Oscar's dashboard menu looks URL names up across every
# dashboard app without their namespace.
urlpatterns = [
    path("", sellers_only(views.FreightIndexView.as_view()), name="freight-index"),
    path("sellers/<int:partner_pk>/", sellers_only(views.SellerFreightView.as_view()),
         name="freight-seller"),
    path("sellers/<int:partner_pk>/services/new/",
         sellers_only(views.SellerServiceCreateView.as_view()), name="freight-service-create"),
    path("platform/services/new/", sellers_only(views.PlatformServiceCreateView.as_view()),
         name="freight-platform-service-create"),
    path("services/<int:pk>/", sellers_only(views.ServiceUpdateView.as_view()),
         name="freight-service-update"),
    path("services/<int:pk>/delete/", sellers_only(views.ServiceDeleteView.as_view()),
         name="freight-service-delete"),
]
