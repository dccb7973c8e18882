from django.urls import path

from . import views

app_name = "seller_rating"

urlpatterns = [
    path("orders/<str:number>/review/", views.ReviewSellerView.as_view(), name="review"),
    path("<slug:slug>/", views.SellerRatingView.as_view(), name="breakdown"),
]
