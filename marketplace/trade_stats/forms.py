"""The year picker of the statistics page: a year the platform can have figures for."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: Cross-border retail (9610) began in 2014 (DOMAIN.md §1): no figures can be older.
DEFAULT_FIRST_YEAR = 2014


def year_bounds() -> tuple[int, int]:
    """The first and last year the page offers: from the setting to the current year."""
    last = timezone.localdate().year
    first = int(getattr(settings, "MARKETPLACE_TRADE_STATS_FIRST_YEAR", DEFAULT_FIRST_YEAR))
    return min(first, last), last


def is_offered_year(year: int) -> bool:
    first, last = year_bounds()
    return first <= year <= last


class YearForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), coerce=int)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        first, last = year_bounds()
        self.fields["year"].choices = [(year, str(year)) for year in range(last, first - 1, -1)]
        self.fields["year"].error_messages["invalid_choice"] = _(
            "Choose a year between %(first)s and %(last)s.") % {"first": first, "last": last}
