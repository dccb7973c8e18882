"""The review queue at /dashboard/moderation/: who may open it, what it shows, decisions."""

import pytest
from django.contrib.auth.models import Group
from oscar.core.loading import get_model

from marketplace.moderation.models import ListingDecision
from marketplace.roles.definitions import PLATFORM_ADMINS
from tests.sellers.factories import UserFactory

pytestmark = pytest.mark.django_db
Product = get_model("catalogue", "Product")
QUEUE = "/dashboard/moderation/"


@pytest.fixture
def pending(seller, knife):
    return knife(seller, title_en="Santoku 7 inch", build=None)


def test_a_seller_is_refused_the_queue_and_its_decisions(client, seller, pending):
    client.force_login(seller.applicant)

    assert client.get(QUEUE).status_code == 403
    assert client.get(f"{QUEUE}{pending.pk}/").status_code == 403
    assert client.post(f"{QUEUE}{pending.pk}/approve/").status_code == 403
    assert client.get(f"{QUEUE}prohibited-hs-codes/").status_code == 403
    pending.refresh_from_db()
    assert pending.review_status == "pending"


def test_anonymous_visitors_are_sent_to_the_dashboard_login(client, pending):
    response = client.get(QUEUE)

    assert response.status_code == 302
    assert response["Location"].startswith(f"/dashboard/login/?next={QUEUE}")


@pytest.mark.parametrize("role", ["officer", "platform admin", "staff"])
def test_reviewers_see_pending_listings_with_seller_class_hs_code_and_screening(
    client, pending, officer, verified_seller, knife, role
):
    live = knife(verified_seller, title_en="Already Live Cleaver")
    user = {"officer": lambda: officer,
            "platform admin": lambda: admin_user(),
            "staff": lambda: UserFactory(is_staff=True)}[role]()
    client.force_login(user)

    response = client.get(QUEUE)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Santoku 7 inch" in page and "Unverified Cutlery" in page
    assert "Knives" in page and "8211920000" in page
    assert "The knife&#x27;s build is not declared" in page
    assert live.title_en not in page  # the queue is the work to do
    assert "oscar/css/dashboard.css" in page


def admin_user():
    user = UserFactory(username="platform-admin")
    user.groups.add(Group.objects.get(name=PLATFORM_ADMINS))
    return user


def test_the_listing_page_shows_its_facts(client, officer, pending):
    client.force_login(officer)

    page = client.get(f"{QUEUE}{pending.pk}/").content.decode()

    assert "Santoku 7 inch" in page and "Unverified Cutlery" in page
    assert "Blade length (mm)" in page and "203" in page
    assert "Awaiting review" in page


def test_approving_publishes_the_listing_logs_and_emails_the_seller(
    client, officer, pending, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(officer)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{QUEUE}{pending.pk}/approve/", follow=True)

    assert "is approved and public" in response.content.decode()
    pending.refresh_from_db()
    assert (pending.review_status, pending.is_public) == ("approved", True)
    logged = ListingDecision.objects.get(product=pending)
    assert (logged.decision, logged.decided_by) == ("approved", officer)
    assert logged.notified_at is not None
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["owner@unverified.example"]
    assert "Santoku 7 inch" in mailoutbox[0].subject and "live" in mailoutbox[0].subject
    assert client.get(pending.get_absolute_url()).status_code == 200


def test_refusing_needs_a_reason_and_changes_nothing_without_one(client, officer, pending,
                                                                 mailoutbox):
    client.force_login(officer)

    response = client.post(f"{QUEUE}{pending.pk}/refuse/", {"reason": "  "}, follow=True)

    assert "Give the reason for refusing this listing" in response.content.decode()
    pending.refresh_from_db()
    assert pending.review_status == "pending"
    assert not ListingDecision.objects.exists()
    assert mailoutbox == []


def test_refusing_with_a_reason_hides_logs_and_tells_the_seller_why(
    client, officer, pending, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(officer)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{QUEUE}{pending.pk}/refuse/",
                    {"reason": "The photos show a guard and a blood groove: a dagger."})

    pending.refresh_from_db()
    assert (pending.review_status, pending.is_public) == ("refused", False)
    assert pending.review_reason == "The photos show a guard and a blood groove: a dagger."
    logged = ListingDecision.objects.get(product=pending)
    assert (logged.decision, logged.decided_by) == ("refused", officer)
    assert len(mailoutbox) == 1
    assert "refused" in mailoutbox[0].subject
    assert "a guard and a blood groove" in mailoutbox[0].body
    page = client.get(f"{QUEUE}{pending.pk}/").content.decode()
    assert "a guard and a blood groove" in page and officer.email in page


def test_a_listing_that_breaks_a_rule_cannot_be_approved(client, officer, seller, knife):
    product = knife(seller, screen=False, blade=300, tip=40)
    Product.objects.filter(pk=product.pk).update(review_status="pending", is_public=False)
    client.force_login(officer)

    response = client.post(f"{QUEUE}{product.pk}/approve/", follow=True)

    assert "breaks a rule and cannot be approved" in response.content.decode()
    product.refresh_from_db()
    assert (product.review_status, product.is_public) == ("pending", False)


def test_the_prohibited_hs_code_list_is_shown_with_9307(client, officer):
    client.force_login(officer)

    page = client.get(f"{QUEUE}prohibited-hs-codes/").content.decode()

    assert "9307" in page and "Swords, cutlasses, bayonets" in page
    assert "Edit the list" in page  # compliance officers keep it in the admin


def test_oscars_menu_shows_the_queue_to_reviewers_only(officer, seller):
    from oscar.apps.dashboard.nav import default_access_fn

    # The entry the dashboard menu gets: {"url_name": "moderation:listing-queue"}, checked
    # with Oscar's default access function through the moderation dashboard config.
    assert default_access_fn(officer, "moderation:listing-queue")
    assert default_access_fn(UserFactory(is_staff=True), "moderation:listing-queue")
    assert not default_access_fn(seller.applicant, "moderation:listing-queue")
