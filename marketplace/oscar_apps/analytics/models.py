"""Oscar's analytics models, unchanged: the fork changes how product views are counted."""

from oscar.apps.analytics.models import *  # noqa: F401,F403
