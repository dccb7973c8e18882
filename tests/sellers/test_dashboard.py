"""The review dashboard: who may open it, what it lists, and its POST-only decisions."""

import pytest
from django.apps import apps
from django.test import Client

from marketplace.sellers.models import Enterprise

from .factories import DocumentFactory, EnterpriseFactory, UserFactory, reviewer

pytestmark = pytest.mark.django_db
Status = Enterprise.Status
LIST = "/dashboard/sellers/"


@pytest.fixture
def filing():
    enterprise = EnterpriseFactory(
        name_en="Yangjiang Eighteen Knives", legal_name_zh="阳江十八子刀具",
        status=Status.SUBMITTED, applicant__email="boss@eighteen.example",
    )
    DocumentFactory(enterprise=enterprise, number="LIC-0001")
    return enterprise


@pytest.fixture
def as_reviewer(client):
    client.force_login(reviewer())
    return client


def test_anonymous_visitors_are_sent_to_the_dashboard_login(client, filing):
    for url in (LIST, f"{LIST}{filing.pk}/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(f"/dashboard/login/?next={url}")


def test_a_buyer_is_refused(client, filing):
    client.force_login(UserFactory())
    assert client.get(LIST).status_code == 403
    assert client.get(f"{LIST}{filing.pk}/").status_code == 403
    assert client.post(f"{LIST}{filing.pk}/approve/").status_code == 403
    filing.refresh_from_db()
    assert filing.status == Status.SUBMITTED


def test_a_seller_with_partner_dashboard_access_is_refused_too(client, filing, as_reviewer):
    as_reviewer.post(f"{LIST}{filing.pk}/approve/")
    seller = Client()
    seller.force_login(filing.applicant)
    assert seller.get(LIST).status_code == 403


@pytest.mark.parametrize("make_user", [reviewer, lambda: UserFactory(is_staff=True)],
                         ids=["review permission", "staff"])
def test_reviewers_and_staff_see_the_queue_in_the_dashboard_layout(client, filing, make_user):
    EnterpriseFactory(name_en="Still A Draft Works")
    client.force_login(make_user())

    response = client.get(LIST)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Yangjiang Eighteen Knives" in page and filing.uscc in page
    assert "Still A Draft Works" not in page  # the default view is the work to do
    assert "oscar/css/dashboard.css" in page


def test_the_queue_can_be_filtered(as_reviewer, filing):
    EnterpriseFactory(name_en="Seaside Seafood", status=Status.APPROVED, district="441721")

    def names(**query):
        return {e.name_en for e in as_reviewer.get(LIST, query).context["enterprises"]}

    assert names(status="") == {"Yangjiang Eighteen Knives", "Seaside Seafood"}
    assert names(status="approved") == {"Seaside Seafood"}
    assert names(district="441721") == {"Seaside Seafood"}
    assert names(cluster="knives_scissors", status="submitted") == {"Yangjiang Eighteen Knives"}
    assert names(cluster="seafood") == set()
    assert names(q="十八子") == {"Yangjiang Eighteen Knives"}
    assert names(q=filing.uscc.lower()) == {"Yangjiang Eighteen Knives"}


def test_the_detail_shows_the_filing_and_its_documents(as_reviewer, filing):
    page = as_reviewer.get(f"{LIST}{filing.pk}/").content.decode()
    assert "阳江十八子刀具" in page and "LIC-0001" in page
    assert filing.documents.get().file.url in page
    assert f'action="{LIST}{filing.pk}/approve/"' in page


def test_approving_from_the_dashboard(
    as_reviewer, filing, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = as_reviewer.post(f"{LIST}{filing.pk}/approve/", follow=True)

    assert response.redirect_chain[-1][0] == f"{LIST}{filing.pk}/"
    assert "is approved and can now sell" in response.content.decode()
    filing.refresh_from_db()
    assert filing.status == Status.APPROVED and filing.partner is not None
    assert filing.applicant in filing.partner.users.all()
    assert mailoutbox[0].to == ["boss@eighteen.example"]


def test_decisions_are_post_only(as_reviewer, filing):
    assert as_reviewer.get(f"{LIST}{filing.pk}/approve/").status_code == 405
    filing.refresh_from_db()
    assert filing.status == Status.SUBMITTED


def test_decisions_need_the_csrf_token(filing):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer())
    assert client.post(f"{LIST}{filing.pk}/approve/").status_code == 403
    filing.refresh_from_db()
    assert filing.status == Status.SUBMITTED


def test_rejecting_without_a_reason_says_so_and_changes_nothing(as_reviewer, filing, mailoutbox):
    response = as_reviewer.post(f"{LIST}{filing.pk}/reject/", {"reason": ""}, follow=True)

    assert "Give the reason for this decision" in response.content.decode()
    filing.refresh_from_db()
    assert filing.status == Status.SUBMITTED and not filing.decisions.exists()
    assert mailoutbox == []


def test_rejecting_with_a_reason_logs_and_emails_it(
    as_reviewer, filing, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        as_reviewer.post(f"{LIST}{filing.pk}/reject/", {"reason": "Licence expired in 2020."})

    filing.refresh_from_db()
    assert filing.status == Status.REJECTED
    assert filing.decisions.get().reason == "Licence expired in 2020."
    assert "Licence expired in 2020." in mailoutbox[0].body
    page = as_reviewer.get(f"{LIST}{filing.pk}/").content.decode()
    assert "Licence expired in 2020." in page  # the decision log


def test_approving_an_approved_enterprise_is_explained(as_reviewer, filing):
    as_reviewer.post(f"{LIST}{filing.pk}/approve/")
    response = as_reviewer.post(f"{LIST}{filing.pk}/approve/", follow=True)
    assert "Only a submitted filing can be approved or rejected" in response.content.decode()
    assert filing.decisions.count() == 1


def test_an_unknown_filing_is_404(as_reviewer):
    # Django's LocaleMiddleware first tries the path under a language prefix, as for any
    # 404 outside i18n_patterns; that page does not exist either.
    assert as_reviewer.get(f"{LIST}999999/", follow=True).status_code == 404


@pytest.mark.skipif(not apps.is_installed("marketplace.sellers.dashboard"),
                    reason="SellersDashboardConfig is not in INSTALLED_APPS yet")
def test_the_dashboard_menu_shows_filings_to_reviewers_only(client, filing):
    from oscar.apps.dashboard.menu import get_nodes

    def urls(user):
        return {child.url for node in get_nodes(user) for child in [node, *node.children]
                if not child.is_heading}

    assert LIST in urls(reviewer())
    assert LIST not in urls(UserFactory())
