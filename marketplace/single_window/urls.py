"""The single window's callbacks under /single-window/, in no language (marketplace/urls.py)."""

from django.urls import path

from . import views

app_name = "single_window"

urlpatterns = [
    path("receipts/", views.receipts, name="receipts"),
]
