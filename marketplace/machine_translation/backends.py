"""Machine translation backends: one interface, chosen by MARKETPLACE_TRANSLATION_BACKEND.

Guarantees:
- `get_translator()` is None when the backend is off: callers then send nothing.
- A backend either returns one translation per text, in order, or raises
  TranslationUnavailable; it never returns a partial list.
- `translate_cached` asks the backend only for texts not yet cached under
  (backend, source, target, sha256 of the text).
"""

import hashlib

import requests
from django.core.cache import cache
from django.utils.module_loading import import_string

from . import conf


class TranslationUnavailable(Exception):
    """The service could not translate now (down, refused, misconfigured); try again later."""


class Translator:
    """Translates batches of texts; `html` says the texts are rich text (tags kept)."""

    #: Short name recorded with every machine translation and used in cache keys.
    name = "base"

    def translate_batch(self, texts, source, target, *, html=False):
        raise NotImplementedError


class OfflineTranslator(Translator):
    """Deterministic pseudo-translation for the embedded profile and tests: "[es] text".

    Clearly not a translation: it only shows where machine-made text would appear.
    """

    name = "offline"

    def translate_batch(self, texts, source, target, *, html=False):
        return [f"[{target}] {text}" if text else "" for text in texts]


# DeepL's codes for the site's languages (targets need the variant for pt / zh).
DEEPL_SOURCE = {"zh-hans": "ZH", "en": "EN", "pt": "PT"}
DEEPL_TARGET = {"zh-hans": "ZH-HANS", "en": "EN-GB", "pt": "PT-PT"}


class DeepLTranslator(Translator):
    """DeepL's v2 API: texts batched per request, the key in an Authorization header."""

    name = "deepl"

    def __init__(self, session=None):
        self.session = session or requests.Session()

    def translate_batch(self, texts, source, target, *, html=False):
        key = conf.deepl_api_key()
        if not key:
            raise TranslationUnavailable("DEEPL_API_KEY is not set")
        texts = list(texts)
        results = []
        size = max(1, conf.deepl_batch_size())
        for start in range(0, len(texts), size):
            results.extend(self._request(texts[start:start + size], source, target, html, key))
        return results

    def _request(self, texts, source, target, html, key):
        payload = {
            "text": texts,
            "source_lang": DEEPL_SOURCE.get(source, source.upper()),
            "target_lang": DEEPL_TARGET.get(target, target.upper()),
        }
        if html:
            payload["tag_handling"] = "html"
        try:
            response = self.session.post(
                conf.deepl_endpoint(), json=payload, timeout=conf.deepl_timeout(),
                headers={"Authorization": f"DeepL-Auth-Key {key}"},
            )
        except requests.RequestException as exc:
            raise TranslationUnavailable(f"DeepL unreachable: {exc.__class__.__name__}") from exc
        if response.status_code != 200:
            raise TranslationUnavailable(f"DeepL answered {response.status_code}")
        try:
            translations = [item["text"] for item in response.json()["translations"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise TranslationUnavailable("DeepL answered an unexpected body") from exc
        if len(translations) != len(texts):
            raise TranslationUnavailable("DeepL answered a different number of texts")
        return translations


def get_translator():
    """The configured Translator, or None when machine translation is off."""
    path = conf.backend_path()
    if path is None:
        return None
    return import_string(path)()


def _cache_key(translator, source, target, text, html):
    digest = hashlib.sha256(text.encode()).hexdigest()
    return f"mt:{translator.name}:{source}:{target}:{int(html)}:{digest}"


def translate_cached(translator, texts, source, target, *, html=False):
    """Translations of `texts`, asking the backend only for those not cached."""
    texts = list(texts)
    keys = [_cache_key(translator, source, target, text, html) for text in texts]
    found = cache.get_many(keys)
    missing = [i for i, key in enumerate(keys) if key not in found]
    if missing:
        fresh = translator.translate_batch([texts[i] for i in missing], source, target, html=html)
        cache.set_many({keys[i]: value for i, value in zip(missing, fresh, strict=True)},
                       conf.cache_seconds())
        for i, value in zip(missing, fresh, strict=True):
            found[keys[i]] = value
    return [found[key] for key in keys]
