from django.urls import path, reverse_lazy
from oscar.views.decorators import permissions_required

from . import views
from .apps import REVIEWERS

app_name = "sellers_dashboard"

# Oscar's own dashboard guard: anonymous visitors go to the dashboard login, signed-in
# users without the permission get 403.
reviewers_only = permissions_required(REVIEWERS, login_url=reverse_lazy("dashboard:login"))

urlpatterns = [
    path("", reviewers_only(views.EnterpriseListView.as_view()), name="enterprise-list"),
    path("<int:pk>/", reviewers_only(views.EnterpriseDetailView.as_view()),
         name="enterprise-detail"),
    *(
        path(f"<int:pk>/{action}/", reviewers_only(views.EnterpriseDecisionView.as_view(
            action=action)), name=f"enterprise-{action}")
        for action in views.EnterpriseDecisionView.ACTIONS
    ),
    path("<int:pk>/listings-verification/",
         reviewers_only(views.ListingsVerificationView.as_view()),
         name="enterprise-listings-verification"),
]
