from django.urls import path

from . import views

app_name = "rfq"
urlpatterns = [
    path("", views.buyer_list, name="list"),
    path("new/", views.create_rfq, name="create"),
    path("<int:pk>/", views.buyer_detail, name="detail"),
    path("<int:pk>/close/", views.close, name="close"),
    path("<int:pk>/quotes/<int:quote_pk>/accept/", views.accept, name="accept"),
    path("<int:pk>/messages/<int:partner_pk>/", views.buyer_thread, name="thread"),
    path("seller/", views.seller_list, name="seller-list"),
    path("seller/<int:pk>/", views.seller_detail, name="seller-detail"),
    path("seller/<int:pk>/messages/", views.seller_thread, name="seller-thread"),
    path("files/<path:name>", views.attachment_file, name="attachment"),
]
