from django.urls import path

from . import views

app_name = "ip_complaints"

urlpatterns = [
    path("", views.file_complaint, name="file"),
    path("case/<str:reference>/<str:token>/", views.track, name="track"),
    path("case/<str:reference>/<str:token>/reply/", views.reply, name="reply"),
    path("case/<str:reference>/<str:token>/evidence/<int:pk>/", views.complainant_evidence,
         name="evidence"),
]
