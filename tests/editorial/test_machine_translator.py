"""The translation editor's machine translator uses the platform's backend, or nothing."""

import pytest
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.strings import StringValue

from marketplace.machine_translation import backends

pytestmark = pytest.mark.django_db


@pytest.fixture
def locales():
    return (Locale.objects.get_or_create(language_code="zh-hans")[0],
            Locale.objects.get_or_create(language_code="fr")[0])


def test_offline_backend_translates_each_segment(settings, locales):
    settings.MARKETPLACE_TRANSLATION_BACKEND = (
        "marketplace.machine_translation.backends.OfflineTranslator")
    translator = get_machine_translator()
    source = StringValue("阳江刀剪 <b>产业</b>")
    assert translator.can_translate(*locales)
    assert translator.translate(*locales, [source]) == {
        source: StringValue("[fr] 阳江刀剪 <b>产业</b>")}


def test_nothing_is_offered_when_the_backend_is_off(settings, locales, monkeypatch):
    settings.MARKETPLACE_TRANSLATION_BACKEND = "off"
    monkeypatch.setattr(backends.Translator, "translate_batch",
                        lambda *a, **k: pytest.fail("nothing may be sent"))
    translator = get_machine_translator()
    assert not translator.can_translate(*locales)
    assert translator.translate(*locales, [StringValue("产业")]) == {}


def test_same_language_is_not_offered(settings, locales):
    settings.MARKETPLACE_TRANSLATION_BACKEND = (
        "marketplace.machine_translation.backends.OfflineTranslator")
    assert not get_machine_translator().can_translate(locales[0], locales[0])


def test_an_unavailable_service_leaves_segments_untranslated(settings, locales, monkeypatch):
    settings.MARKETPLACE_TRANSLATION_BACKEND = (
        "marketplace.machine_translation.backends.OfflineTranslator")

    def refuse(*args, **kwargs):
        raise backends.TranslationUnavailable("down")

    monkeypatch.setattr(backends.OfflineTranslator, "translate_batch", refuse)
    assert get_machine_translator().translate(*locales, [StringValue("产业")]) == {}
