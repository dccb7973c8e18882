from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from .services import is_display_currency

ONE_YEAR = 365 * 24 * 60 * 60


def set_display_currency(request):
    """Remember the visitor's display currency in a cookie and go back to the page."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    next_url = request.POST.get("next") or request.META.get("HTTP_REFERER") or "/"
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    code = (request.POST.get("currency") or "").upper()
    if not is_display_currency(code):
        messages.error(
            request,
            _("%(code)s is not a currency we can show. Choose one of: %(codes)s.")
            % {"code": code or "—", "codes": ", ".join(settings.MARKETPLACE_DISPLAY_CURRENCIES)},
        )
        return response
    response.set_cookie(
        settings.MARKETPLACE_CURRENCY_COOKIE, code, max_age=ONE_YEAR, samesite="Lax",
        secure=request.is_secure(),
    )
    return response
