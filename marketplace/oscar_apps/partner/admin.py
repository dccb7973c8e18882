from oscar.apps.partner.admin import *  # noqa: F401,F403  (keep Oscar's admin for the fork)
