from django.urls import path  # noqa: F401

app_name = "single_window"

urlpatterns: list = []
