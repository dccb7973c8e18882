from django.urls import path  # noqa: F401

app_name = "forex_reports"

urlpatterns: list = []
