"""Where outbox messages go: one backend per kind, chosen by dotted path in settings.

    MARKETPLACE_OUTBOX_BACKENDS = {
        "customs": "marketplace.outbox.backends.file.FileBackend",
        "tax": "marketplace.outbox.backends.locmem.LocmemBackend",
    }

Kinds not named there get the default: the file backend in production (nothing is lost
before a real provider is configured), the in-memory one in the embedded profile.
"""

from django.conf import settings
from django.utils.module_loading import import_string

from ..models import OutboxKind
from .base import BackendUnavailable, OutboxBackend, SendResult

__all__ = ["BackendUnavailable", "OutboxBackend", "SendResult", "backend_paths", "get_backend"]

LOCMEM = "marketplace.outbox.backends.locmem.LocmemBackend"
FILE = "marketplace.outbox.backends.file.FileBackend"


def backend_paths() -> dict[str, str]:
    default = FILE if getattr(settings, "PRODUCTION", False) else LOCMEM
    paths = {kind: default for kind in OutboxKind.values}
    paths.update(getattr(settings, "MARKETPLACE_OUTBOX_BACKENDS", {}) or {})
    return paths


def get_backend(kind: str) -> OutboxBackend:
    """A new backend for `kind`; raises ImportError or KeyError when settings name none."""
    backend_class = import_string(backend_paths()[kind])
    return backend_class(kind=kind)
