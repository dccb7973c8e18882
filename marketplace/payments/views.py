"""The gateway's webhook endpoint: parse the delivery, hand it to the service, answer."""

import logging

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import services
from .backends.base import GatewayError, InvalidWebhook, MalformedWebhook

logger = logging.getLogger(__name__)

# Stripe's events are a few KB; a limit well above them keeps a flood of large bodies from
# being read into memory before the signature is checked.
DEFAULT_MAX_BYTES = 256 * 1024


@csrf_exempt  # the gateway cannot hold a CSRF token; the signature authenticates it instead
@require_POST
def stripe_webhook(request: HttpRequest) -> JsonResponse:
    limit = getattr(settings, "MARKETPLACE_PAYMENT_WEBHOOK_MAX_BYTES", DEFAULT_MAX_BYTES)
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        return _error(_("The request body is too large."), status=413)
    payload = request.read(limit + 1)
    if len(payload) > limit:
        return _error(_("The request body is too large."), status=413)
    try:
        outcome = services.handle_webhook(payload, request.headers.get("Stripe-Signature"))
    except InvalidWebhook as error:
        logger.warning("Stripe webhook refused: %s", error)
        return _error(_("The signature is missing or does not verify."), status=400)
    except MalformedWebhook as error:
        logger.warning("Stripe webhook unreadable: %s", error)
        return _error(_("The request body is not a gateway event."), status=400)
    except GatewayError:  # pragma: no cover - a gateway fault the sender should retry
        logger.exception("Stripe webhook failed")
        return _error(_("The event could not be processed."), status=500)
    return JsonResponse({"received": True, "outcome": outcome.value})


def _error(message, *, status: int) -> JsonResponse:
    return JsonResponse({"error": str(message)}, status=status)
