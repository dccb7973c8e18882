"""The knobs of the seller credit rating, read from settings with their defaults.

Nothing here needs to be in settings.py: each name is read when used, so a test (or an
operator) changes one with `override_settings` / the environment without a restart of
this module. README.md explains what each one does to the score.
"""

from django.conf import settings

#: Points each component can give; they add up to 100.
DEFAULT_WEIGHTS = {"on_time": 35, "disputes": 20, "ip_strikes": 15, "reviews": 20,
                   "verification": 10}
#: The lowest score of each grade, best grade first; below the last floor: grade D.
DEFAULT_GRADE_FLOORS = (("A", 85), ("B", 70), ("C", 55))


def _setting(name, default):
    return getattr(settings, f"MARKETPLACE_RATING_{name}", default)


def weights() -> dict[str, int]:
    return dict(_setting("WEIGHTS", DEFAULT_WEIGHTS))


def grade_floors() -> tuple[tuple[str, int], ...]:
    return tuple(tuple(floor) for floor in _setting("GRADE_FLOORS", DEFAULT_GRADE_FLOORS))


def window_days() -> int:
    """How far back orders, disputes, strikes and reviews count."""
    return int(_setting("WINDOW_DAYS", 365))


def min_orders() -> int:
    """Orders due for shipment a seller needs before its score is shown ("new seller" before)."""
    return int(_setting("MIN_ORDERS", 3))


def default_lead_days() -> int:
    """Lead time of a listing that states none."""
    return int(_setting("DEFAULT_LEAD_DAYS", 15))


def handling_days() -> int:
    """Days on top of the lead time to hand the goods to the carrier."""
    return int(_setting("HANDLING_DAYS", 2))


def dispute_tolerance() -> float:
    """Weighted disputes per order at which the disputes component reaches zero."""
    return float(_setting("DISPUTE_TOLERANCE", 0.25))


def strike_limit() -> int:
    """Upheld IP complaints at which the strikes component reaches zero."""
    return int(_setting("STRIKE_LIMIT", 3))


def review_prior() -> tuple[float, int]:
    """(stars, count): the imaginary reviews every seller starts with."""
    return float(_setting("REVIEW_PRIOR_STARS", 3)), int(_setting("REVIEW_PRIOR_COUNT", 2))


def debounce_seconds() -> int:
    """Events for one seller within this many seconds cause one recomputation."""
    return int(_setting("DEBOUNCE_SECONDS", 60))
