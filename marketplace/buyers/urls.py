from django.urls import path

from . import views

app_name = "buyers"
urlpatterns = [
    path("company/", views.CompanyView.as_view(), name="company"),
    path("company/members/", views.MembersView.as_view(), name="members"),
    path("company/members/<int:pk>/role/", views.MemberActionView.as_view(action="role"), name="member-role"),
    path("company/members/<int:pk>/remove/", views.MemberActionView.as_view(action="remove"),
         name="member-remove"),
    path("company/invitations/<int:pk>/withdraw/", views.InvitationWithdrawView.as_view(),
         name="invitation-withdraw"),
    path("company/addresses/", views.AddressListView.as_view(), name="addresses"),
    path("company/addresses/add/", views.AddressFormView.as_view(), name="address-create"),
    path("company/addresses/<int:pk>/", views.AddressFormView.as_view(), name="address-update"),
    path("company/addresses/<int:pk>/delete/", views.AddressDeleteView.as_view(), name="address-delete"),
    path("invitations/<str:token>/", views.InvitationView.as_view(), name="invitation"),
]
