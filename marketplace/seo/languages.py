"""The site's languages as search engines and link previews spell them."""

from django.conf import settings

#: BCP 47 tags for hreflang: Django's "zh-hans" is "zh-Hans" there.
HREFLANG = {"zh-hans": "zh-Hans"}

#: OpenGraph wants language_TERRITORY; the territory is the market each language mostly
#: reaches (Brazil is Portuguese's larger buying market, "ar_AR" is Facebook's own code).
OG_LOCALE = {
    "en": "en_US", "zh-hans": "zh_CN", "es": "es_ES", "fr": "fr_FR", "de": "de_DE",
    "ru": "ru_RU", "ar": "ar_AR", "ja": "ja_JP", "ko": "ko_KR", "pt": "pt_BR",
}


def codes():
    return [code for code, _name in settings.LANGUAGES]


def hreflang(code):
    return HREFLANG.get(code, code)


def og_locale(code):
    return OG_LOCALE.get(code, code.replace("-", "_"))
