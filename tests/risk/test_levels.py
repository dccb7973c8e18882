"""The documented level rule: weights in a window, repeats, watch-list bonus and floor."""

from datetime import timedelta
from types import SimpleNamespace

from django.utils import timezone

from marketplace.risk.levels import assess, level_for_score
from marketplace.risk.models import Level

NOW = timezone.now()


def signals(*weights, days_ago=0):
    return [SimpleNamespace(weight=weight, occurred_at=NOW - timedelta(days=days_ago))
            for weight in weights]


def test_thresholds():
    assert [level_for_score(score) for score in (0, 2, 3, 5, 6, 8, 9, 30)] == [
        Level.LOW, Level.LOW, Level.MEDIUM, Level.MEDIUM, Level.HIGH, Level.HIGH,
        Level.CRITICAL, Level.CRITICAL]


def test_one_complaint_on_an_unwatched_listing_is_low():
    outcome = assess(signals(2), now=NOW)
    assert (outcome.score, outcome.level) == (2, Level.LOW)


def test_each_signal_beyond_the_second_adds_one():
    outcome = assess(signals(2, 2, 2), now=NOW)
    assert (outcome.score, outcome.level) == (7, Level.HIGH)


def test_a_watched_listing_gets_the_bonus_and_never_falls_below_its_base_level():
    outcome = assess(signals(1), base_level=Level.HIGH, now=NOW)
    assert (outcome.score, outcome.level) == (3, Level.HIGH)
    outcome = assess(signals(4, 3), base_level=Level.MEDIUM, now=NOW)
    assert (outcome.score, outcome.level) == (9, Level.CRITICAL)


def test_signals_older_than_the_window_do_not_count(settings):
    settings.MARKETPLACE_RISK_WINDOW_DAYS = 30
    outcome = assess(signals(4, 4, days_ago=31) + signals(2), now=NOW)
    assert (outcome.score, outcome.counted, outcome.level) == (2, 1, Level.LOW)
