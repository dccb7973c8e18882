from oscar.apps.partner.models import *  # noqa: F401,F403  (Oscar's fork mechanism: import last)
