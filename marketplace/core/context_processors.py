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
