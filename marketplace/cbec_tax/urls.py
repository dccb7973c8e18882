from django.urls import path

from . import views

app_name = "cbec_tax"
urlpatterns = [
    path("estimate/", views.TaxEstimateView.as_view(), name="estimate"),
]
