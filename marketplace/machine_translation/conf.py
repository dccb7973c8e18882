"""Settings of machine translation, each with its default (nothing is needed in settings.py).

MARKETPLACE_TRANSLATION_BACKEND: dotted path of a Translator class, or "" / "off" / None:
    nothing is ever sent anywhere.
MARKETPLACE_DEEPL_API_KEY: DeepL key (settings.py reads it from env DEEPL_API_KEY).
MARKETPLACE_DEEPL_ENDPOINT: DeepL's translate endpoint (free keys use api-free.deepl.com).
MARKETPLACE_DEEPL_BATCH_SIZE: texts per request (DeepL accepts up to 50).
MARKETPLACE_DEEPL_TIMEOUT: seconds per request.
MARKETPLACE_TRANSLATION_CACHE_SECONDS: how long a translation stays in the cache.
"""

from django.conf import settings

OFF_VALUES = ("", "off", "none", None)


def backend_path():
    value = getattr(settings, "MARKETPLACE_TRANSLATION_BACKEND", None)
    return None if (value.lower() if isinstance(value, str) else value) in OFF_VALUES else value


def deepl_api_key():
    return getattr(settings, "MARKETPLACE_DEEPL_API_KEY", "") or ""


def deepl_endpoint():
    return getattr(settings, "MARKETPLACE_DEEPL_ENDPOINT", "https://api.deepl.com/v2/translate")


def deepl_batch_size():
    return int(getattr(settings, "MARKETPLACE_DEEPL_BATCH_SIZE", 50))


def deepl_timeout():
    return float(getattr(settings, "MARKETPLACE_DEEPL_TIMEOUT", 20))


def cache_seconds():
    return int(getattr(settings, "MARKETPLACE_TRANSLATION_CACHE_SECONDS", 30 * 24 * 3600))
