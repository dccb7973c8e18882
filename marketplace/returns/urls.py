"""Buyers' pages of return cases, inside the language prefix at /<lang>/returns/."""

from django.urls import path

from . import views

app_name = "returns"
urlpatterns = [
    path("orders/<str:number>/request/", views.request_return, name="request"),
    path("<int:pk>/", views.buyer_case, name="case"),
    path("<int:pk>/escalate/", views.escalate, {"namespace": "returns"}, name="escalate"),
    path("<int:pk>/message/", views.post_message, {"namespace": "returns"}, name="message"),
    path("<int:pk>/files/<int:file_pk>/", views.case_file, {"namespace": "returns"}, name="file"),
]
