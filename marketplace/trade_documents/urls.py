from django.urls import re_path

from . import views
from .kinds import DocumentKind

app_name = "trade_documents"

_kinds = "|".join(DocumentKind.values)

urlpatterns = [
    re_path(rf"^(?P<order_number>[^/]+)/(?P<kind>{_kinds})\.pdf$", views.trade_document, name="document"),
]
