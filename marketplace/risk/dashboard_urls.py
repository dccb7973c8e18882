from django.urls import path, reverse_lazy
from oscar.views.decorators import permissions_required

from . import views
from .apps import RISK_OFFICERS

app_name = "risk_dashboard"

# Oscar's dashboard guard: anonymous visitors go to the dashboard login, signed-in users
# without a risk permission (buyers, sellers) get 403. Names carry the app's prefix:
# Oscar's dashboard menu looks URL names up without their namespace.
officers = permissions_required(RISK_OFFICERS, login_url=reverse_lazy("dashboard:login"))

urlpatterns = [
    path("", officers(views.AlertListView.as_view()), name="risk-alert-list"),
    path("alerts/<int:pk>/", officers(views.AlertDetailView.as_view()), name="risk-alert-detail"),
    *(
        path(f"alerts/<int:pk>/{action.replace('_', '-')}/",
             officers(views.AlertActionView.as_view(action=action)), name=f"risk-alert-{action}")
        for action in views.ALERT_ACTIONS
    ),
    path("recalls/", officers(views.RecallListView.as_view()), name="risk-recall-list"),
    path("recalls/<int:pk>/", officers(views.RecallDetailView.as_view()), name="risk-recall-detail"),
    path("recall-lines/<int:pk>/disposals/", officers(views.DisposalView.as_view()),
         name="risk-disposal-create"),
    path("evidence/<path:name>", officers(views.EvidenceFileView.as_view()), name="risk-evidence"),
    path("watch-lists/", officers(views.WatchListListView.as_view()), name="risk-watch-list-list"),
    path("watch-lists/new/", officers(views.WatchListCreateView.as_view()),
         name="risk-watch-list-create"),
    path("watch-lists/<int:pk>/", officers(views.WatchListUpdateView.as_view()),
         name="risk-watch-list-update"),
    path("watch-lists/<int:pk>/delete/", officers(views.WatchListDeleteView.as_view()),
         name="risk-watch-list-delete"),
    # Buyers (any signed-in user, not staff only): report a safety problem with a listing.
    path("report/<int:pk>/", views.ReportView.as_view(), name="risk-report"),
]
