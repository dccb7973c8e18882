from django.conf import settings
from oscar.apps.basket.middleware import BasketMiddleware

from .services import default_currency_for_language, is_display_currency


def display_currency_for(request):
    """The currency the visitor chose (cookie), else the usual one of the page language."""
    chosen = request.COOKIES.get(settings.MARKETPLACE_CURRENCY_COOKIE, "")
    if is_display_currency(chosen):
        return chosen
    return default_currency_for_language(getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE))


class DisplayCurrencyMiddleware:
    """Puts `request.display_currency` in place before Oscar's strategy is selected."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.display_currency = display_currency_for(request)
        return self.get_response(request)


class CurrencyAwareBasketMiddleware(BasketMiddleware):
    """Oscar's basket middleware, with basket lines following the display currency.

    Oscar stores each line's price and currency when it is added and refuses lines
    in a second currency. A visitor who switches currency (or language, which may
    change the default currency) would otherwise be stuck with the old one.
    """

    def apply_offers_to_basket(self, request, basket):
        from marketplace.oscar_apps.basket.offers import offers_in_use

        from .basket import reprice_lines

        reprice_lines(basket)
        if not basket.is_empty and offers_in_use():
            super().apply_offers_to_basket(request, basket)
