"""Receipts posted by the single-window adapter: POST /single-window/receipts/.

The body is the receipt (bare or in DxpMsg); X-Signature is hex HMAC-SHA256 of the body
with MARKETPLACE_SINGLE_WINDOW_SECRET. Answers are JSON: 200 {"status": "taken", ...},
400 for what is not a readable receipt, 403 for a bad signature, 404 for a receipt of no
message of ours, 413 for a body that is too large.
"""

from __future__ import annotations

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from marketplace.declaration.receipts import UnknownGuid

from . import inbox, transport


@csrf_exempt  # machine to machine: authenticated by the HMAC signature, not a session
@require_POST
def receipts(request):
    length = int(request.headers.get("Content-Length") or 0)
    if length > inbox.MAX_RECEIPT_BYTES:
        return JsonResponse({"status": "error", "error": "too large"}, status=413)
    body = request.body
    if not transport.signature_matches(body, request.headers.get("X-Signature", "")):
        return JsonResponse({"status": "error", "error": "bad signature"}, status=403)
    try:
        applied = inbox.take(body)
    except inbox.BadReceipt as exc:
        return JsonResponse({"status": "error", "error": f"not a readable receipt: {exc}"[:500]}, status=400)
    except UnknownGuid as exc:
        # LocaleMiddleware answers a 404 outside the language prefix with a redirect to the
        # prefixed path (which Wagtail's catch-all makes "valid"); judged by this app's own
        # urlconf, which has no language prefix, the adapter gets the 404 itself.
        request.urlconf = "marketplace.single_window.urls"
        return JsonResponse({"status": "error", "error": f"unknown guid {exc}"[:100]}, status=404)
    return JsonResponse({"status": "taken", "receipts": [
        {"message_type": item.message_type, "guid": item.guid, "return_status": item.status} for item in applied]})
