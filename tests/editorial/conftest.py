"""An editor, a published Chinese source page, and the way an editor translates it."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from wagtail.models import Locale, Site
from wagtail_localize.models import Translation

from marketplace.content.models import ContentPage

OFFLINE = "marketplace.machine_translation.backends.OfflineTranslator"


@pytest.fixture
def editor(client):
    user = User.objects.create_user("editor", "editor@example.com", "a-long-test-password")
    user.groups.add(Group.objects.get(name="Content editors"))
    client.force_login(user)
    return user


@pytest.fixture
def source_page():
    home = Site.objects.get(is_default_site=True).root_page
    page = ContentPage(title="阳江刀剪产业", intro="世界刀剪之都")
    home.add_child(instance=page)
    page.save_revision().publish()
    Locale.objects.get_or_create(language_code="fr")
    return page


def translate_into_french(client, page):
    fr = Locale.objects.get(language_code="fr")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.id]),
        {"locales": [fr.id]})
    assert response.status_code == 302, response.content[:500]
    return page.get_translation(fr), Translation.objects.get(
        source__object_id=page.translation_key, target_locale=fr)
