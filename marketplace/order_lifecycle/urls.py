"""The buyer's order pages of the order lifecycle, under /<lang>/orders/ (marketplace/urls.py)."""

from django.urls import path

from . import views

app_name = "order_lifecycle"
urlpatterns = [
    path("<str:number>/move/", views.buyer_move, name="move"),
    path("<str:number>/messages/", views.buyer_thread, name="thread"),
]
