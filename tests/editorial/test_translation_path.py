"""An editor translates a page into French through the admin, and cannot publish it empty."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from tests.editorial.conftest import OFFLINE, translate_into_french

pytestmark = pytest.mark.django_db


def test_untranslated_french_page_is_not_published(client, editor, source_page,
                                                   django_capture_on_commit_callbacks):
    french, _translation = translate_into_french(client, source_page)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[french.id]),
                               {"action": "publish"}, follow=True)
    french.refresh_from_db()
    assert not french.live
    assert "not translated yet" in response.content.decode()


def test_machine_translated_french_page_is_published(client, editor, source_page, settings,
                                                     django_capture_on_commit_callbacks):
    settings.MARKETPLACE_TRANSLATION_BACKEND = OFFLINE
    french, translation = translate_into_french(client, source_page)
    response = client.post(reverse("wagtail_localize:machine_translate", args=[translation.id]))
    assert response.status_code == 302
    assert StringTranslation.objects.filter(locale__language_code="fr",
                                            data="[fr] 世界刀剪之都").exists()
    # wagtail-localize publishes the new revision once the request's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[french.id]), {"action": "publish"})
    french = Page.objects.get(pk=french.pk).specific
    assert french.live
    assert french.intro == "[fr] 世界刀剪之都"
    assert french.title == "[fr] 阳江刀剪产业"


def test_changed_source_shows_stale_until_synced_and_retranslated(
        client, editor, source_page, settings, django_capture_on_commit_callbacks):
    from marketplace.editorial.selectors import stale_translations

    settings.MARKETPLACE_TRANSLATION_BACKEND = OFFLINE
    french, translation = translate_into_french(client, source_page)
    assert list(stale_translations()) == []

    source_page.intro = "中国刀剪之都"
    source_page.save_revision().publish()
    assert list(stale_translations()) == [translation]

    response = client.post(
        reverse("wagtail_localize:update_translations", args=[translation.source_id]), {})
    assert response.status_code == 302
    assert list(stale_translations()) == []

    # The changed sentence is new and untranslated: publishing is refused until it is.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[french.id]), {"action": "publish"})
    assert not Page.objects.get(pk=french.pk).live
    client.post(reverse("wagtail_localize:machine_translate", args=[translation.id]))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[french.id]), {"action": "publish"})
    assert Page.objects.get(pk=french.pk).specific.intro == "[fr] 中国刀剪之都"
