"""The project's URLs plus the review dashboard, mounted as marketplace/urls.py is to mount it.

Once marketplace/urls.py mounts it itself, this adds nothing and the tests run against the
project's own URLs.
"""

from django.urls import NoReverseMatch, include, path, reverse

from marketplace import urls as project_urls

urlpatterns = list(project_urls.urlpatterns)

try:
    reverse("sellers_dashboard:enterprise-list", urlconf=project_urls)
except NoReverseMatch:
    urlpatterns.insert(
        0, path("dashboard/sellers/", include("marketplace.sellers.dashboard.urls"))
    )
