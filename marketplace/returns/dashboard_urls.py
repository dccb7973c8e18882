"""Sellers' (their own orders) and admins' (escalated disputes) pages, at /dashboard/returns/.
Each view checks who is asking; a case of somebody else is a 404."""

from django.urls import path

from . import views

NS = "returns_dashboard"

app_name = NS
urlpatterns = [
    path("", views.case_list, name="list"),
    path("policy/", views.policy, name="policy"),
    path("disputes/", views.dispute_queue, name="disputes"),
    path("<int:pk>/", views.dashboard_case, name="case"),
    path("<int:pk>/approve/", views.approve, name="approve"),
    path("<int:pk>/refuse/", views.refuse, name="refuse"),
    path("<int:pk>/received/", views.received, name="received"),
    path("<int:pk>/refund/", views.card_refund, name="refund"),
    path("<int:pk>/bank-refund/", views.bank_refund, name="bank-refund"),
    path("<int:pk>/decide/", views.decide, name="decide"),
    path("<int:pk>/escalate/", views.dashboard_login_required(views.escalate), {"namespace": NS},
         name="escalate"),
    path("<int:pk>/message/", views.dashboard_login_required(views.post_message), {"namespace": NS},
         name="message"),
    path("<int:pk>/files/<int:file_pk>/", views.case_file, {"namespace": NS}, name="file"),
]
