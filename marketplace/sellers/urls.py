from django.urls import path

from . import views

app_name = "sellers"
# Fixed paths first: the storefront takes any slug (services.RESERVED_SLUGS keeps these free).
urlpatterns = [
    path("apply/", views.ApplyView.as_view(), name="apply"),
    path("application/", views.ApplicationStatusView.as_view(), name="application"),
    path("documents/<path:name>", views.document_file, name="document-file"),
    path("<slug:slug>/", views.StorefrontView.as_view(), name="storefront"),
]
