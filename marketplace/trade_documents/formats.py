"""Numbers, money, dates and country names written the way the document's reader writes them (Babel)."""

from datetime import date
from decimal import Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from django.utils.translation import get_language_info, to_locale


class DocumentFormats:
    """Formatting for one document language; templates receive already formatted strings."""

    def __init__(self, language: str):
        self.language = language
        self.locale = Locale.parse(to_locale(language))

    @property
    def is_rtl(self) -> bool:
        return bool(get_language_info(self.language)["bidi"])

    def money(self, amount: Decimal | None, currency: str) -> str:
        if amount is None:
            return "—"
        return format_currency(amount, currency, locale=self.locale)

    def quantity(self, value: int | Decimal | None) -> str:
        if value is None:
            return "—"
        return format_decimal(value, locale=self.locale)

    def weight(self, kilograms: Decimal | None) -> str:
        if kilograms is None:
            return "—"
        return format_decimal(kilograms, format="#,##0.000", locale=self.locale)

    def volume(self, cubic_metres: Decimal | None) -> str:
        if cubic_metres is None:
            return "—"
        return format_decimal(cubic_metres, format="#,##0.000", locale=self.locale)

    def length(self, centimetres: Decimal | None) -> str:
        return format_decimal(centimetres, format="#,##0.#", locale=self.locale)

    def rate(self, value: Decimal) -> str:
        return format_decimal(value, format="#,##0.0000", locale=self.locale)

    def date(self, value: date | None) -> str:
        if value is None:
            return "—"
        return format_date(value, format="long", locale=self.locale)

    def country(self, code: str, fallback: str = "") -> str:
        return self.locale.territories.get(code.upper(), fallback) if code else fallback

