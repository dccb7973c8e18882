"""Content editors edit pages and nothing else; reviewers review; sellers stay out of /cms/."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, User
from wagtail.models import GroupApprovalTask, Workflow

pytestmark = pytest.mark.django_db

migration = importlib.import_module("marketplace.roles.migrations.0007_content_reviewers_and_news_review")


def member_of(group_name, username):
    user = User.objects.create_user(username=username, email=f"{username}@example.com",
                                    password="a-long-test-password")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_news_review_workflow_is_reviewed_by_content_reviewers():
    workflow = Workflow.objects.get(name="News review")
    (task,) = [task.specific for task in workflow.tasks]
    assert isinstance(task, GroupApprovalTask)
    assert list(task.groups.values_list("name", flat=True)) == ["Content reviewers"]


def test_migration_run_twice_adds_nothing():
    migration.grant(django_apps, None)
    migration.create_workflow(django_apps, None)
    assert Workflow.objects.filter(name="News review").count() == 1
    assert GroupApprovalTask.objects.filter(name=migration.TASK_NAME).count() == 1
    assert Workflow.objects.get(name="News review").workflow_tasks.count() == 1


def test_content_editor_may_submit_translations_and_enter_cms(client):
    editor = member_of("Content editors", "editor")
    assert editor.has_perm("wagtail_localize.submit_translation")
    client.force_login(editor)
    assert client.get("/cms/").status_code == 200


def test_content_reviewer_enters_cms(client):
    client.force_login(member_of("Content reviewers", "reviewer"))
    assert client.get("/cms/").status_code == 200


@pytest.mark.parametrize("url", [
    "/dashboard/", "/dashboard/orders/", "/dashboard/catalogue/",
    "/dashboard/partners/", "/dashboard/sellers/", "/dashboard/moderation/",
    "/django-admin/", "/django-admin/auth/user/",
])
def test_content_editor_cannot_open_shop_data(client, url):
    client.force_login(member_of("Content editors", "editor"))
    response = client.get(url, follow=True)
    final = response.redirect_chain[-1][0] if response.redirect_chain else url
    assert response.status_code == 403 or "login" in final, (url, final)
    assert b"dashboard_access" not in response.content


def test_seller_cannot_enter_cms(client):
    client.force_login(member_of("Sellers", "seller"))
    response = client.get("/cms/")
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert not response["Location"].startswith("/cms/pages")
    assert client.get("/cms/pages/").status_code in (302, 403)


@pytest.mark.parametrize("url", [
    "/dashboard/", "/dashboard/orders/", "/dashboard/catalogue/",
    "/dashboard/partners/", "/django-admin/", "/django-admin/auth/user/",
])
def test_those_shop_pages_exist_for_a_superuser(client, url):
    # The control for the test above: the denied URLs are real pages, not 404s for everyone.
    client.force_login(User.objects.create_superuser("root", "root@example.com", "a-long-pw-1"))
    assert client.get(url, follow=True).status_code == 200
