"""Settings the returns app reads, each with its default, so nothing is needed in settings.py."""

from pathlib import Path

from django.conf import settings


def default_return_days() -> int:
    """Days after delivery a buyer may ask to return goods when the seller stated nothing."""
    return int(getattr(settings, "MARKETPLACE_RETURN_DAYS", 14))


def default_return_shipping_paid_by() -> str:
    """"buyer" or "seller": who pays the return shipping when the seller stated nothing."""
    return getattr(settings, "MARKETPLACE_RETURN_SHIPPING_PAID_BY", "buyer")


def default_return_conditions() -> str:
    return getattr(settings, "MARKETPLACE_RETURN_CONDITIONS", "")


def stalled_after_days() -> int:
    """Days without a step after which an open request may be escalated to the platform."""
    return int(getattr(settings, "MARKETPLACE_RETURN_STALLED_DAYS", 7))


def photo_max_bytes() -> int:
    return int(getattr(settings, "MARKETPLACE_RETURN_PHOTO_MAX_BYTES", 5 * 1024 * 1024))


def photo_max_count() -> int:
    """Photos (or evidence files) one form may carry, and one case may hold in all (x4)."""
    return int(getattr(settings, "MARKETPLACE_RETURN_PHOTO_MAX_COUNT", 5))


def case_files_max() -> int:
    return photo_max_count() * 4


def files_root() -> str:
    configured = getattr(settings, "MARKETPLACE_RETURN_FILES_ROOT", None)
    return str(configured or Path(settings.VAR_DIR) / "private" / "return-evidence")


def dispute_desk_emails() -> list[str]:
    """Addresses told of each escalation besides the parties (the platform's dispute desk)."""
    return list(getattr(settings, "MARKETPLACE_DISPUTE_DESK_EMAILS", []))


def stale_refund_minutes() -> int:
    """A card refund still "in progress" after this long (a worker died between the call and
    its answer) may be retried: the retry carries the same idempotency key."""
    return int(getattr(settings, "MARKETPLACE_RETURN_STALE_REFUND_MINUTES", 10))
