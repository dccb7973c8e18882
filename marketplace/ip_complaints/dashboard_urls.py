"""Mounted at /dashboard/ip-complaints/: moderators' queue and decisions, the seller's cases.

Each view guards itself (views.moderators_only, views.signed_in plus the seller's own
querysets): anonymous visitors go to the dashboard login, anyone else gets 404.
"""

from django.urls import path

from . import views

app_name = "ip_complaints_dashboard"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("listings/<int:pk>/", views.case_detail, name="case"),
    *(path(f"listings/<int:pk>/{action}/", views.case_decision, {"action": action},
           name=f"case-{action}") for action in views.CASE_ACTIONS),
    path("suspensions/<int:pk>/", views.suspension_detail, name="suspension"),
    path("evidence/<int:pk>/", views.evidence_file, name="evidence"),
    path("seller/", views.seller_cases, name="seller-cases"),
    path("seller/<int:pk>/", views.seller_case, name="seller-case"),
    path("seller/suspensions/<int:pk>/", views.seller_appeal, name="seller-appeal"),
    path("<str:reference>/", views.complaint_detail, name="complaint"),
    *(path(f"<str:reference>/{action}/", views.complaint_decision, {"action": action},
           name=f"complaint-{action}") for action in ("request-info", "reject")),
]
