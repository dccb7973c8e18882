from django.urls import path, reverse_lazy
from oscar.views.decorators import permissions_required

from . import views
from .apps import SELLERS_AND_STAFF

app_name = "product_import"

# Oscar's dashboard guard: anonymous visitors go to the dashboard login, signed-in users
# without dashboard access get 403. The views narrow sellers to their own partner.
sellers_only = permissions_required(SELLERS_AND_STAFF, login_url=reverse_lazy("dashboard:login"))

urlpatterns = [
    path("", sellers_only(views.ImportUploadView.as_view()), name="import-upload"),
    path("<int:pk>/", sellers_only(views.ImportJobView.as_view()), name="import-job"),
    path("<int:pk>/progress/", sellers_only(views.ImportProgressView.as_view()),
         name="import-job-progress"),
    path("<int:pk>/confirm/", sellers_only(views.ImportConfirmView.as_view()),
         name="import-job-confirm"),
    path("template.<str:file_format>", sellers_only(views.TemplateDownloadView.as_view()),
         name="import-template"),
    path("export/", sellers_only(views.ExportView.as_view()), name="import-export"),
]
