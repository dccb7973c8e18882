"""The backends: offline pseudo-translation, DeepL over a stubbed HTTP session, off, cache."""

import pytest
import requests

from marketplace.machine_translation import backends
from marketplace.machine_translation.backends import (
    DeepLTranslator,
    OfflineTranslator,
    TranslationUnavailable,
)


class Answer:
    def __init__(self, status, body):
        self.status_code, self.body = status, body

    def json(self):
        if isinstance(self.body, Exception):
            raise self.body
        return self.body


class StubSession:
    """Records each POST and answers like DeepL: "<TARGET>:<text>" per text."""

    def __init__(self, status=200, body=None, error=None):
        self.calls, self.status, self.body, self.error = [], status, body, error

    def post(self, url, json=None, headers=None, timeout=None):
        self.calls.append({"url": url, "json": json, "headers": headers})
        if self.error:
            raise self.error
        body = self.body if self.body is not None else {"translations": [
            {"text": f"{json['target_lang']}:{text}"} for text in json["text"]]}
        return Answer(self.status, body)


@pytest.fixture
def deepl(settings):
    settings.MARKETPLACE_DEEPL_API_KEY = "secret-key:fx"
    settings.MARKETPLACE_DEEPL_ENDPOINT = "https://api-free.deepl.com/v2/translate"
    settings.MARKETPLACE_DEEPL_BATCH_SIZE = 2


def test_offline_is_deterministic_and_marked():
    offline = OfflineTranslator()
    assert offline.translate_batch(["Chef knife", ""], "en", "fr") == ["[fr] Chef knife", ""]
    assert offline.translate_batch(["Chef knife"], "en", "fr") == ["[fr] Chef knife"]


def test_deepl_batches_texts_and_sends_the_key_in_a_header(deepl):
    session = StubSession()
    result = DeepLTranslator(session).translate_batch(
        ["a", "b", "c", "d", "e"], "zh-hans", "pt")
    assert result == ["PT-PT:a", "PT-PT:b", "PT-PT:c", "PT-PT:d", "PT-PT:e"]
    assert [call["json"]["text"] for call in session.calls] == [["a", "b"], ["c", "d"], ["e"]]
    for call in session.calls:
        assert call["url"] == "https://api-free.deepl.com/v2/translate"
        assert call["headers"]["Authorization"] == "DeepL-Auth-Key secret-key:fx"
        assert call["json"]["source_lang"] == "ZH"
        assert "tag_handling" not in call["json"]
        assert "secret-key" not in str(call["json"])


def test_deepl_keeps_html_tags_of_descriptions(deepl):
    session = StubSession()
    DeepLTranslator(session).translate_batch(["<p>x</p>"], "en", "de", html=True)
    assert session.calls[0]["json"]["tag_handling"] == "html"
    assert session.calls[0]["json"]["target_lang"] == "DE"


@pytest.mark.parametrize("session", [
    StubSession(status=503),
    StubSession(status=403),
    StubSession(error=requests.ConnectionError("down")),
    StubSession(error=requests.Timeout("slow")),
    StubSession(body=ValueError("not json")),
    StubSession(body={"translations": [{"text": "only one"}]}),
    StubSession(body={"unexpected": True}),
])
def test_deepl_failures_are_translation_unavailable(deepl, session):
    with pytest.raises(TranslationUnavailable):
        DeepLTranslator(session).translate_batch(["a", "b"], "en", "fr")


def test_deepl_without_a_key_sends_nothing(settings):
    settings.MARKETPLACE_DEEPL_API_KEY = ""
    session = StubSession()
    with pytest.raises(TranslationUnavailable):
        DeepLTranslator(session).translate_batch(["a"], "en", "fr")
    assert session.calls == []


@pytest.mark.parametrize("value", ["off", "", None, "OFF"])
def test_off_means_no_translator(settings, value):
    settings.MARKETPLACE_TRANSLATION_BACKEND = value
    assert backends.get_translator() is None


def test_the_setting_selects_the_backend(settings):
    settings.MARKETPLACE_TRANSLATION_BACKEND = (
        "marketplace.machine_translation.backends.DeepLTranslator")
    assert isinstance(backends.get_translator(), DeepLTranslator)


def test_results_are_cached_per_backend_languages_and_text():
    asked = []

    class Counting(OfflineTranslator):
        def translate_batch(self, texts, source, target, *, html=False):
            asked.append(list(texts))
            return super().translate_batch(texts, source, target, html=html)

    translator = Counting()
    assert backends.translate_cached(translator, ["a", "b"], "en", "fr") == ["[fr] a", "[fr] b"]
    assert backends.translate_cached(translator, ["b", "c"], "en", "fr") == ["[fr] b", "[fr] c"]
    assert backends.translate_cached(translator, ["a"], "en", "de") == ["[de] a"]
    assert asked == [["a", "b"], ["c"], ["a"]]
