from django.urls import path, reverse_lazy
from oscar.views.decorators import permissions_required

from . import views
from .apps import SELLERS_AND_STAFF

app_name = "inspection"

# Oscar's dashboard guard: anonymous visitors go to the dashboard login, signed-in users
# without dashboard access get 403. The views narrow a seller to its own enterprises.
guarded = permissions_required(SELLERS_AND_STAFF, login_url=reverse_lazy("dashboard:login"))

# Names carry the app's prefix: Oscar's dashboard menu looks URL names up across every
# dashboard app without their namespace.
urlpatterns = [
    path("", guarded(views.IndexView.as_view()), name="inspection-index"),
    path("enterprise-filings/", guarded(views.FilingListView.as_view()), name="inspection-enterprise-filing-list"),
    path("enterprise-filings/new/", guarded(views.FilingFormView.as_view()),
         name="inspection-enterprise-filing-create"),
    path("enterprise-filings/<int:pk>/", guarded(views.FilingFormView.as_view()),
         name="inspection-enterprise-filing-detail"),
    path("enterprise-filings/<int:pk>/submit/", guarded(views.FilingSubmitView.as_view()),
         name="inspection-enterprise-filing-submit"),
    path("commodity-filings/", guarded(views.CommodityFilingListView.as_view()),
         name="inspection-commodity-filing-list"),
    path("commodity-filings/new/", guarded(views.CommodityFilingFormView.as_view()),
         name="inspection-commodity-filing-create"),
    path("commodity-filings/<int:pk>/", guarded(views.CommodityFilingFormView.as_view()),
         name="inspection-commodity-filing-detail"),
    path("commodity-filings/<int:pk>/submit/", guarded(views.CommodityFilingSubmitView.as_view()),
         name="inspection-commodity-filing-submit"),
    path("batches/", guarded(views.BatchListView.as_view()), name="inspection-batch-list"),
    path("batches/<int:pk>/", guarded(views.BatchDetailView.as_view()), name="inspection-batch-detail"),
]
