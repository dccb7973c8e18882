"""Platform admins decide in the filing dashboard whose listings go live without review."""

import pytest
from django.contrib.auth.models import Group

from marketplace.moderation import services
from marketplace.roles.definitions import PLATFORM_ADMINS
from marketplace.sellers.models import EnterpriseDecision
from tests.sellers.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def platform_admin(client):
    user = UserFactory(username="admin", email="admin@platform.example")
    user.groups.add(Group.objects.get(name=PLATFORM_ADMINS))
    client.force_login(user)
    return user


def toggle_url(enterprise):
    return f"/dashboard/sellers/{enterprise.pk}/listings-verification/"


def test_a_platform_admin_verifies_a_seller_and_its_next_listing_goes_live(
    client, platform_admin, seller, knife, mailoutbox
):
    page = client.get(f"/dashboard/sellers/{seller.pk}/").content.decode()
    assert "Not verified: new and edited listings wait for review" in page

    response = client.post(toggle_url(seller), {"listings_verified": "1",
                                                "reason": "Two years without a complaint"},
                           follow=True)

    assert "now go live without review" in response.content.decode()
    seller.refresh_from_db()
    assert seller.listings_verified
    logged = seller.decisions.get(decision=EnterpriseDecision.Decision.LISTINGS_VERIFIED)
    assert (logged.decided_by, logged.reason) == (platform_admin, "Two years without a complaint")
    assert mailoutbox == []
    assert knife(seller).review_status == "approved"


def test_a_platform_admin_sends_a_sellers_listings_back_to_review(
    client, platform_admin, verified_seller, knife
):
    client.post(toggle_url(verified_seller), {"listings_verified": "0"})

    verified_seller.refresh_from_db()
    assert not verified_seller.listings_verified
    assert verified_seller.decisions.filter(decision="unverified").count() == 1
    assert knife(verified_seller).review_status == "pending"


def test_setting_the_same_value_again_logs_nothing(platform_admin, verified_seller):
    assert services.set_listings_verified(verified_seller, verified=True,
                                          decided_by=platform_admin) is None
    assert not verified_seller.decisions.filter(decision="verified").exists()


def test_a_seller_cannot_verify_itself(client, seller):
    client.force_login(seller.applicant)

    response = client.post(toggle_url(seller), {"listings_verified": "1"})

    assert response.status_code == 403
    seller.refresh_from_db()
    assert not seller.listings_verified
