"""Permission sets are cached across requests and forgotten as soon as they change."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


@pytest.fixture
def access():
    return Permission.objects.get(codename="dashboard_access")


def fresh(user):
    return type(user).objects.get(pk=user.pk)  # a new request loads the user anew


def test_a_second_request_reads_no_permissions(django_user_model, access):
    user = django_user_model.objects.create_user(username="u", email="u@example.com", password="x")
    assert not fresh(user).has_perm("partner.dashboard_access")
    again = fresh(user)
    with CaptureQueriesContext(connection) as captured:
        assert not again.has_perm("partner.dashboard_access")
    assert not any("auth_permission" in query["sql"] for query in captured)


def test_a_granted_permission_counts_at_once(django_user_model, access):
    user = django_user_model.objects.create_user(username="u", email="u@example.com", password="x")
    assert not fresh(user).has_perm("partner.dashboard_access")
    user.user_permissions.add(access)
    assert fresh(user).has_perm("partner.dashboard_access")


def test_group_changes_count_at_once(django_user_model, access):
    user = django_user_model.objects.create_user(username="u", email="u@example.com", password="x")
    group = Group.objects.create(name="Sellers here")
    user.groups.add(group)
    assert not fresh(user).has_perm("partner.dashboard_access")
    group.permissions.add(access)
    assert fresh(user).has_perm("partner.dashboard_access")
    user.groups.remove(group)
    assert not fresh(user).has_perm("partner.dashboard_access")


def test_inactive_users_have_no_permissions(django_user_model, access):
    user = django_user_model.objects.create_user(username="u", email="u@example.com", password="x")
    user.user_permissions.add(access)
    assert fresh(user).has_perm("partner.dashboard_access")
    user.is_active = False
    user.save()
    assert not fresh(user).has_perm("partner.dashboard_access")
