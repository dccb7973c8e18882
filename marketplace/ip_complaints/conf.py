"""The IP complaints app's settings, each read on use with its default (nothing in settings.py).

MARKETPLACE_IP_FIRST_DECISION_DAYS      days a moderator has for the first decision (7)
MARKETPLACE_IP_COUNTER_NOTICE_DAYS      days a seller has to counter-notice a takedown (10)
MARKETPLACE_IP_STRIKE_LIMIT             upheld strikes that suspend a seller (3)
MARKETPLACE_IP_STRIKE_PERIOD_DAYS       ... when they fall within this many days (365)
MARKETPLACE_IP_EVIDENCE_MAX_BYTES       largest evidence file (10 MB)
MARKETPLACE_IP_EVIDENCE_MAX_FILES       evidence files per submission (10)
MARKETPLACE_IP_MAX_LISTINGS             listings named by one complaint (20)
MARKETPLACE_IP_DAILY_FILINGS_PER_EMAIL  complaints from one e-mail address in 24 hours (5)
MARKETPLACE_IP_DAILY_FILINGS_PER_IP     complaints from one network address in 24 hours (20)
MARKETPLACE_IP_EVIDENCE_ROOT            private folder of evidence (VAR_DIR/private/ip-evidence)
"""

from datetime import timedelta

from django.conf import settings


def _setting(name, default):
    return getattr(settings, f"MARKETPLACE_IP_{name}", default)


def first_decision_period() -> timedelta:
    return timedelta(days=_setting("FIRST_DECISION_DAYS", 7))


def counter_notice_period() -> timedelta:
    return timedelta(days=_setting("COUNTER_NOTICE_DAYS", 10))


def strike_limit() -> int:
    return int(_setting("STRIKE_LIMIT", 3))


def strike_period() -> timedelta:
    return timedelta(days=_setting("STRIKE_PERIOD_DAYS", 365))


def evidence_max_bytes() -> int:
    return int(_setting("EVIDENCE_MAX_BYTES", 10 * 1024 * 1024))


def evidence_max_files() -> int:
    return int(_setting("EVIDENCE_MAX_FILES", 10))


def max_listings() -> int:
    return int(_setting("MAX_LISTINGS", 20))


def daily_filings_per_email() -> int:
    return int(_setting("DAILY_FILINGS_PER_EMAIL", 5))


def daily_filings_per_ip() -> int:
    return int(_setting("DAILY_FILINGS_PER_IP", 20))


def evidence_root():
    return _setting("EVIDENCE_ROOT", None)
