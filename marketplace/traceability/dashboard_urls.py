from django.urls import path, re_path, reverse_lazy
from oscar.views.decorators import permissions_required

from . import views

app_name = "traceability_dashboard"

SELLERS_AND_STAFF = (["is_staff"], ["partner.dashboard_access"])
# Oscar's dashboard guard: anonymous visitors go to the dashboard login, signed-in users
# without dashboard access get 403. The views narrow a seller to its own batches.
guarded = permissions_required(SELLERS_AND_STAFF, login_url=reverse_lazy("dashboard:login"))

urlpatterns = [
    path("", guarded(views.batch_list), name="batch-list"),
    path("new/", guarded(views.batch_form), name="batch-create"),
    path("<int:pk>/", guarded(views.batch_detail), name="batch-detail"),
    path("<int:pk>/edit/", guarded(views.batch_form), name="batch-edit"),
    path("<int:pk>/documents/", guarded(views.document_create), name="document-create"),
    path("<int:pk>/labels.pdf", guarded(views.label_sheet), name="label-sheet"),
    re_path(r"^(?P<pk>\d+)/qr\.(?P<kind>svg|png)$", guarded(views.qr_image), name="qr"),
    re_path(r"^(?P<pk>\d+)/gs1-128\.(?P<kind>svg|png)$", guarded(views.barcode_image),
            name="barcode"),
    path("documents/<path:name>", guarded(views.document_file), name="document-file"),
    path("scans/", guarded(views.scan_counts), name="scan-counts"),
    path("orders/<str:number>/allocate/", guarded(views.allocate), name="allocate"),
    path("allocations/<int:pk>/remove/", guarded(views.remove_allocation),
         name="allocation-remove"),
]
