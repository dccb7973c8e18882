from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.utils.translation import get_language

from .selectors import order_for_viewer
from .services import document_filename, render_document


def document_language(request) -> str:
    """`?lang=` if it names a site language, else the page's language."""
    requested = request.GET.get("lang", "")
    if requested in dict(settings.LANGUAGES):
        return requested
    return get_language() or settings.LANGUAGE_CODE

def trade_document(request, order_number: str, kind: str):
    """The PDF download. Anyone who may not see the order gets 404, so that order numbers
    cannot be probed; a visitor not signed in is sent to sign in first (whatever the number)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    order = order_for_viewer(order_number, request.user)
    if order is None:
        raise Http404
    language = document_language(request)
    pdf = render_document(order, kind, language, request.user)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{document_filename(order, kind, language)}"'
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
