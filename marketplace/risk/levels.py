"""How an alert's level is computed from its signals. The rule, in full:

1. Each signal has a weight by its source (WEIGHTS, overridable with the setting
   MARKETPLACE_RISK_WEIGHTS): an IP complaint filed 2, upheld 4; a failed inspection 4;
   a customs rejection 3; a buyer's safety report 2 when the reporter bought the listing,
   1 otherwise; a return 1 and a dispute 2.
2. Only signals of the last WINDOW days count (MARKETPLACE_RISK_WINDOW_DAYS, 90).
3. score = the sum of those weights
         + a repeat bonus of 1 for every counted signal beyond the second
         + a watch-list bonus of 2 when the listing is on an active watch list.
4. The score gives a level: 9 and above critical, 6 high, 3 medium, below 3 low
   (THRESHOLDS).
5. A watched listing's alert is never below the highest base level of its watch lists.

So a single failed inspection of a frozen-seafood lot (watch list base level high) is
high at once (4 + 2 = 6, and the floor); one IP complaint on an unwatched knife is low
(2); three reports from buyers of an unwatched wok are high (2 + 2 + 2 + 1 = 7).
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from .models import Level, SignalSource

WEIGHTS = {
    SignalSource.IP_COMPLAINT: 2,
    SignalSource.IP_STRIKE: 4,
    SignalSource.INSPECTION_FAILED: 4,
    SignalSource.CUSTOMS_REJECTED: 3,
    SignalSource.BUYER_REPORT: 2,
    SignalSource.RETURN_OPENED: 1,
}
#: A buyer's report from someone who never ordered the listing weighs this much.
UNVERIFIED_REPORT_WEIGHT = 1
#: A dispute (rather than a plain return request) weighs this much.
DISPUTE_WEIGHT = 2
WATCH_LIST_BONUS = 2
REPEATS_FREE = 2
WINDOW_DAYS = 90
#: (lowest score, level), highest first.
THRESHOLDS = ((9, Level.CRITICAL), (6, Level.HIGH), (3, Level.MEDIUM), (0, Level.LOW))


def weight(source: str) -> int:
    configured = getattr(settings, "MARKETPLACE_RISK_WEIGHTS", None) or {}
    return int(configured.get(str(source), WEIGHTS[source]))


def window_days() -> int:
    return int(getattr(settings, "MARKETPLACE_RISK_WINDOW_DAYS", WINDOW_DAYS))


@dataclass(frozen=True)
class Assessment:
    score: int
    level: int
    counted: int


def level_for_score(score: int) -> int:
    for lowest, level in THRESHOLDS:
        if score >= lowest:
            return level
    return Level.LOW


def assess(signals, *, base_level: int | None = None, now: datetime | None = None) -> Assessment:
    """The score and level of an alert with `signals` (each with .weight and .occurred_at),
    on a listing whose watch lists' highest base level is `base_level` (None: unwatched)."""
    now = now or timezone.now()
    since = now - timedelta(days=window_days())
    counted = [signal for signal in signals if signal.occurred_at >= since]
    score = sum(signal.weight for signal in counted)
    score += max(0, len(counted) - REPEATS_FREE)
    if base_level is not None:
        score += WATCH_LIST_BONUS
    level = level_for_score(score)
    if base_level is not None:
        level = max(level, base_level)
    return Assessment(score=score, level=level, counted=len(counted))
