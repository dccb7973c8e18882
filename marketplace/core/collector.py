"""Python's garbage collector kept out of the way of a web process's long-lived objects.

A warm web process holds hundreds of thousands of objects that live as long as it does:
compiled templates, URL resolvers, translation catalogues and Babel locale data of ten
languages, the search backend's facet index, the cached rates. Python's full (generation 2)
collections walk all of them: measured on spread listing traffic (issue 17), one pass every
fifty requests or so, 115-170 ms each, inside whichever request triggered it. That was every
one of the slowest 1 % of requests. Objects frozen (gc.freeze) are left out of every pass;
garbage made afterwards is still collected. With the warm set frozen, the same traffic's
longest full pass took 17 ms.

What is warm is only known once the process has served pages, so a worker freezes what it
holds after its first FREEZE_AFTER requests (each time one collection first, so nothing
dead is kept). gunicorn's master also freezes after its warm-up, before forking
(deploy/gunicorn.conf.py), which keeps those pages shared between the workers as well.
Wired by marketplace/wsgi.py: only processes that serve HTTP, not tests, shells or workers.
"""

import gc

from django.core.signals import request_finished

#: After how many requests a process freezes what it holds: once warm in the languages and
#: pages most asked for, then again when it has met most of the rest.
FREEZE_AFTER = frozenset({200, 2000})

_served = 0


def freeze():
    """Collect what is dead, then leave everything alive out of later collections."""
    gc.collect()
    gc.freeze()


def _count(**_kwargs):
    global _served
    _served += 1  # a sync worker serves one request at a time; a lost count costs nothing
    if _served in FREEZE_AFTER:
        freeze()


def install():
    request_finished.connect(_count, dispatch_uid="marketplace.core.collector")
