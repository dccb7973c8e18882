from oscar.apps.analytics.admin import *  # noqa: F401,F403
