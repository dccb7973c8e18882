"""After migrate, every role is a group holding the permissions it is defined with."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission, User
from wagtail.models import Collection, Page

from marketplace.roles import definitions

pytestmark = pytest.mark.django_db


def dotted(permissions):
    return {f"{p.content_type.app_label}.{p.codename}" for p in permissions}


def expected_group_permissions(role):
    whole_apps = Permission.objects.filter(content_type__app_label__in=role.all_permissions_of_apps)
    return set(role.permissions) | dotted(whole_apps.select_related("content_type"))


def member_of(role_name, username):
    user = User.objects.create_user(username=username, email=f"{username}@example.com",
                                    password="a-long-test-password")
    user.groups.add(Group.objects.get(name=role_name))
    return user


@pytest.mark.parametrize("role", definitions.ROLES, ids=lambda role: role.name)
def test_each_role_is_a_group_with_exactly_its_defined_permissions(role):
    group = Group.objects.get(name=role.name)

    assert dotted(group.permissions.select_related("content_type")) == expected_group_permissions(
        role
    ), "definitions.py and the database differ: add a migration to marketplace/roles/migrations"
    root_page = Page.get_first_root_node()
    assert {
        grant.permission.codename for grant in group.page_permissions.select_related("permission")
    } == set(role.page_permissions)
    assert all(grant.page_id == root_page.pk for grant in group.page_permissions.all())
    root_collection = Collection.get_first_root_node()
    grants = group.collection_permissions.select_related("permission__content_type")
    assert dotted(grant.permission for grant in grants) == set(role.collection_permissions)
    assert all(grant.collection_id == root_collection.pk for grant in grants)


def test_platform_admins_hold_every_catalogue_and_order_permission():
    admins = Group.objects.get(name=definitions.PLATFORM_ADMINS)
    held = dotted(admins.permissions.select_related("content_type"))

    assert {"catalogue.delete_product", "order.change_order", "currency.add_exchangerate",
            "partner.dashboard_access", "wagtailadmin.access_admin"} <= held


def test_a_seller_may_use_the_partner_dashboard():
    seller = member_of(definitions.SELLERS, "seller")

    assert seller.has_perm("partner.dashboard_access")
    assert seller.has_perm("catalogue.change_product")
    assert not seller.has_perm("catalogue.delete_product")


def test_a_compliance_officer_may_unpublish_but_not_delete_products():
    officer = member_of(definitions.COMPLIANCE_OFFICERS, "officer")

    assert officer.has_perm("catalogue.change_product")
    assert officer.has_perm("order.view_order")
    assert not officer.has_perm("catalogue.delete_product")


def test_an_ip_moderator_moderates_complaints_but_decides_no_filings():
    moderator = member_of(definitions.IP_MODERATORS, "ipmoderator")

    assert moderator.has_perm("ip_complaints.moderate_complaint")
    assert moderator.has_perm("catalogue.view_product")
    assert not moderator.has_perm("sellers.review_enterprise")
    assert not moderator.has_perm("catalogue.change_product")


def test_a_content_editor_can_open_the_cms(client):
    member_of(definitions.CONTENT_EDITORS, "editor")
    assert client.login(username="editor", password="a-long-test-password")

    response = client.get("/cms/")

    assert response.status_code == 200


def test_a_buyer_cannot_open_the_cms(client):
    member_of(definitions.BUYERS, "buyer")
    assert client.login(username="buyer", password="a-long-test-password")

    response = client.get("/cms/")

    assert response.status_code == 302
    assert "/cms/login/" in response["Location"]


def test_the_role_migration_can_be_reversed_and_applied_again_without_duplicates():
    migration = importlib.import_module("marketplace.roles.migrations.0001_create_role_groups")
    before = {
        group.name: (group.permissions.count(), group.page_permissions.count(),
                     group.collection_permissions.count())
        for group in Group.objects.filter(name__in=definitions.ROLE_NAMES)
    }

    # The later role migrations grant the permissions of models added after 0001.
    later = [
        importlib.import_module(f"marketplace.roles.migrations.{name}")
        for name in ("0002_partner_b2b_prices", "0003_sellers_permissions",
                     "0004_moderation_permissions", "0005_ip_moderators",
                     "0006_trust_and_safety", "0007_content_reviewers_and_news_review")
    ]

    def apply_all():
        migration.create_role_groups(django_apps, schema_editor=None)
        for step in later:
            step.grant(django_apps, schema_editor=None)

    apply_all()
    for step in reversed(later):
        step.revoke(django_apps, schema_editor=None)
    migration.delete_role_groups(django_apps, schema_editor=None)
    assert not Group.objects.filter(name__in=definitions.ROLE_NAMES).exists()
    apply_all()
    apply_all()

    after = {
        group.name: (group.permissions.count(), group.page_permissions.count(),
                     group.collection_permissions.count())
        for group in Group.objects.filter(name__in=definitions.ROLE_NAMES)
    }
    assert after == before
