from django.urls import path, reverse_lazy
from oscar.views.decorators import permissions_required

from . import views
from .apps import REVIEWERS

app_name = "moderation"

# Oscar's own dashboard guard: anonymous visitors go to the dashboard login, signed-in
# users without the permission (sellers) get 403.
reviewers_only = permissions_required(REVIEWERS, login_url=reverse_lazy("dashboard:login"))

urlpatterns = [
    path("", reviewers_only(views.ListingQueueView.as_view()), name="listing-queue"),
    path("<int:pk>/", reviewers_only(views.ListingDetailView.as_view()), name="listing-detail"),
    *(
        path(f"<int:pk>/{action}/", reviewers_only(views.ListingDecisionView.as_view(
            action=action)), name=f"listing-{action}")
        for action in views.ListingDecisionView.ACTIONS
    ),
    path("prohibited-hs-codes/", reviewers_only(views.ProhibitedHSCodeListView.as_view()),
         name="prohibited-hs-code-list"),
]
