from django.conf import settings
from django.utils.translation import get_language, get_language_bidi


def site_chrome(request):
    """What the shared header needs on every page, CMS or shop."""
    language = get_language() or settings.LANGUAGE_CODE
    return {
        "homepage_url": f"/{language}/",
        "site_languages": settings.LANGUAGES,
        "display_currency": getattr(request, "display_currency", settings.MARKETPLACE_BASE_CURRENCY),
        "display_currencies": settings.MARKETPLACE_DISPLAY_CURRENCIES,
        "text_direction": "rtl" if get_language_bidi() else "ltr",
    }


def notifications(request):
    """Oscar's unread-notification count, read only by a page that shows it (lazily): most
    pages never render the account menu's badge, checkout pages not at all."""
    from django.utils.functional import SimpleLazyObject
    from oscar.core.loading import get_model

    user = getattr(request, "user", None)
    if not (user and user.is_authenticated):
        return {}
    notification = get_model("communication", "Notification")
    return {"num_unread_notifications": SimpleLazyObject(
        lambda: notification.objects.filter(recipient=user, date_read=None).count())}


def search_form(request):
    """Oscar's header search form on shop and CMS pages, but not in the Wagtail admin.

    Replaces "oscar.apps.search.context_processors.search_form" in settings. Oscar's puts
    `search_form` into every template's context. Wagtail's admin listing templates
    (Locales, Sites, a page's History, ...) render a `search_form` in their header when
    their view has none of its own, so the shop's search box, with its placeholder and
    suggestions, appeared over the admin header. The admin (WAGTAILADMIN path) and the
    Django admin get nothing here: a Wagtail view that searches sets its own form.
    """
    from django.urls import NoReverseMatch, reverse
    from oscar.apps.search.context_processors import search_form as oscar_search_form

    path = getattr(request, "path", "") or ""
    for name in ("wagtailadmin_home", "admin:index"):
        try:
            prefix = reverse(name)
        except NoReverseMatch:
            continue
        if path.startswith(prefix):
            return {}
    return oscar_search_form(request)
