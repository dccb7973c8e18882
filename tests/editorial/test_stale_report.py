"""Editors see which translations lag behind their source, and a sync never publishes gaps."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from wagtail.models import Page

from tests.editorial.conftest import OFFLINE, translate_into_french

pytestmark = pytest.mark.django_db

REPORT = "/cms/reports/stale-translations/"


def publish_new_source_text(page, intro):
    page.intro = intro
    page.save_revision().publish()


def test_a_changed_source_lists_its_translation_until_it_is_synced(client, editor, source_page,
                                                                    settings):
    settings.MARKETPLACE_TRANSLATION_BACKEND = OFFLINE
    french, translation = translate_into_french(client, source_page)
    assert "Every translation was synced" in client.get(REPORT).content.decode()

    publish_new_source_text(source_page, "中国刀剪之都")
    html = client.get(REPORT).content.decode()
    assert "Every translation was synced" not in html
    assert reverse("wagtailadmin_pages:edit", args=[french.id]) in html
    assert "French" in html or "Français" in html
    sync = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    assert sync in html

    assert client.post(sync, {}).status_code == 302
    assert "Every translation was synced" in client.get(REPORT).content.decode()


def test_the_report_is_in_the_reports_menu_of_editors_only(client, editor):
    assert REPORT in client.get("/cms/").content.decode()

    seller = User.objects.create_user("seller", "seller@example.com", "a-long-test-password")
    seller.groups.add(Group.objects.get(name="Sellers"))
    client.force_login(seller)
    response = client.get(REPORT)
    assert response.status_code in (302, 403)
    assert "Every translation was synced" not in response.content.decode()


def test_a_hostile_page_title_is_escaped_in_the_report(client, editor, source_page, settings):
    settings.MARKETPLACE_TRANSLATION_BACKEND = OFFLINE
    french, _translation = translate_into_french(client, source_page)
    Page.objects.filter(pk=french.pk).update(title='<script>alert("x")</script>')
    publish_new_source_text(source_page, "中国刀剪之都")
    html = client.get(REPORT).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html


def test_sync_and_publish_holds_back_a_translation_with_new_untranslated_text(
        client, editor, source_page, settings, django_capture_on_commit_callbacks):
    settings.MARKETPLACE_TRANSLATION_BACKEND = OFFLINE
    french, translation = translate_into_french(client, source_page)
    client.post(reverse("wagtail_localize:machine_translate", args=[translation.id]))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[french.id]), {"action": "publish"})
    assert Page.objects.get(pk=french.pk).specific.intro == "[fr] 世界刀剪之都"

    publish_new_source_text(source_page, "中国刀剪之都")
    sync = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync, {"publish_translations": "on"}, follow=True)

    told = [str(message) for message in response.context["messages"]]
    assert any("Not published, texts still to translate: Français." in m for m in told), told
    # The live French page keeps its French text, not the new Chinese sentence.
    assert Page.objects.get(pk=french.pk).specific.intro == "[fr] 世界刀剪之都"


def test_sync_with_machine_translation_publishes_the_whole_translation(
        client, editor, source_page, settings, django_capture_on_commit_callbacks):
    settings.MARKETPLACE_TRANSLATION_BACKEND = OFFLINE
    french, translation = translate_into_french(client, source_page)

    publish_new_source_text(source_page, "中国刀剪之都")
    sync = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync, {"publish_translations": "on",
                                      "use_machine_translation": "on"}, follow=True)

    assert not any("Not published" in str(m) for m in response.context["messages"])
    french = Page.objects.get(pk=french.pk).specific
    assert french.live
    assert french.intro == "[fr] 中国刀剪之都"
