import logging

from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

from . import checks

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    """Liveness: answers while the process can serve a request, touches nothing else."""
    return HttpResponse("ok", content_type="text/plain")


@never_cache
def readyz(request):
    """Readiness: the state of every service the site depends on; 503 if any is down."""
    services = {}
    for name, check in checks.CHECKS.items():
        try:
            services[name] = {"ok": True, "detail": str(check())}
        except Exception as exc:  # a probe must report any failure, whatever its type
            logger.warning("readiness check %s failed: %s", name, exc)
            services[name] = {"ok": False, "detail": f"{exc.__class__.__name__}: {exc}"}
    ready = all(service["ok"] for service in services.values())
    return JsonResponse(
        {"status": "ready" if ready else "unavailable", "services": services},
        status=200 if ready else 503,
    )
