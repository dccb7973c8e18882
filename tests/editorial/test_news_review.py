"""News goes live only through the "News review": editor submits, a reviewer approves or rejects."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from wagtail.models import Page, Site, Workflow, WorkflowPage

from marketplace.content.models import HomePage, NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def member_of(group_name, username):
    user = User.objects.create_user(username, f"{username}@example.com", "a-long-test-password")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def news_index():
    # A home of its own as the site's root, so the news index has the parent it is made for.
    home = Page.get_first_root_node().add_child(instance=HomePage(title="阳江", slug="yj-home"))
    Site.objects.filter(is_default_site=True).update(root_page=home)
    index = home.add_child(instance=NewsIndexPage(title="新闻"))
    WorkflowPage.objects.create(page=index, workflow=Workflow.objects.get(name="News review"))
    return index


def news_form(**extra):
    return {"title": "阳江出台跨境电商扶持措施", "slug": "support-measures", "date": "2026-12-01",
            "kind": "policy", "summary": "九项措施", "body-count": "0", **extra}


def create_news(client, index, **action):
    return client.post(
        reverse("wagtailadmin_pages:add", args=["content", "newspage", index.id]),
        news_form(**action))


def test_editor_cannot_publish_news_directly(client, news_index):
    client.force_login(member_of("Content editors", "editor"))
    response = create_news(client, news_index, **{"action-publish": "1"})
    assert response.status_code in (302, 403)
    assert not NewsPage.objects.filter(live=True).exists()


def submitted_news(client, news_index):
    client.force_login(member_of("Content editors", "editor"))
    response = create_news(client, news_index, **{"action-submit": "1"})
    assert response.status_code == 302, response.content[:300]
    page = NewsPage.objects.get(slug="support-measures")
    assert not page.live
    assert page.current_workflow_state.status == "in_progress"
    return page


def act(client, page, action, comment=""):
    task_state = page.current_workflow_state.current_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.id, action, task_state.id]),
        {"comment": comment})


def test_reviewer_approves_and_the_news_goes_live(client, news_index,
                                                  django_capture_on_commit_callbacks):
    page = submitted_news(client, news_index)
    client.force_login(member_of("Content reviewers", "reviewer"))
    with django_capture_on_commit_callbacks(execute=True):
        response = act(client, page, "approve", comment="同意发布")
    assert response.status_code in (200, 302), response.content[:300]
    page = Page.objects.get(pk=page.pk)
    assert page.live
    assert client.get(page.url, follow=True).status_code == 200


def test_rejection_returns_the_news_to_the_editor_with_the_comment(client, news_index):
    page = submitted_news(client, news_index)
    client.force_login(member_of("Content reviewers", "reviewer"))
    act(client, page, "reject", comment="请补充政策原文链接")
    page = NewsPage.objects.get(pk=page.pk)
    assert not page.live
    assert page.current_workflow_state.status == "needs_changes"
    client.force_login(User.objects.get(username="editor"))
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.id]), follow=True)
    assert "请补充政策原文链接" in history.content.decode()
