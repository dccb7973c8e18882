"""wagtail-localize's "Machine translate" button, served by the platform's translation backend.

Guarantees:
- When MARKETPLACE_TRANSLATION_BACKEND is off, `can_translate` is False, so the translation
  editor shows no button and nothing is ever sent anywhere.
- Segments go through `translate_cached`, so a string already translated for a product or
  another page is not sent again.
- A service failure leaves the segments untranslated (the editor is told there was nothing
  to translate) instead of a 500 in the middle of editing.
"""

import logging

from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

from marketplace.machine_translation import backends

logger = logging.getLogger(__name__)


def _language(locale):
    return locale.language_code.lower()


class PlatformMachineTranslator(BaseMachineTranslator):
    display_name = _("the platform's translation service")

    def can_translate(self, source_locale, target_locale):
        return (backends.get_translator() is not None
                and _language(source_locale) != _language(target_locale))

    def translate(self, source_locale, target_locale, strings):
        translator = backends.get_translator()
        if translator is None:
            return {}
        strings = list(strings)
        # Segments are HTML fragments (inline tags kept), so the backend is told so.
        try:
            translated = backends.translate_cached(
                translator, [string.data for string in strings],
                _language(source_locale), _language(target_locale), html=True)
        except backends.TranslationUnavailable:
            logger.warning("Machine translation unavailable for %s -> %s",
                           source_locale.language_code, target_locale.language_code,
                           exc_info=True)
            return {}
        return {string: StringValue(text) for string, text in zip(strings, translated, strict=True)}
